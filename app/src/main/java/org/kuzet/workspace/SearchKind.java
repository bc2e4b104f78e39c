package org.kuzet.workspace;

/** What a search hit is; the results page groups hits by kind, in this order. */
public enum SearchKind {
  PERSON,
  VEHICLE,
  ACCOUNT,
  COMPANY,
  CASE,
  SEIZURE,
  LOOKOUT,
  TRAINEE,
  WATCHLIST_ENTRY,
  DOCUMENT;

  /** The message key of the kind's heading, e.g. {@code search.kind.PERSON}. */
  public String messageKey() {
    return "search.kind." + name();
  }
}
