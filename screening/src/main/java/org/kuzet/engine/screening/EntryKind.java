package org.kuzet.engine.screening;

/** What a watchlist entry designates. */
public enum EntryKind {
  PERSON,
  ENTITY,
  VESSEL,
  AIRCRAFT,
  UNKNOWN
}
