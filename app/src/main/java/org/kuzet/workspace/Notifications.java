package org.kuzet.workspace;

/**
 * The notification center, as the other modules see it. A module raises a notification by
 * publishing a {@link NewNotification} event in the transaction that records what it tells of (a
 * hit, an alert, an assignment, a session starting); the center stores it once that commits. This
 * interface only closes notifications whose matter was settled elsewhere.
 */
public interface Notifications {

  /**
   * Closes the notification raised with this source key, when its matter was settled elsewhere
   * (e.g. another administrator approved the account): it stops counting as unread for everyone,
   * and the open pages of its audience get their new count. Nothing happens if none is open.
   */
  void close(String sourceKey, Audience audience);
}
