package fr.escalade.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * One thread for each background job, named in its {@code @Scheduled(scheduler = ...)}: on a single
 * shared thread a slow SMTP server (10 s a letter), a hostile message in a mailbox or a long watch
 * held back every other job, letters of every firm included.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class Schedulers {

  /** Reads the firms' mailboxes. */
  public static final String INBOX = "inboxScheduler";
  /** Delivers the letters. */
  public static final String DELIVERY = "deliveryScheduler";
  /** Alerts on letters that have not left. */
  public static final String LETTER_WATCH = "letterWatchScheduler";

  @Bean(INBOX)
  ThreadPoolTaskScheduler inboxScheduler() {
    return thread("inbox-");
  }

  @Bean(DELIVERY)
  ThreadPoolTaskScheduler deliveryScheduler() {
    return thread("delivery-");
  }

  @Bean(LETTER_WATCH)
  ThreadPoolTaskScheduler letterWatchScheduler() {
    return thread("letter-watch-");
  }

  private static ThreadPoolTaskScheduler thread(String name) {
    ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    scheduler.setPoolSize(1);
    scheduler.setThreadNamePrefix(name);
    return scheduler;
  }
}
