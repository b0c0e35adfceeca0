package fr.escalade.recourse;

import static fr.escalade.intake.NewComplaintBuilder.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.escalade.EscaladeSpringTest;
import fr.escalade.TestClockExtension;
import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.complaint.ComplaintStatus;
import fr.escalade.complaint.Outcome;
import fr.escalade.intake.ComplaintIntake;
import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** A withdrawal and a contested settlement, as staff record them: their dates, their doors, their states. */
@EscaladeSpringTest
class ClientRecourseApiTests {

  private static final String CLAIRE = "Basic Y2xhaXJlOmNsYWlyZQ=="; // first contact
  private static final String MARC = "Basic bWFyYzptYXJj"; // complaints service

  @Autowired MockMvc mvc;
  @Autowired ComplaintIntake intake;
  @Autowired ComplaintRegister register;
  @Autowired TaskService tasks;

  @RegisterExtension final TestClockExtension clock = TestClockExtension.parisTime(2026, 3, 20, 10, 0);

  private Complaint registered(Integer level) {
    return intake.register(aComplaint().of("asekkey").atLevel(level).sentAndReceivedOn(LocalDate.of(2026, 3, 2)).build());
  }

  private ResultActions post(String who, String reference, String what, String body) throws Exception {
    return mvc.perform(
        MockMvcRequestBuilders.post("/api/complaints/{reference}/" + what, reference)
            .header("Authorization", who)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  private void complete(String reference, String variable, String value, String... more) {
    var task = tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
    java.util.Map<String, Object> variables = new java.util.HashMap<>();
    variables.put(variable, value);
    for (int i = 0; i < more.length; i += 2) {
      variables.put(more[i], more[i + 1]);
    }
    tasks.complete(task.getId(), variables);
  }

  @Test
  void whoeverHearsItRecordsAWithdrawalAndTheComplaintClosesAsWithdrawn() throws Exception {
    String reference = registered(1).getReference();

    post(CLAIRE, reference, "withdrawal", "{\"withdrawnOn\": \"2026-03-21\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("withdrawnOn"));
    post(CLAIRE, reference, "withdrawal", "{\"withdrawnOn\": \"2026-02-27\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message", containsString("before the complaint was sent")));
    assertThat(register.get(reference).getStatus()).isNotEqualTo(ComplaintStatus.CLOSED);

    post(CLAIRE, reference, "withdrawal", "{\"withdrawnOn\": \"2026-03-19\"}").andExpect(status().isAccepted());
    assertThat(register.get(reference).getOutcome()).isEqualTo(Outcome.WITHDRAWN);
    post(CLAIRE, reference, "withdrawal", "{\"withdrawnOn\": \"2026-03-19\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail", containsString("closed")));
  }

  @Test
  void onlyASettlementCanBeContestedAndItReopensTheComplaintAtLevel2() throws Exception {
    String reference = registered(1).getReference();
    post(MARC, reference, "settlement-contest", "{\"contestedOn\": \"2026-03-19\"}").andExpect(status().isConflict());

    complete(reference, "qualification", "COMPLAINT");
    complete(reference, "firstContactResult", "SETTLED", "settlementSummary", "Geste commercial de 150 €.", "category", "PREMIUMS");
    assertThat(register.get(reference).getStatus()).isEqualTo(ComplaintStatus.CLOSED);

    post(MARC, reference, "settlement-contest", "{}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("contestedOn"));
    post(MARC, reference, "settlement-contest", "{\"contestedOn\": \"2026-03-19\"}").andExpect(status().isAccepted());
    Complaint contested = register.get(reference);
    assertThat(contested.getStatus()).isEqualTo(ComplaintStatus.WITH_COMPLAINTS_SERVICE);
    assertThat(contested.getLevelReached()).isEqualTo(2);
    post(MARC, reference, "settlement-contest", "{\"contestedOn\": \"2026-03-19\"}").andExpect(status().isConflict());
  }
}
