package fr.escalade.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import fr.escalade.EscaladeSpringTest;
import fr.escalade.TestClockExtension;
import fr.escalade.complaint.Channel;
import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRepository;
import fr.escalade.correspondence.Letter;
import fr.escalade.correspondence.LetterRepository;
import fr.escalade.correspondence.LetterStatus;
import fr.escalade.correspondence.LetterType;
import fr.escalade.correspondence.LetterWriter;
import fr.escalade.firm.Firms;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** The complaints mailbox of a firm is an intake channel: every message is registered, filed or left for a person, once. */
@EscaladeSpringTest
class InboxTests {

  static final String MAILBOX = "reclamation@almena.test";
  /** Asekkey's Service Réclamations mailbox: level 2 (application-test.yaml). */
  static final String ASEKKEY_MAILBOX = "reclamation@asekkey.test";

  @RegisterExtension
  static final GreenMailExtension mail =
      new GreenMailExtension(new ServerSetup[] {
        new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
        new ServerSetup(3943, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
      });

  @Autowired InboxPoller poller;
  @Autowired ComplaintRepository complaints;
  @Autowired LetterRepository letters;
  @Autowired TaskService tasks;
  @Autowired Firms firms;

  @RegisterExtension final TestClockExtension clock = TestClockExtension.parisTime(2026, 9, 14, 15, 0);

  @BeforeEach
  void mailbox() {
    mail.setUser(MAILBOX, MAILBOX, "secret");
    mail.setUser(ASEKKEY_MAILBOX, ASEKKEY_MAILBOX, "secret");
  }

  private void receive(String from, String name, String subject, String text, ZonedDateTime sentAt) throws Exception {
    receive(MAILBOX, from, name, subject, text, sentAt);
  }

  private void receive(String mailbox, String from, String name, String subject, String text, ZonedDateTime sentAt)
      throws Exception {
    MimeMessage message = new MimeMessage(mail.getSmtp().createSession());
    if (from != null) {
      message.setFrom(new InternetAddress(from, name, "UTF-8"));
    }
    message.setRecipients(Message.RecipientType.TO, mailbox);
    message.setSubject(subject, "UTF-8");
    message.setText(text, "UTF-8");
    message.setSentDate(Date.from(sentAt.toInstant()));
    if (from == null) {
      // SMTP wants a sender: a message without one is put straight into the mailbox
      message.saveChanges();
      mail.getUserManager().getUser(mailbox).deliver(message);
    } else {
      GreenMailUtil.sendMimeMessage(message);
    }
  }

  private void receiveHtml(String mailbox, String from, String subject, String html) throws Exception {
    MimeMessage message = new MimeMessage(mail.getSmtp().createSession());
    message.setFrom(new InternetAddress(from));
    message.setRecipients(Message.RecipientType.TO, mailbox);
    message.setSubject(subject, "UTF-8");
    message.setContent(html, "text/html; charset=UTF-8");
    message.setSentDate(new Date());
    GreenMailUtil.sendMimeMessage(message);
  }

  /** A message whose body reads are counted, as if fetched from the server. */
  static final class CountedMessage extends MimeMessage {

    int bodyReads;

    CountedMessage(byte[] bytes) throws Exception {
      super(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
    }

    @Override
    protected InputStream getContentStream() throws MessagingException {
      bodyReads++;
      return super.getContentStream();
    }
  }

  private static byte[] bytesOf(String from, String subject, String text) throws Exception {
    MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
    message.setFrom(new InternetAddress(from));
    message.setSubject(subject, "UTF-8");
    message.setText(text, "UTF-8");
    message.setSentDate(new Date());
    message.saveChanges();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    message.writeTo(bytes);
    return bytes.toByteArray();
  }

  private List<Complaint> complaintsFrom(String email) {
    return complaints.findAll().stream().filter(c -> email.equals(c.getComplainant().getEmail())).toList();
  }

  private List<Letter> lettersOf(String reference) {
    return letters.findByComplaintReferenceOrderByCreatedAtAscIdAsc(reference);
  }

  @Test
  void aMessageMarkedAsAComplaintRegistersOneOnceEvenWhenReadAgain() throws Exception {
    receive("gisele@example.fr", "Gisèle Lacour", "RECLAMATION contrat habitation", "Mon dossier de sinistre est bloqué depuis juin.",
        ZonedDateTime.parse("2026-09-12T21:30:00-04:00[America/Guadeloupe]"));

    poller.pollAll();

    List<Complaint> registered = complaintsFrom("gisele@example.fr");
    assertThat(registered).hasSize(1);
    Complaint complaint = registered.get(0);
    assertThat(complaint.getFirm()).isEqualTo("almena");
    assertThat(complaint.getChannel()).isEqualTo(Channel.EMAIL);
    assertThat(complaint.getSentOn()).isEqualTo(LocalDate.of(2026, 9, 12));
    assertThat(complaint.getComplainant().getName()).isEqualTo("Gisèle Lacour");
    assertThat(complaint.getComplainant().getClient()).as("a message does not say whether its sender is a client").isNull();
    assertThat(complaint.getEntryLevel()).as("Almena's mailbox: its only level, the complaints service").isEqualTo(2);
    assertThat(complaint.getSubject()).isEqualTo("RECLAMATION contrat habitation");
    assertThat(complaint.getDescription()).isEqualTo("Mon dossier de sinistre est bloqué depuis juin.");
    Letter first = lettersOf(complaint.getReference()).get(0);
    assertThat(first.getType()).isEqualTo(LetterType.CLIENT_MESSAGE);
    assertThat(first.getStatus()).isEqualTo(LetterStatus.RECEIVED);
    assertThat(first.getRecipient()).isEqualTo("gisele@example.fr");

    // as after a restart, or when a person marked the message unread: it is not registered twice
    Store store = mail.getImap().createStore();
    store.connect(MAILBOX, "secret");
    Folder inbox = store.getFolder("INBOX");
    inbox.open(Folder.READ_WRITE);
    assertThat(inbox.getMessage(1).isSet(Flags.Flag.SEEN)).isTrue();
    inbox.setFlags(1, inbox.getMessageCount(), new Flags(Flags.Flag.SEEN), false);
    inbox.close(false);
    store.close();
    poller.pollAll();

    assertThat(complaintsFrom("gisele@example.fr")).hasSize(1);
  }

  @Test
  void aReplyNamingAComplaintIsFiledWithItAndShownToTheComplaintsService() throws Exception {
    receive("bruno@example.fr", "Bruno Petit", "Réclamation : franchise", "La franchise est abusive.", ZonedDateTime.now());
    poller.pollAll();
    String reference = complaintsFrom("bruno@example.fr").get(0).getReference();

    receive("bruno@example.fr", "Bruno Petit", "Re: Réponse à votre réclamation " + reference, "Je conteste votre réponse.", ZonedDateTime.now());
    poller.pollAll();

    assertThat(complaintsFrom("bruno@example.fr")).hasSize(1);
    assertThat(lettersOf(reference)).filteredOn(l -> l.getType() == LetterType.CLIENT_MESSAGE)
        .extracting(Letter::getBody)
        .contains("Je conteste votre réponse.");
    Task task = tasks.createTaskQuery().taskNameLike("Lire le message du client sur " + reference).singleResult();
    assertThat(task).isNotNull();
    assertThat(tasks.getIdentityLinksForTask(task.getId())).anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("complaintsService"));
    assertThat(task.getTenantId()).as("only the firm's staff see it").isEqualTo("almena");
  }

  @Test
  void aMessageWithoutTheKeywordIsRegisteredToQualifyWithItsClocksRunningFromItsDate() throws Exception {
    receive("prospect@example.fr", "Paul Prospect", "Mon dossier auto", "Personne ne me rappelle depuis trois semaines.",
        ZonedDateTime.parse("2026-09-10T08:15:00-04:00[America/Guadeloupe]"));

    poller.pollAll();
    poller.pollAll();

    List<Complaint> registered = complaintsFrom("prospect@example.fr");
    assertThat(registered).as("registered once, however often the mailbox is read").hasSize(1);
    Complaint message = registered.get(0);
    assertThat(message.getSentOn()).as("its Date header").isEqualTo(LocalDate.of(2026, 9, 10));
    assertThat(message.getReceivedOn()).isEqualTo(LocalDate.of(2026, 9, 14));
    // Thursday 10 September 2026 + 10 jours ouvrables; + 2 months
    assertThat(message.getAcknowledgementDueOn()).isEqualTo(LocalDate.of(2026, 9, 22));
    assertThat(message.getAnswerDueOn()).isEqualTo(LocalDate.of(2026, 11, 10));
    assertThat(message.getSubject()).isEqualTo("Mon dossier auto");
    assertThat(message.getComplainant().getClient()).isNull();
    assertThat(lettersOf(message.getReference())).singleElement().satisfies(kept -> {
      assertThat(kept.getType()).isEqualTo(LetterType.CLIENT_MESSAGE);
      assertThat(kept.getBody()).isEqualTo("Personne ne me rappelle depuis trois semaines.");
    });
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(message.getReference()).singleResult().getName())
        .as("staff say whether it is a complaint or a simple request")
        .startsWith("Qualifier la réclamation écrite – " + message.getReference());
  }

