package fr.escalade.inbox;

import static org.assertj.core.api.Assertions.assertThat;

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
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
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
}
