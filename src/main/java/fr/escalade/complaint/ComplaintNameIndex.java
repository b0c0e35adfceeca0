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
 * Keeps the words of complainants' names for the register's search: written with the complaint,
 * and, for a register that predates the search index, once at start-up.
 */
@Component
public class ComplaintNameIndex {

  private static final Logger log = LoggerFactory.getLogger(ComplaintNameIndex.class);
  private static final int BATCH = 1000;

  private final ComplaintNameWordRepository words;
  private final EntityManager entities;
  private final TransactionTemplate transactions;

  ComplaintNameIndex(ComplaintNameWordRepository words, EntityManager entities, TransactionTemplate transactions) {
    this.words = words;
    this.entities = entities;
    this.transactions = transactions;
  }

  void index(Complaint complaint) {
    ComplaintNameWord.wordsOf(complaint.getComplainant().getName())
        .forEach(word -> words.save(new ComplaintNameWord(complaint.getId(), word)));
  }

  @EventListener(ApplicationReadyEvent.class)
  void indexRegisterWrittenBeforeTheSearch() {
    if (words.count() > 0) {
      return;
    }
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
