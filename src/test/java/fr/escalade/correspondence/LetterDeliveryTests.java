package fr.escalade.correspondence;

import static fr.escalade.process.ProcessElements.TIMER_ACKNOWLEDGEMENT_REMINDER;
import static fr.escalade.intake.NewComplaintBuilder.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import fr.escalade.EscaladeSpringTest;
import fr.escalade.TestClockExtension;
import fr.escalade.complaint.Channel;
import fr.escalade.complaint.Complaint;
import fr.escalade.intake.ComplaintIntake;
import fr.escalade.process.ProcessVariables;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Letters reach their recipients once their transaction has committed, exactly once, whatever SMTP does. */
@EscaladeSpringTest
class LetterDeliveryTests {

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @Autowired ComplaintIntake intake;
  @Autowired LetterDispatcher dispatcher;
  @Autowired LetterRepository letters;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired LetterWriter writer;
  @Autowired TransactionTemplate transactions;
  @Autowired MockMvc mvc;

  @RegisterExtension final TestClockExtension clock = TestClockExtension.parisTime(2026, 6, 1, 10, 0);

  private Complaint register(String firm, Channel channel, String email, String postalAddress) {
    return intake.register(
        aComplaint().of(firm).by(channel).sentOn(LocalDate.of(2026, 5, 29)).atLevel(2)
            .from("Hélène Martin", email, postalAddress)
            .aboutContract("AUTO-77").about("Franchise appliquée à tort", "La franchise <b>ne</b> devait pas s'appliquer & je conteste.")
            .build());
  }

  private void completeTask(Complaint complaint, Map<String, Object> variables) {
    String task = tasks.createTaskQuery().processInstanceBusinessKey(complaint.getReference()).singleResult().getId();
    tasks.complete(task, variables);
  }

  private void acknowledge(Complaint complaint) {
    completeTask(complaint, Map.of(ProcessVariables.QUALIFICATION, "COMPLAINT"));
    completeTask(complaint, Map.of(ProcessVariables.REVIEW_DECISION, "ACKNOWLEDGE"));
  }

  private void deliverAll() {
    while (dispatcher.deliverDue() > 0) {
      // until nothing is due
    }
  }

  private Letter letter(Complaint complaint, LetterType type) {
    return letters.findByComplaintReferenceOrderByCreatedAtAscIdAsc(complaint.getReference()).stream()
        .filter(letter -> letter.getType() == type)
        .findFirst()
        .orElseThrow();
  }

