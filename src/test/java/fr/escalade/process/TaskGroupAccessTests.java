package fr.escalade.process;

import static fr.escalade.intake.NewComplaintBuilder.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import fr.escalade.EscaladeSpringTest;
import fr.escalade.identity.Grants;
import fr.escalade.identity.Roles;
import fr.escalade.intake.ComplaintIntake;
import java.time.LocalDate;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An agent's group reads the complaints it has a task on; an earlier version's wholesale grant goes, once. */
@EscaladeSpringTest
class TaskGroupAccessTests {

  @Autowired ComplaintIntake intake;
  @Autowired AuthorizationService authorizations;
  @Autowired Grants grants;
  @Autowired TaskGroupAccess access;

  private Authorization instanceGrant(String group, String instance) {
    return authorizations.createAuthorizationQuery()
        .groupIdIn(group).resourceType(Resources.PROCESS_INSTANCE).resourceId(instance).singleResult();
  }

  private boolean readsEveryComplaint(String group) {
    Authorization grant =
        authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.PROCESS_DEFINITION)
            .resourceId(ProcessVariables.PROCESS_KEY).singleResult();
    return grant != null && grant.isPermissionGranted(ProcessDefinitionPermissions.READ_INSTANCE);
  }

  @Test
  void theGroupOfANewTaskReadsItsComplaintAndOnlyIt() {
    String instance =
        intake.register(aComplaint().of("asekkey").atLevel(1).sentAndReceivedOn(LocalDate.of(2026, 3, 2)).build()).getProcessInstanceId();

    assertThat(instanceGrant(Roles.FIRST_CONTACT, instance)).isNotNull()
        .returns(true, grant -> grant.isPermissionGranted(Permissions.READ));
    assertThat(instanceGrant(Roles.COMPLAINTS_SERVICE, instance)).as("no task of theirs on it").isNull();
    assertThat(readsEveryComplaint(Roles.FIRST_CONTACT)).isFalse();
  }

  @Test
  void anEarlierVersionsWholesaleGrantIsTakenBackAndOpenTasksGrantedOnceAtStart() {
    String instance =
        intake.register(aComplaint().of("asekkey").atLevel(1).sentAndReceivedOn(LocalDate.of(2026, 3, 2)).build()).getProcessInstanceId();
    // as an earlier version left it: every complaint readable, no grant per complaint
    authorizations.deleteAuthorization(instanceGrant(Roles.FIRST_CONTACT, instance).getId());
    grants.grant(Roles.FIRST_CONTACT, Resources.PROCESS_DEFINITION, ProcessVariables.PROCESS_KEY, ProcessDefinitionPermissions.READ_INSTANCE);

    access.grantOpenTasks();

    assertThat(readsEveryComplaint(Roles.FIRST_CONTACT)).isFalse();
    assertThat(instanceGrant(Roles.FIRST_CONTACT, instance)).isNotNull();

    // a later start finds nothing to take back and grants nothing again
    authorizations.deleteAuthorization(instanceGrant(Roles.FIRST_CONTACT, instance).getId());
    access.grantOpenTasks();
    assertThat(instanceGrant(Roles.FIRST_CONTACT, instance)).isNull();
    assertThat(readsEveryComplaint(Roles.FIRST_CONTACT)).isFalse();
  }
}
