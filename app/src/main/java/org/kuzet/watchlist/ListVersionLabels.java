package org.kuzet.watchlist;

import java.time.Instant;
import java.util.Optional;

/**
 * What a list version recorded by its hash is to a reader: the list's version number and when it
 * was loaded. A Spring bean: inject it.
 */
public interface ListVersionLabels {

  /** A stored list version, as a reader knows it. */
  record Label(String listName, int number, Instant loadedAt, String sha256) {}

  /** The stored version of {@code listName} whose files hash to {@code sha256}, if any. */
  Optional<Label> find(String listName, String sha256);
}
