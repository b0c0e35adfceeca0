package fr.escalade.retention;

import static fr.escalade.intake.NewComplaintBuilder.aComplaint;
import static fr.escalade.process.ProcessVariables.QUALIFICATION;
import static fr.escalade.process.ProcessVariables.QUALIFICATION_NOTE;
import static fr.escalade.process.ProcessVariables.REQUEST_REPLY;
import static org.assertj.core.api.Assertions.assertThat;

import fr.escalade.EscaladeSpringTest;
import fr.escalade.TestClockExtension;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.intake.ComplaintIntake;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine keeps a complaint's history as long as its firm keeps the file, counted from closing. */
@EscaladeSpringTest
class HistoryRetentionTests {

  @RegisterExtension final TestClockExtension clock = TestClockExtension.parisTime(2026, 3, 2, 10, 0);

  @Autowired ComplaintIntake intake;
  @Autowired ComplaintRegister register;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired HistoryService history;
  @Autowired ManagementService management;

  @Test
  void aClosedComplaintsHistoryIsRemovedWhenItsFirmsRetentionEnds() {
    String reference = intake.register(aComplaint().of("asekkey").sentOn(LocalDate.of(2026, 3, 2)).build()).getReference();
    String process = register.get(reference).getProcessInstanceId();
    long batchesBefore = management.createBatchQuery().count();

    // the agent who ends the process has no right to create batches: closing must not need one
    identity.setAuthentication("claire", List.of("firstContact"), List.of("asekkey"));
    try {
      String task = tasks.createTaskQuery().processInstanceId(process).singleResult().getId();
      tasks.complete(task, Map.of(QUALIFICATION, "REQUEST", QUALIFICATION_NOTE, "Demande d'attestation.", REQUEST_REPLY, "Attestation jointe."));
    } finally {
      identity.clearAuthentication();
    }
    assertThat(register.get(reference).getClosedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(management.createBatchQuery().count()).isEqualTo(batchesBefore + 1);

    runBatches();

    // asekkey keeps the default, five years from closing, until midnight where it works
    Date fiveYearsOn = Date.from(ZonedDateTime.of(2031, 3, 2, 0, 0, 0, 0, ZoneId.of("Europe/Paris")).toInstant());
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(process).singleResult().getRemovalTime())
        .isEqualTo(fiveYearsOn);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(process).list())
        .isNotEmpty()
        .allSatisfy(variable -> assertThat(variable.getRemovalTime()).isEqualTo(fiveYearsOn));
  }

  /** What the job executor does in production: the seed job, then the batch's jobs, then its monitor. */
  private void runBatches() {
    for (int round = 0; round < 10; round++) {
      List<Batch> batches = management.createBatchQuery().list();
      List<Job> due = batches.stream()
          .flatMap(batch -> management.createJobQuery()
              .jobDefinitionId(batch.getSeedJobDefinitionId()).list().stream())
          .toList();
      List<Job> batchJobs = batches.stream()
          .flatMap(batch -> management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).list().stream())
          .toList();
      if (due.isEmpty() && batchJobs.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
      batchJobs.forEach(job -> management.executeJob(job.getId()));
    }
  }
}
