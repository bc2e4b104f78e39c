package org.kuzet.workspace;

/** What a notification is about; each user chooses which kinds also appear on their home page. */
public enum NotificationKind {
  /** A person at a post matched a watchlist entry (when logged, or when the lists changed). */
  WATCHLIST_HIT,
  /** An inspection matched an active lookout. */
  LOOKOUT_HIT,
  /** Detection filed new typology alerts in a financial intelligence queue. */
  TYPOLOGY_ALERT,
  /** A record was assigned to the user (e.g. a financial alert to triage). */
  ASSIGNMENT,
  /** An account signed in for the first time and waits for an administrator's approval. */
  ACCOUNT_APPROVAL,
  /** A training session starts soon. */
  TRAINING_STARTING;

  /** The message key of the kind's display name. */
  public String messageKey() {
    return "notifications.kind." + name();
  }
}
