package fr.escalade.complaint;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings a register written by an earlier version up to what the search and the reports read: the
 * words of complainants' names, and whether acknowledgements and answers came in time. New
 * complaints get both as they are registered and answered; this runs at start-up only while the
 * register has no name words, that is once.
 */
@Component
class RegisterBackfill {

  private static final Logger log = LoggerFactory.getLogger(RegisterBackfill.class);
  private static final int BATCH = 1000;

  private final ComplaintNameWordRepository words;
  private final EntityManager entities;
  private final TransactionTemplate transactions;

  RegisterBackfill(ComplaintNameWordRepository words, EntityManager entities, TransactionTemplate transactions) {
    this.words = words;
    this.entities = entities;
    this.transactions = transactions;
  }

  @EventListener(ApplicationReadyEvent.class)
  void fillIn() {
    // name words and in-time flags came with the same version: a register that has words has both,
    // and start-up need not read it
    if (words.count() > 0) {
      return;
    }
    judgeDeadlinesMetBeforeTheFlags();
    indexNamesRegisteredBeforeTheSearch();
  }

  private void judgeDeadlinesMetBeforeTheFlags() {
    Integer judged =
        transactions.execute(status ->
            entities.createQuery("""
                    update Complaint c set
                      c.deadlines.acknowledgedInTime = case
                        when c.deadlines.acknowledgementSentOn <= c.deadlines.acknowledgementDueOn
                          or c.deadlines.answerSentOn <= c.deadlines.acknowledgementDueOn then true
                        else false end
                    where c.deadlines.acknowledgedInTime is null
                      and (c.deadlines.acknowledgementSentOn is not null or c.deadlines.answerSentOn is not null)
                    """)
                .executeUpdate()
            + entities.createQuery("""
                    update Complaint c set c.deadlines.answeredInTime =
                      case when c.deadlines.answerSentOn <= c.deadlines.answerDueOn then true else false end
                    where c.deadlines.answeredInTime is null and c.deadlines.answerSentOn is not null
                    """)
                .executeUpdate());
    if (judged != null && judged > 0) {
      log.info("Recorded whether the deadlines were met for {} acknowledgements and answers sent before", judged);
    }
  }

  private void indexNamesRegisteredBeforeTheSearch() {
    long done = 0;
    long after = 0;
    while (true) {
      long from = after;
      List<Object[]> page =
          transactions.execute(status -> {
            List<Object[]> rows =
                entities.createQuery("select c.id, c.complainant.name from Complaint c where c.id > :after order by c.id", Object[].class)
                    .setParameter("after", from)
                    .setMaxResults(BATCH)
                    .getResultList();
            rows.forEach(row -> ComplaintNameWord.wordsOf((String) row[1])
                .forEach(word -> entities.persist(new ComplaintNameWord((Long) row[0], word))));
            return rows;
          });
      if (page == null || page.isEmpty()) {
        break;
      }
      done += page.size();
      after = (Long) page.get(page.size() - 1)[0];
    }
    if (done > 0) {
      log.info("Indexed the complainants' names of {} complaints registered before the name search", done);
    }
  }
}
