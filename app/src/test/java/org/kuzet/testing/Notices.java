package org.kuzet.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import org.kuzet.workspace.NewNotification;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications as the tests see them: the notification center stores a notification once the
 * transaction that published it has committed, on another thread, so a test raises one as a module
 * does and waits for it to be stored.
 */
@Component
public class Notices {

  /** Long enough for a loaded machine, short enough to fail a lost notification clearly. */
  public static final Duration STORED_WITHIN = Duration.ofSeconds(30);

  private final ApplicationEventPublisher events;
  private final TransactionTemplate tx;
  private final JdbcClient jdbc;

  Notices(
      ApplicationEventPublisher events, PlatformTransactionManager transactions, JdbcClient jdbc) {
    this.events = events;
    this.tx = new TransactionTemplate(transactions);
    this.jdbc = jdbc;
  }

  /**
   * Publishes the notification in a transaction, as a module does, and returns its id once stored.
   */
  public long raise(NewNotification notification) {
    if (notification.sourceKey() == null) {
      throw new IllegalArgumentException(
          "a test notification needs a source key to be found again");
    }
    tx.executeWithoutResult(s -> events.publishEvent(notification));
    return awaitSourceKey(notification.sourceKey());
  }

  /** The notification raised with this source key, once stored. */
  public long awaitSourceKey(String sourceKey) {
    return await("the notification " + sourceKey)
        .atMost(STORED_WITHIN)
        .until(() -> bySourceKey(sourceKey), Optional::isPresent)
        .orElseThrow();
  }

  /** The newest notification of this kind linking to this path, once stored. */
  public long awaitFor(String link, String kind) {
    return await("a " + kind + " notification for " + link)
        .atMost(STORED_WITHIN)
        .until(
            () ->
                jdbc.sql("SELECT MAX(id) FROM wsp_notification WHERE link = ? AND kind = ?")
                    .params(link, kind)
                    .query(Long.class)
                    .optional(),
            Optional::isPresent)
        .orElseThrow();
  }

  /** The notification raised with this source key, if stored yet. */
  public Optional<Long> bySourceKey(String sourceKey) {
    return jdbc.sql("SELECT id FROM wsp_notification WHERE source_key = ?")
        .param(sourceKey)
        .query(Long.class)
        .optional();
  }
}