  @Test
  void asekkeysServiceReclamationsMailboxRegistersAtLevelTwo() throws Exception {
    receive(ASEKKEY_MAILBOX, "irene@example.fr", "Irène Vasseur", "Réclamation : sinistre auto", "Toujours pas d'expert.",
        ZonedDateTime.parse("2026-09-14T10:00:00+02:00[Europe/Paris]"));

    poller.pollAll();

    Complaint complaint = complaintsFrom("irene@example.fr").get(0);
    assertThat(complaint.getFirm()).isEqualTo("asekkey");
    assertThat(complaint.getEntryLevel()).as("not first contact, although Asekkey has one").isEqualTo(2);
    assertThat(complaint.getComplainant().getClient()).isNull();
  }

  @Test
  void aMessageWithoutSenderIsLeftToAPersonNeverDropped() throws Exception {
    long before = complaints.count();
    receive(null, null, "Demande de devis auto", "Pouvez-vous me rappeler ?", ZonedDateTime.now());

    poller.pollAll();

    assertThat(complaints.count()).isEqualTo(before);
    assertThat(tasks.createTaskQuery().taskName("Trier un courriel reçu").list())
        .anySatisfy(task -> {
          assertThat(task.getDescription()).contains("(inconnu)", "Demande de devis auto", "Pouvez-vous me rappeler ?");
          assertThat(task.getTenantId()).isEqualTo("almena");
        });
  }

