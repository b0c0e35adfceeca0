package fr.escalade.process;

import static fr.escalade.intake.NewComplaintBuilder.aComplaint;
import static fr.escalade.process.ProcessElements.*;
import static fr.escalade.process.ProcessVariables.*;
import static org.assertj.core.api.BDDAssertions.then;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import fr.escalade.EscaladeSpringTest;
import fr.escalade.TestClockExtension;
import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRepository;
import fr.escalade.intake.ComplaintIntake;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.aopalliance.intercept.MethodInterceptor;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each step of the process loads its complaint once: counts the register's look-ups by reference
 * along the simple path, intake to closure with an acknowledgement and an answer.
 */
@EscaladeSpringTest
class ComplaintLookupsTests {

  @Autowired ProcessEngine engine;
  @Autowired ComplaintIntake intake;
  @Autowired RuntimeService runtime;
  @Autowired ComplaintRepository repository;

  @RegisterExtension final TestClockExtension clock = TestClockExtension.parisTime(2026, 3, 2, 10, 0);

  private final AtomicInteger lookups = new AtomicInteger();
  private final MethodInterceptor countLookups =
      invocation -> {
        if (invocation.getMethod().getName().equals("findByReference")) {
          lookups.incrementAndGet();
        }
        return invocation.proceed();
      };

  @BeforeEach
  void countTheRegistersLookUps() {
    AbstractAssertions.init(engine);
    // first in the chain: the repository's own interceptors end it
    ((Advised) repository).addAdvice(0, countLookups);
  }

  @AfterEach
  void stopCounting() {
    ((Advised) repository).removeAdvice(countLookups);
  }

  @Test
  void aSimpleComplaintIsLookedUpOncePerStepThatChangesItsRegisterEntry() {
    Complaint complaint = intake.register(aComplaint().of("asekkey").atLevel(2).sentAndReceivedOn(LocalDate.of(2026, 3, 2)).build());
    ProcessInstance instance =
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(complaint.getReference()).singleResult();
    complete(task(instance), withVariables(QUALIFICATION, "COMPLAINT"));
    complete(task(instance), withVariables(REVIEW_DECISION, "ACKNOWLEDGE"));
    complete(
        task(instance),
        withVariables(
            ANSWER_STATUS, "READY",
            OUTCOME, "FAVOURABLE",
            CATEGORY, "CLAIM_HANDLING",
            AMOUNT_AT_STAKE, 300,
            ANSWER_TEXT, "Nous prenons en charge le sinistre."));
    execute(job(TIMER_REFERRAL_PERIOD_OVER, instance));
    assertThat(instance).isEnded();

    System.out.println("Look-ups of one complaint along the simple path: " + lookups.get());
    // qualification recorded, level 2 reached, acknowledgement sent, answer sent, complaint closed: one look-up each
    then(lookups.get()).isEqualTo(5);
  }
}
