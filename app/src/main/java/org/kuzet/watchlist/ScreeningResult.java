package org.kuzet.watchlist;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kuzet.engine.screening.ScreeningHit;

/**
 * What one screening found, and against which list versions: keep {@link #listVersions()} with any
 * decision taken on the hits, so it can be explained later even after the lists changed.
 *
 * @param hits the hits at or above the engine's threshold, best first, each with its explanation
 * @param listVersions list name to the version (SHA-256 of its source) screened against; empty when
 *     no list was active
 */
public record ScreeningResult(List<ScreeningHit> hits, Map<String, String> listVersions) {

  public ScreeningResult {
    hits = List.copyOf(hits);
    Objects.requireNonNull(listVersions, "listVersions");
    // Insertion order kept (lists in a stable order), but read-only.
    listVersions = Collections.unmodifiableMap(new LinkedHashMap<>(listVersions));
  }

  /** Whether anything scored at or above the threshold. */
  public boolean hasHits() {
    return !hits.isEmpty();
  }

  /** The best score, or 0 without hits. */
  public int bestScore() {
    return hits.isEmpty() ? 0 : hits.get(0).score();
  }

  /** Whether any list was active when screening ran; without one a clear result means nothing. */
  public boolean screenedAgainstAnyList() {
    return !listVersions.isEmpty();
  }
}
