package org.kuzet.engine.screening;

import java.util.Objects;

/**
 * One watchlist entry that a query matched at or above the threshold.
 *
 * @param listName the list's name (e.g. "UN", "OFAC")
 * @param listVersion the list version (SHA-256 of its source) that produced the hit
 * @param entryId the entry's id in that list (UN reference number, OFAC ent_num, national id)
 * @param kind what the entry designates
 * @param primaryName the entry's primary name
 * @param matchedName the entry name (primary or alias) that matched best
 * @param score 0-100
 * @param explanation why
 */
public record ScreeningHit(
    String listName,
    String listVersion,
    String entryId,
    EntryKind kind,
    String primaryName,
    String matchedName,
    int score,
    Explanation explanation) {

  public ScreeningHit {
    Objects.requireNonNull(listName, "listName");
    Objects.requireNonNull(listVersion, "listVersion");
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(explanation, "explanation");
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("score out of 0..100: " + score);
    }
  }
}