  @Test
  void aHostileHtmlMessageIsReadAtOnceAndRegistered() throws Exception {
    // 400 KB of '<': the former tag-stripping expression backtracked for hours on the only scheduler thread
    receiveHtml(MAILBOX, "hostile@example.fr", "Bonjour", "<".repeat(400_000));

    int handled = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> poller.pollAll());

    assertThat(handled).isEqualTo(1);
    Complaint registered = complaintsFrom("hostile@example.fr").get(0);
    assertThat(registered.getDescription()).startsWith("<<<<").hasSizeLessThanOrEqualTo(InboundMailHandler.MAX_DESCRIPTION);
  }

  @Test
  void anHtmlMessageReadsWithItsEntitiesDecodedAndItsParagraphs() throws Exception {
    receiveHtml(MAILBOX, "helene@example.fr", "Sinistre",
        "<html><body><p>Je n&#8217;ai re&ccedil;u aucune r&eacute;ponse &amp; je m&rsquo;inqui&egrave;te.</p>"
            + "<p>H&eacute;l&egrave;ne<br>06 00 00 00 00</p></body></html>");

    poller.pollAll();

    Complaint registered = complaintsFrom("helene@example.fr").get(0);
    assertThat(registered.getDescription())
        .isEqualTo("Je n’ai reçu aucune réponse & je m’inquiète.\n\nHélène\n06 00 00 00 00");
  }

  @Test
  void aMessageAlreadyProcessedIsKnownByItsMessageIdWithoutFetchingItsBodyAgain() throws Exception {
    byte[] bytes = bytesOf("relu@example.fr", "Contrat auto", "Déjà lu une fois.");
    CountedMessage first = new CountedMessage(bytes);
    poller.process("almena", firms.get("almena"), first);
    assertThat(first.bodyReads).as("a new message is read").isPositive();

    // the same message at the next poll, or after a restart
    CountedMessage again = new CountedMessage(bytes);
    InboundMessage outcome = poller.process("almena", firms.get("almena"), again);

    assertThat(again.bodyReads).isZero();
    assertThat(outcome.getOutcome()).isEqualTo(InboundMessage.Outcome.REGISTERED);
    assertThat(complaintsFrom("relu@example.fr")).hasSize(1);
  }

  @Test
  void anotherFirmsReferenceIsUnknownToAMailbox() throws Exception {
    receive("odile@example.fr", "Odile Marchal", "Réclamation : habitation", "Sinistre non réglé.", ZonedDateTime.now());
    poller.pollAll();
    Complaint almenas = complaintsFrom("odile@example.fr").get(0);
    String reference = almenas.getReference();
    int almenaLetters = lettersOf(reference).size();

    receive(ASEKKEY_MAILBOX, "odile@example.fr", "Odile Marchal", "Re: " + reference, "Où en est mon dossier ?", ZonedDateTime.now());
    poller.pollAll();

    assertThat(lettersOf(reference)).as("the Almena complaint is not touched").hasSize(almenaLetters);
    assertThat(tasks.createTaskQuery().taskNameLike("%" + reference + "%").list())
        .as("no task to read it, in either firm: only the Almena complaint's own process")
        .allSatisfy(task -> {
          assertThat(task.getProcessInstanceId()).isNotNull();
          assertThat(task.getTenantId()).isEqualTo("almena");
        });
    List<Complaint> asekkeys = complaintsFrom("odile@example.fr").stream().filter(c -> c.getFirm().equals("asekkey")).toList();
    assertThat(asekkeys).as("a new message of the mailbox's own firm").singleElement().satisfies(registered -> {
      assertThat(registered.getDescription()).isEqualTo("Où en est mon dossier ?");
      assertThat(tasks.createTaskQuery().processInstanceBusinessKey(registered.getReference()).singleResult().getTenantId())
          .isEqualTo("asekkey");
    });
  }

  @Test
  void aMessageFiledFromAnotherAddressThanTheComplainantsIsFlagged() throws Exception {
    receive("marc@example.fr", "Marc Aubert", "Réclamation : prévoyance", "Mon indemnité tarde.", ZonedDateTime.now());
    poller.pollAll();
    String reference = complaintsFrom("marc@example.fr").get(0).getReference();

    receive("inconnu@example.com", "Un tiers", "Au sujet de " + reference, "Je réponds pour M. Aubert.", ZonedDateTime.now());
    receive("MARC@example.fr", "Marc Aubert", "Re: " + reference, "Je complète mon dossier.", ZonedDateTime.now());
    poller.pollAll();

    assertThat(lettersOf(reference)).filteredOn(l -> l.getType() == LetterType.CLIENT_MESSAGE)
        .extracting(Letter::getRecipient)
        .containsExactlyInAnyOrder("marc@example.fr", "inconnu@example.com (expéditeur différent du réclamant)", "MARC@example.fr");
    Task flagged = tasks.createTaskQuery().taskName("Lire le message reçu sur " + reference + " (expéditeur différent du réclamant)")
        .singleResult();
    assertThat(flagged.getDescription()).contains("De : inconnu@example.com (expéditeur différent du réclamant)");
    assertThat(tasks.createTaskQuery().taskName("Lire le message du client sur " + reference).count())
        .as("the complainant's own address, whatever its case").isEqualTo(1);
  }

  @Test
  void aHugeMessageIsKeptCapped() throws Exception {
    String line = "Ligne de texte d'un message démesuré, répétée jusqu'à quinze mégaoctets.\n";
    receive("enorme@example.fr", "Max Enorme", "Réclamation : 15 Mo", line.repeat(15_000_000 / line.length()), ZonedDateTime.now());

    poller.pollAll();

    Complaint registered = complaintsFrom("enorme@example.fr").get(0);
    assertThat(registered.getDescription()).hasSizeLessThanOrEqualTo(InboundMailHandler.MAX_DESCRIPTION).startsWith("Ligne de texte");
    assertThat(lettersOf(registered.getReference())).singleElement().satisfies(kept ->
        assertThat(kept.getBody()).hasSizeLessThanOrEqualTo(LetterWriter.MAX_RECEIVED).startsWith("Ligne de texte"));
  }
}
