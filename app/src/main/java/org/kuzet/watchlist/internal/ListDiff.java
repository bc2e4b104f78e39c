package org.kuzet.watchlist.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.screening.Watchlist;
import org.kuzet.engine.screening.WatchlistEntry;

/**
 * What a new list version adds, changes and removes compared with another version, entry by entry
 * (entries are matched by the list's own id: UN reference number, OFAC ent_num, national id).
 */
record ListDiff(List<Change> changes) {

  enum Kind {
    ADDED,
    CHANGED,
    REMOVED
  }

  /** One entry that differs; {@code detail} says which fields, for CHANGED. */
  record Change(Kind kind, String entryId, String entryName, @Nullable String detail) {
    Change {
      Objects.requireNonNull(kind, "kind");
      entryName = clip(entryName, 500);
      detail = detail == null ? null : clip(detail, 1000);
    }
  }

  ListDiff {
    changes = List.copyOf(changes);
  }

  /** Changes from {@code before} to {@code after}; none when there is nothing before. */
  static ListDiff between(@Nullable Watchlist before, Watchlist after) {
    if (before == null) {
      return new ListDiff(List.of());
    }
    Map<String, WatchlistEntry> old = new LinkedHashMap<>();
    for (WatchlistEntry e : before.entries()) {
      old.put(e.id(), e);
    }
    List<Change> changes = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (WatchlistEntry e : after.entries()) {
      seen.add(e.id());
      WatchlistEntry was = old.get(e.id());
      if (was == null) {
        changes.add(new Change(Kind.ADDED, e.id(), e.primaryName(), null));
      } else if (!was.equals(e)) {
        changes.add(new Change(Kind.CHANGED, e.id(), e.primaryName(), describe(was, e)));
      }
    }
    for (WatchlistEntry e : before.entries()) {
      if (!seen.contains(e.id())) {
        changes.add(new Change(Kind.REMOVED, e.id(), e.primaryName(), null));
      }
    }
    return new ListDiff(changes);
  }

  long count(Kind kind) {
    return changes.stream().filter(c -> c.kind() == kind).count();
  }

  /** Which fields differ, in words: "name 'A' -> 'B'; aliases +[..] -[..]; birth dates ...". */
  static String describe(WatchlistEntry was, WatchlistEntry now) {
    List<String> parts = new ArrayList<>();
    if (!was.primaryName().equals(now.primaryName())) {
      parts.add("name '" + was.primaryName() + "' -> '" + now.primaryName() + "'");
    }
    if (was.kind() != now.kind()) {
      parts.add("kind " + was.kind() + " -> " + now.kind());
    }
    setChange(parts, "aliases", was.aliases(), now.aliases());
    setChange(parts, "birth dates", was.birthDates(), now.birthDates());
    setChange(parts, "nationalities", was.nationalities(), now.nationalities());
    setChange(parts, "documents", was.documents(), now.documents());
    return parts.isEmpty() ? "order of values" : String.join("; ", parts);
  }

  private static void setChange(List<String> parts, String field, List<?> was, List<?> now) {
    Set<Object> added = new HashSet<>(now);
    was.forEach(added::remove);
    Set<Object> removed = new HashSet<>(was);
    now.forEach(removed::remove);
    if (added.isEmpty() && removed.isEmpty()) {
      if (!was.equals(now)) {
        parts.add(field + " reordered");
      }
      return;
    }
    StringBuilder s = new StringBuilder(field);
    if (!added.isEmpty()) {
      s.append(" +").append(added);
    }
    if (!removed.isEmpty()) {
      s.append(" -").append(removed);
    }
    parts.add(s.toString());
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
