package fr.escalade.mediation;

import static fr.escalade.intake.NewComplaintBuilder.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.escalade.EscaladeSpringTest;
import fr.escalade.TestClockExtension;
import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.complaint.ComplaintStatus;
import fr.escalade.complaint.ReferralWarning;
import fr.escalade.intake.ComplaintIntake;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** POST /api/complaints/{ref}/mediator-referral: accepted whenever the client makes it, refused only on bad dates. */
@EscaladeSpringTest
class MediatorReferralApiTests {

  @Autowired MockMvc mvc;
  @Autowired ComplaintIntake intake;
  @Autowired ComplaintRegister register;

  @RegisterExtension final TestClockExtension clock = TestClockExtension.parisTime(2026, 3, 20, 10, 0);

  private Complaint registered() {
    return intake.register(aComplaint().of("asekkey").atLevel(2).sentAndReceivedOn(LocalDate.of(2026, 3, 2)).build());
  }

  private ResultActions refer(String reference, String body) throws Exception {
    return mvc.perform(
        post("/api/complaints/{reference}/mediator-referral", reference)
            .header("Authorization", "Basic bWFyYzptYXJj") // marc:marc, complaints service
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  @Test
  void aReferralBeforeAnyAnswerIsAcceptedAndRecordedWithItsDatesAndAWarning() throws Exception {
    Complaint complaint = registered();

    refer(complaint.getReference(), "{\"filedOn\": \"2026-03-18\", \"receivedOn\": \"2026-03-20\"}").andExpect(status().isAccepted());

    Complaint referred = register.get(complaint.getReference());
    assertThat(referred.getStatus()).isEqualTo(ComplaintStatus.WITH_MEDIATOR);
    assertThat(referred.getMediation().getReferralFiledOn()).isEqualTo(LocalDate.of(2026, 3, 18));
    assertThat(referred.getMediation().getReferredOn()).isEqualTo(LocalDate.of(2026, 3, 20));
    assertThat(referred.getMediation().getReferralWarning()).isEqualTo(ReferralWarning.PREMATURE);

    mvc.perform(get("/api/complaints/{reference}", complaint.getReference()).header("Authorization", "Basic bWFyYzptYXJj"))
        .andExpect(jsonPath("$.mediation.warning").value("PREMATURE"))
        .andExpect(jsonPath("$.mediatorReferrals[0].filedOn").value("2026-03-18"))
        .andExpect(jsonPath("$.mediatorReferrals[0].receivedOn").value("2026-03-20"))
        .andExpect(jsonPath("$.mediatorReferrals[0].warning").value("PREMATURE"));

    refer(complaint.getReference(), "{\"receivedOn\": \"2026-03-20\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail", containsString("already with the mediator")));
    assertThat(register.get(complaint.getReference()).getMediatorReferrals()).hasSize(1);
  }

  @Test
  void badDatesAreRefusedNamingTheFieldAndNothingIsRecorded() throws Exception {
    String reference = registered().getReference();

    refer(reference, "{\"receivedOn\": \"2026-03-21\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("receivedOn"))
        .andExpect(jsonPath("$.errors[0].message", containsString("in the future")));
    refer(reference, "{\"receivedOn\": \"2026-03-01\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("receivedOn"))
        .andExpect(jsonPath("$.errors[0].message", containsString("before the complaint was sent (2026-03-02)")));
    refer(reference, "{\"filedOn\": \"2026-02-27\", \"receivedOn\": \"2026-03-10\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("filedOn"));
    refer(reference, "{\"filedOn\": \"2026-03-12\", \"receivedOn\": \"2026-03-10\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("filedOn"))
        .andExpect(jsonPath("$.errors[0].message", containsString("after receivedOn")));
    refer(reference, "{\"filedOn\": \"2026-03-12\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("receivedOn"));

    Complaint untouched = register.get(reference);
    assertThat(untouched.getMediatorReferrals()).isEmpty();
    assertThat(untouched.getStatus()).isNotEqualTo(ComplaintStatus.WITH_MEDIATOR);
  }

  /** Late stays late: a referral after two months without an answer hides nothing from the figures. */
  @Test
  void aComplaintReferredWhileItsAnswerIsOverdueStaysOverdueInTheRegisterAndTheFigures() throws Exception {
    Complaint complaint =
        intake.register(aComplaint().of("asekkey").atLevel(2).sentAndReceivedOn(LocalDate.of(2026, 1, 5)).about("Toujours en retard", "Sans réponse.").build());

    refer(complaint.getReference(), "{\"receivedOn\": \"2026-03-19\"}").andExpect(status().isAccepted());

    Complaint referred = register.get(complaint.getReference());
    assertThat(referred.getStatus()).isEqualTo(ComplaintStatus.WITH_MEDIATOR);
    assertThat(ComplaintStatus.awaitsAnswer(referred.getStatus(), referred.getOutcome())).isTrue();
    String sophie = "Basic c29waGllOnNvcGhpZQ=="; // sophie:sophie, supervisors
    mvc.perform(get("/api/complaints").param("firm", "asekkey").param("overdue", "true").param("size", "200").header("Authorization", sophie))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$..reference", org.hamcrest.Matchers.hasItem(complaint.getReference())));
    mvc.perform(get("/api/reports/kpis").param("firm", "asekkey").param("from", "2026-01-01").param("to", "2026-01-31")
            .header("Authorization", sophie))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.overdue").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
        .andExpect(jsonPath("$.open").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));

    // the register's CSV: every referral, the date the referral window closes, the in-time flags
    var streaming =
        mvc.perform(get("/api/register.csv").param("firm", "asekkey").param("format", "standard").param("sentFrom", "2026-01-05")
                .param("sentTo", "2026-01-05").header("Authorization", sophie))
            .andReturn();
    String csv =
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(streaming))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    String header = csv.lines().findFirst().orElseThrow();
    assertThat(header).contains("acknowledged_in_time", "answered_in_time", "mediation_closes_on", "delay_notices", "mediator_referrals");
    String row = csv.lines().filter(line -> line.contains(complaint.getReference())).findFirst().orElseThrow();
    assertThat(row).contains("2026-03-19 (received 2026-03-19)").contains(referred.getMediation().getClosesOn().toString());
  }
}
