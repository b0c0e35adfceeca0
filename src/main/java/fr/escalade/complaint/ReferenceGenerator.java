package fr.escalade.complaint;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out complaint references {@code REC-YYYY-NNNNNN}, numbered from 1 each year. The year's
 * counter row is locked for the rest of the registering transaction, so two registrations never get
 * the same number and a rolled-back registration gives its number back.
 */
@Component
class ReferenceGenerator {

  private final ReferenceCounterRepository counters;
  private final CounterCreator creator;

  ReferenceGenerator(ReferenceCounterRepository counters, CounterCreator creator) {
    this.counters = counters;
    this.creator = creator;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  String next(int year) {
    ReferenceCounter counter =
        counters
            .lockYear(year)
            .orElseGet(
                () -> {
                  try {
                    creator.create(year);
                  } catch (DataIntegrityViolationException alreadyCreated) {
                    // another registration (on this node or another) created it first: the row exists
                  }
                  return counters.lockYear(year).orElseThrow();
                });
    return format(year, counter.next());
  }

  static String format(int year, int number) {
    return String.format("REC-%04d-%06d", year, number);
  }

  /** Creates a year's counter in a transaction of its own, so that a concurrent creation fails only that one. */
  @Component
  static class CounterCreator {

    private final ReferenceCounterRepository counters;

    CounterCreator(ReferenceCounterRepository counters) {
      this.counters = counters;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void create(int year) {
      if (counters.existsById(year)) {
        return;
      }
      // a duplicate key is thrown to the caller: caught here, it would leave this transaction
      // rollback-only and its commit would fail (two registrations of a new year's first minute got a 500)
      counters.saveAndFlush(new ReferenceCounter(year));
    }
  }
}
