package org.kuzet.interdiction.internal.inspection;

/** Why an alert was raised. */
public enum AlertKind {
  /** An inspection matched an active lookout. */
  LOOKOUT_MATCH,
  /** A person matched a watchlist entry when the inspection was logged. */
  WATCHLIST_HIT,
  /** A person inspected earlier matched a watchlist entry after the lists changed. */
  RESCREEN_HIT
}
