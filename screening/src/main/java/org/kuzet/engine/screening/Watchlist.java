package org.kuzet.engine.screening;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One loaded version of a sanctions or watch list.
 *
 * @param name the list's name: {@code "UN"}, {@code "OFAC"}, or a national list's name (the file
 *     name without {@code .csv}); several OFAC snapshots loaded from one directory are told apart
 *     as {@code "OFAC@<folder>"}
 * @param version lower-case hex SHA-256 of the source bytes (for OFAC, of sdn.csv, alt.csv, add.csv
 *     and sdn_comments.csv in that order, as present), so a screening result can name exactly the
 *     list it used
 * @param loadedAt when the list was read
 * @param source where it was read from (a path)
 * @param entries the entries, in file order, ids unique
 */
public record Watchlist(
    String name, String version, Instant loadedAt, String source, List<WatchlistEntry> entries) {

  public Watchlist {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("watchlist name is blank");
    }
    if (version == null || !version.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("watchlist version must be a SHA-256 hex digest");
    }
    Objects.requireNonNull(loadedAt, "loadedAt");
    Objects.requireNonNull(source, "source");
    entries = List.copyOf(entries);
    Map<String, Boolean> seen = new HashMap<>();
    for (WatchlistEntry e : entries) {
      if (seen.put(e.id(), Boolean.TRUE) != null) {
        throw new IllegalArgumentException("duplicate entry id " + e.id() + " in list " + name);
      }
    }
  }

  /** The entry with this id. */
  public Optional<WatchlistEntry> entry(String id) {
    return entries.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** The same list under another name. */
  public Watchlist withName(String newName) {
    return new Watchlist(newName, version, loadedAt, source, entries);
  }

  @Override
  public String toString() {
    return name + " (" + entries.size() + " entries, version " + version.substring(0, 12) + ")";
  }
}
