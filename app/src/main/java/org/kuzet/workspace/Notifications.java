package org.kuzet.workspace;

/**
 * The notification center, as the other modules see it: they raise a notification where
 * something happens that a user must know of (a hit, an alert, an assignment, an account to
 * approve, a session starting).
 */
public interface Notifications {

  /**
   * Stores the notification in the current transaction (so it exists exactly when the record
   * it points to does) and, once that commits, updates the unread count of every connected user
   * it reaches.
   */
  void notify(NewNotification notification);

  /**
   * Closes the notification raised with this source key, when its matter was settled elsewhere
   * (e.g. another administrator approved the account): it stops counting as unread for everyone,
   * and the open pages of its audience get their new count. Nothing happens if none is open.
   */
  void close(String sourceKey, Audience audience);
}
