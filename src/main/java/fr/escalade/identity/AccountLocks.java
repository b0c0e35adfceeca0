package fr.escalade.identity;

import java.util.function.Predicate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Whether the engine would refuse an account whatever the password (its delay after a failure, or
 * its permanent lock): such a refusal says nothing about the caller, so {@link LoginThrottle} does
 * not count it against the caller's address.
 */
final class AccountLocks implements Predicate<String> {

  private final IdentityService identity;
  private final ProcessEngineConfigurationImpl engine;

  AccountLocks(IdentityService identity, ProcessEngineConfigurationImpl engine) {
    this.identity = identity;
    this.engine = engine;
  }

  /** As configured (application.yaml), it never does: no need to look the account up on each request. */
  private boolean engineLocksAccounts() {
    return engine.getLoginDelayBase() > 0 && engine.getLoginDelayMaxTime() > 0
        || engine.getLoginMaxAttempts() < Integer.MAX_VALUE;
  }

  @Override
  public boolean test(String userId) {
    if (userId == null || userId.isBlank() || !engineLocksAccounts()) {
      return false;
    }
    Object found;
    try {
      found = identity.createUserQuery().userId(userId).singleResult();
    } catch (RuntimeException unreadable) {
      // the database out of reach: the password check that follows answers for it (503)
      return false;
    }
    if (!(found instanceof UserEntity user)) {
      return false;
    }
    return user.getAttempts() >= engine.getLoginMaxAttempts()
        || (user.getLockExpirationTime() != null && user.getLockExpirationTime().after(ClockUtil.getCurrentTime()));
  }
}
