package org.kuzet.watchlist.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * <p>Engines are immutable, one per list: activating a version builds that list's engine off to
 * the side (the big UN and OFAC indexes are not rebuilt when a small national list changes) and
 * swaps the whole snapshot in one step, so screening never waits, never sees half a change, and
 * needs no restart. Every result names the versions of the very snapshot that produced it.
 */
@Service
class ActiveLists implements WatchlistScreening {

  private static final Comparator<ScreeningHit> BEST_FIRST =
      Comparator.comparingInt(ScreeningHit::score).reversed().thenComparing(ScreeningHit::listName);

  /** The lists in force, each with its engine, ordered by list name; immutable. */
  record Snapshot(Map<String, Watchlist> lists, Map<String, ScreeningEngine> engines) {
    Snapshot {
      lists = java.util.Collections.unmodifiableMap(new TreeMap<>(lists));
      engines = java.util.Collections.unmodifiableMap(new TreeMap<>(engines));
    }

    static Snapshot empty() {
      return new Snapshot(Map.of(), Map.of());
    }

    public Map<String, String> versions() {
      Map<String, String> out = new LinkedHashMap<>();
      lists.forEach((name, list) -> out.put(name, list.version()));
      return out;
    }

    int nameCount() {
      return engines.values().stream().mapToInt(ScreeningEngine::nameCount).sum();
    }
  }

  private final AtomicReference<Snapshot> current = new AtomicReference<>(Snapshot.empty());

  Snapshot current() {
    return current.get();
  }

  /** The active version of a list, as parsed, or null when the list has none. */
  @Nullable Watchlist list(String name) {
    return current.get().lists().get(name);
  }

  /** Puts a new snapshot in force. */
  void swap(Snapshot next) {
    current.set(next);
  }

  @Override
  public ScreeningResult screen(ScreeningQuery query) {
    return screen(current.get(), query);
  }

  @Override
  public List<ScreeningResult> screenAll(List<ScreeningQuery> queries) {
    Snapshot snapshot = current.get();
    List<ScreeningResult> out = new ArrayList<>(queries.size());
    for (ScreeningQuery q : queries) {
      out.add(screen(snapshot, q));
    }
    return out;
  }

  @Override
  public Map<String, String> activeVersions() {
    return current.get().versions();
  }

  /** The number of names (primary and aliases) indexed over all active lists. */
  int nameCount() {
    return current.get().nameCount();
  }

  /**
   * Screens against every list of the snapshot: each engine returns its best hits, and the best
   * {@link ScreeningEngine#DEFAULT_LIMIT} of them all are kept, best first.
   */
  static ScreeningResult screen(Snapshot snapshot, ScreeningQuery query) {
    List<ScreeningHit> hits = new ArrayList<>();
    for (ScreeningEngine engine : snapshot.engines().values()) {
      hits.addAll(engine.screen(query));
    }
    hits.sort(BEST_FIRST);
    if (hits.size() > ScreeningEngine.DEFAULT_LIMIT) {
      hits = hits.subList(0, ScreeningEngine.DEFAULT_LIMIT);
    }
    return new ScreeningResult(hits, snapshot.versions());
  }

  /** A snapshot with these lists in force, building engines only for them. */
  static Snapshot with(Snapshot base, Collection<Watchlist> replacements) {
    var lists = new TreeMap<>(base.lists());
    var engines = new TreeMap<>(base.engines());
    // Several lists at once (start-up, demo data): their indexes are built side by side.
    Map<String, ScreeningEngine> built =
        replacements.parallelStream()
            .collect(java.util.stream.Collectors.toConcurrentMap(Watchlist::name, ScreeningEngine::of));
    for (Watchlist w : replacements) {
      lists.put(w.name(), w);
      engines.put(w.name(), built.get(w.name()));
    }
    return new Snapshot(lists, engines);
  }
}
