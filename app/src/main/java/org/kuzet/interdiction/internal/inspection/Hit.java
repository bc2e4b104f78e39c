package org.kuzet.interdiction.internal.inspection;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.kuzet.interdiction.LookoutId;
import org.kuzet.interdiction.internal.post.InspectionId;

/**
 * What a check found about an inspection: a watchlist entry a person matched (with the list
 * versions that were screened) or an active lookout the vehicle or a person matched.
 *
 * @param kind WATCHLIST or LOOKOUT
 * @param foundBy LOGGING (at the post) or RESCREEN (after the watchlists changed)
 * @param score 0-100; lookouts always 100
 * @param explanation why it matched, in English words (the record and the API)
 * @param explanationFacts the explanation as facts that pages word in the reader's language: for
 *     watchlist hits the screening explanation ({@link org.kuzet.watchlist.ExplanationWords}), for
 *     lookout hits a {@link LookoutReason}; null on older hits that could not be read
 */
public record Hit(
    long id,
    InspectionId inspectionId,
    @Nullable Long personId,
    String kind,
    String foundBy,
    @Nullable String listName,
    @Nullable String entryId,
    @Nullable String matchedName,
    int score,
    String explanation,
    @Nullable String listVersions,
    @Nullable LookoutId lookoutId,
    Instant foundAt,
    @Nullable String explanationFacts) {

  public boolean watchlist() {
    return "WATCHLIST".equals(kind);
  }

  /** For a lookout hit, why it matched as facts; null for watchlist hits and unread older ones. */
  public @Nullable LookoutReason lookoutReason() {
    return watchlist() ? null : LookoutReason.stored(explanationFacts);
  }
}