  private List<MimeMessage> mailsTo(String address) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(message -> {
          try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        })
        .toList();
  }

  @Test
  void theAcknowledgementReachesTheClientByEmailFromTheFirm() throws Exception {
    Complaint complaint = register("almena", Channel.EMAIL, "helene.ack@example.fr", null);
    acknowledge(complaint);
    assertThat(letter(complaint, LetterType.ACKNOWLEDGEMENT).getStatus()).isEqualTo(LetterStatus.PENDING);

    deliverAll();

    List<MimeMessage> received = mailsTo("helene.ack@example.fr");
    assertThat(received).hasSize(1);
    MimeMessage mail = received.get(0);
    assertThat(mail.getSubject()).isEqualTo("Accusé de réception de votre réclamation " + complaint.getReference());
    assertThat(mail.getFrom()[0].toString()).contains("reclamationmenagroupassocies@gmail.com");
    Letter letter = letter(complaint, LetterType.ACKNOWLEDGEMENT);
    assertThat(mail.getMessageID()).isEqualTo(letter.messageId("gmail.com"));
    String content = GreenMailUtil.getBody(mail);
    assertThat(content).contains("text/plain", "text/html", complaint.getReference());
    assertThat(letter.getStatus()).isEqualTo(LetterStatus.SENT);
    assertThat(letter.getSentAt()).isNotNull();
  }

  @Test
  void aComplaintFiledOnlineGetsADatedCopyAtOnce() throws Exception {
    Complaint complaint = register("asekkey", Channel.WEB, "helene.web@example.fr", null);

    deliverAll();

    List<MimeMessage> received = mailsTo("helene.web@example.fr");
    assertThat(received).hasSize(1);
    assertThat(received.get(0).getSubject()).contains(complaint.getReference(), "déposée en ligne");
    String text = letter(complaint, LetterType.SUBMISSION_COPY).getBody();
    assertThat(text).contains("1er juin 2026 à 10 h 00 (heure de Paris)", "La franchise <b>ne</b> devait pas s'appliquer & je conteste.");
  }

  @Test
  void aClientWithoutEmailGetsAPdfToPrintThatStaffDownloadAndMarkPrinted() throws Exception {
    Complaint complaint = register("almena", Channel.POST, null, "4 rue Schœlcher, 97110 Pointe-à-Pitre");
    acknowledge(complaint);

    deliverAll();

    Letter letter = letter(complaint, LetterType.ACKNOWLEDGEMENT);
    assertThat(letter.getStatus()).isEqualTo(LetterStatus.TO_PRINT);
    assertThat(letter.getRecipient()).contains("4 rue Schœlcher");
    String path = "/api/complaints/" + complaint.getReference() + "/correspondence/" + letter.getId();
    byte[] pdf = mvc.perform(get(path + "/pdf").header("Authorization", "Basic bWFyYzptYXJj"))
        .andExpect(status().isOk())
        .andExpect(content().contentType("application/pdf"))
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    mvc.perform(get("/api/letters?status=TO_PRINT").header("Authorization", "Basic bWFyYzptYXJj"))
        .andExpect(jsonPath("$[?(@.id == " + letter.getId() + ")].status").value("TO_PRINT"));
    mvc.perform(post(path + "/printed").header("Authorization", "Basic bWFyYzptYXJj"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PRINTED"));
  }

  @Test
  void withSmtpDownNothingIsLostAndOnceRestoredEachLetterIsDeliveredExactlyOnce() throws Exception {
    Complaint complaint = register("almena", Channel.EMAIL, "helene.down@example.fr", null);
    acknowledge(complaint);
    Letter pending = letter(complaint, LetterType.ACKNOWLEDGEMENT);
    smtp.stop();

    // every attempt fails: the letter waits 1 min, 5 min, 15 min, 1 h, 4 h, then is FAILED with an incident
    int[] minutesAfter = {0, 1, 6, 21, 81, 321};
    for (int minutes : minutesAfter) {
      clock.set(ZonedDateTime.of(2026, 6, 1, 10, 0, 30, 0, ZoneId.of("Europe/Paris")).plusMinutes(minutes));
      deliverAll();
    }
    Letter failed = letters.findById(pending.getId()).orElseThrow();
    assertThat(failed.getStatus()).isEqualTo(LetterStatus.FAILED);
    assertThat(failed.getAttempts()).isEqualTo(6);
    assertThat(failed.getLastError()).isNotBlank();
    assertThat(runtime.createIncidentQuery().processInstanceId(complaint.getProcessInstanceId()).incidentType("letterDelivery").count())
        .isEqualTo(1);

    smtp.start();
    String path = "/api/complaints/" + complaint.getReference() + "/correspondence/" + failed.getId();
    mvc.perform(post(path + "/retry").header("Authorization", "Basic bWFyYzptYXJj"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PENDING"));
    deliverAll();
    deliverAll();

    assertThat(mailsTo("helene.down@example.fr")).hasSize(1);
    assertThat(letters.findById(pending.getId()).orElseThrow().getStatus()).isEqualTo(LetterStatus.SENT);
    assertThat(runtime.createIncidentQuery().processInstanceId(complaint.getProcessInstanceId()).count()).isZero();
  }

  @Test
  void aLetterWhoseTransactionRolledBackIsNeverSent() {
    Complaint complaint = register("almena", Channel.EMAIL, "helene.rollback@example.fr", null);
    transactions.executeWithoutResult(status -> {
      writer.write(LetterType.ACKNOWLEDGEMENT, complaint, Map.of());
      status.setRollbackOnly();
    });

    deliverAll();

    assertThat(mailsTo("helene.rollback@example.fr")).isEmpty();
    assertThat(letters.findByComplaintReferenceOrderByCreatedAtAscIdAsc(complaint.getReference())).isEmpty();
  }

  @Test
  void remindersGoToTheMembersOfTheGroupHoldingTheTaskWithALinkToTasklist() throws Exception {
    Complaint complaint = register("almena", Channel.EMAIL, "helene.remind@example.fr", null);
    Job reminder =
        management.createJobQuery()
            .processInstanceId(complaint.getProcessInstanceId())
            .activityId(TIMER_ACKNOWLEDGEMENT_REMINDER)
            .singleResult();
    management.executeJob(reminder.getId());

    deliverAll();

    List<MimeMessage> toMarc = mailsTo("marc@escalade.example");
    assertThat(toMarc).anySatisfy(mail -> {
      try {
        assertThat(mail.getSubject()).contains("Rappel", complaint.getReference());
        assertThat(GreenMailUtil.getBody(mail)).contains("/camunda/app/tasklist/default/?task=");
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
    assertThat(mailsTo("demo@escalade.example")).isEmpty();
  }
}
