package org.kuzet.watchlist.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.screening.ScreeningEngine;
import org.kuzet.engine.screening.ScreeningHit;
import org.kuzet.engine.screening.ScreeningQuery;
import org.kuzet.engine.screening.Watchlist;
import org.kuzet.watchlist.ScreeningResult;
import org.kuzet.watchlist.WatchlistScreening;
import org.springframework.stereotype.Service;

/**
 * The active list versions and the screening engines built over them.
 *
 * <p>The engine is immutable and indexes each list on its own: activating a version builds only
 * that list's index off to the side ({@link ScreeningEngine#with}; the big UN and OFAC indexes are
 * shared, not rebuilt, when a small national list changes) and swaps the whole snapshot in one
 * step, so screening never waits, never sees half a change, and needs no restart. Every result
 * names the versions of the very snapshot that produced it.
 */
@Service
class ActiveLists implements WatchlistScreening {

  /** The lists in force, ordered by list name, and the engine over all of them; immutable. */
  record Snapshot(Map<String, Watchlist> lists, ScreeningEngine engine) {
    Snapshot {
      lists = Collections.unmodifiableMap(new TreeMap<>(lists));
    }

    static Snapshot empty() {
      return new Snapshot(Map.of(), ScreeningEngine.of(List.of()));
    }

    public Map<String, String> versions() {
      Map<String, String> out = new LinkedHashMap<>();
      lists.forEach((name, list) -> out.put(name, list.version()));
      return out;
    }

    int nameCount() {
      return engine.nameCount();
    }
  }

  private final AtomicReference<Snapshot> current = new AtomicReference<>(Snapshot.empty());

  /** The snapshot in force: one always is, from the empty one on. */
  Snapshot current() {
    return Objects.requireNonNull(current.get(), "no snapshot in force");
  }

  /** The active version of a list, as parsed, or null when the list has none. */
  @Nullable Watchlist list(String name) {
    return current().lists().get(name);
  }

  /** Puts a new snapshot in force. */
  void swap(Snapshot next) {
    current.set(next);
  }

  @Override
  public ScreeningResult screen(ScreeningQuery query) {
    return screen(current(), query);
  }

  @Override
  public List<ScreeningResult> screenAll(List<ScreeningQuery> queries) {
    Snapshot snapshot = current();
    List<ScreeningResult> out = new ArrayList<>(queries.size());
    for (ScreeningQuery q : queries) {
      out.add(screen(snapshot, q));
    }
    return out;
  }

  @Override
  public Map<String, String> activeVersions() {
    return current().versions();
  }

  /** The number of names (primary and aliases) indexed over all active lists. */
  int nameCount() {
    return current().nameCount();
  }

  /**
   * Screens against every list of the snapshot: the best {@link ScreeningEngine#DEFAULT_LIMIT}
   * hits.
   */
  static ScreeningResult screen(Snapshot snapshot, ScreeningQuery query) {
    List<ScreeningHit> hits = snapshot.engine().screen(query);
    return new ScreeningResult(hits, snapshot.versions());
  }

  /** A snapshot with these lists in force, indexing only them. */
  static Snapshot with(Snapshot base, Collection<Watchlist> replacements) {
    var lists = new TreeMap<>(base.lists());
    for (Watchlist w : replacements) {
      lists.put(w.name(), w);
    }
    return new Snapshot(lists, base.engine().with(replacements));
  }
}
