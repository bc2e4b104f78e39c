package org.kuzet.workspace.internal.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.KuzetUser;
import org.kuzet.web.ListPage;
import org.kuzet.web.Paging;
import org.kuzet.workspace.Audience;
import org.kuzet.workspace.NewNotification;
import org.kuzet.workspace.NotificationKind;
import org.kuzet.workspace.Notifications;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Stores notifications, answers each user's list and count, and keeps the live streams current. */
@Service
public class NotificationCenter implements Notifications {

  private final NotificationStore store;
  private final NotificationStream stream;
  private final Clock clock;

  NotificationCenter(NotificationStore store, NotificationStream stream, Clock clock) {
    this.clock = clock;
    this.store = store;
    this.stream = stream;
  }

  /**
   * Stores a notification a module published, once the transaction that published it has committed
   * (so it exists exactly when the record it points to does), in a transaction of its own; the
   * event publication registry delivers it again after a crash, and its source key keeps a second
   * delivery from storing it twice.
   */
  @ApplicationModuleListener
  void on(NewNotification notification) {
    notify(notification);
  }

  /**
   * Stores the notification in the current transaction and, once that commits, updates the unread
   * count of every connected user it reaches. The workspace's own listeners call it; the other
   * modules publish a {@link NewNotification} instead.
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public void notify(NewNotification notification) {
    Optional<Long> id = store.insert(notification, clock.instant());
    id.ifPresent(
        n ->
            afterCommit(() -> stream.published(n, user -> notification.audience().includes(user))));
  }

  @Override
  @Transactional(propagation = Propagation.REQUIRED)
  public void close(String sourceKey, Audience audience) {
    if (store.close(sourceKey, clock.instant())) {
      afterCommit(() -> stream.countsChanged(audience::includes));
    }
  }

  public List<Notice> list(KuzetUser user, int limit) {
    return store.list(user, null, false, limit);
  }

  /** One page of the user's notifications, for the API; {@code unread} true or false filters. */
  public ListPage<Notice> page(KuzetUser user, @Nullable Boolean unread, Paging paging) {
    return store.page(user, unread, paging);
  }

  /** Unread notifications of the kinds the user shows on the home page. */
  public List<Notice> forHome(KuzetUser user, int limit) {
    return store.list(user, homeKinds(user), true, limit);
  }

  public int unread(KuzetUser user) {
    return store.unread(user);
  }

  public Optional<Notice> find(KuzetUser user, long id) {
    return store.find(user, id);
  }

  /**
   * Marks the notification read, and acknowledged when asked; empty if it does not reach the user.
   */
  @Transactional
  public Optional<Notice> mark(KuzetUser user, long id, boolean acknowledge) {
    if (store.find(user, id).isEmpty()) {
      return Optional.empty();
    }
    store.mark(user, id, acknowledge, now());
    afterCommit(() -> stream.countChanged(user));
    return store.find(user, id);
  }

  @Transactional
  public void markAllRead(KuzetUser user) {
    store.markAllRead(user);
    afterCommit(() -> stream.countChanged(user));
  }

  public Set<NotificationKind> homeKinds(KuzetUser user) {
    return store.preferences(user).homeKinds();
  }

  @Transactional
  public void saveHomeKinds(KuzetUser user, Set<NotificationKind> kinds) {
    store.saveHomeKinds(user, kinds);
  }

  private Instant now() {
    return clock.instant();
  }

  private static void afterCommit(Runnable action) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              action.run();
            }
          });
    } else {
      action.run();
    }
  }
}
