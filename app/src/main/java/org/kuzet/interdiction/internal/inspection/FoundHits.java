package org.kuzet.interdiction.internal.inspection;

import java.time.Instant;
import java.util.Optional;
import org.kuzet.interdiction.internal.lookout.Lookout;
import org.kuzet.interdiction.internal.post.InspectionId;

/**
 * The hits an inspection's checks found at the post, as they are saved (id 0 until then): the
 * vehicle matching a lookout, a person matching a watchlist entry, a person matching a lookout.
 */
final class FoundHits {

  static final String LOOKOUT = "LOOKOUT";
  static final String WATCHLIST = "WATCHLIST";
  static final String LOGGING = "LOGGING";

  private FoundHits() {}

  /** The plate matched a vehicle lookout; lookout hits always score 100. */
  static Hit vehicle(InspectionId inspection, Lookout l, String plate, Instant now) {
    LookoutReason why =
        LookoutReason.plate(
            l.id().value(), plate, String.valueOf(l.plate()), l.issuedBy(), l.reason());
    return new Hit(
        0,
        inspection,
        null,
        LOOKOUT,
        LOGGING,
        null,
        l.id().toString(),
        l.plate(),
        100,
        why.english(),
        null,
        l.id(),
        now,
        why.stored());
  }

  /** A person matched a person lookout, or empty when the lookout is not about this person. */
  static Optional<Hit> person(
      InspectionId inspection, long personId, NewPerson p, Lookout l, Instant now) {
    LookoutReason why = PersonMatching.why(p, l);
    if (why == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Hit(
            0,
            inspection,
            personId,
            LOOKOUT,
            LOGGING,
            null,
            l.id().toString(),
            l.personName(),
            100,
            why.english(),
            null,
            l.id(),
            now,
            why.stored()));
  }

  /** A person matched a watchlist entry; the hit keeps the versions of the lists screened. */
  static Hit watchlist(
      InspectionId inspection,
      long personId,
      PersonScreening.Screened s,
      PersonScreening.Found f,
      Instant now) {
    return new Hit(
        0,
        inspection,
        personId,
        WATCHLIST,
        LOGGING,
        f.listName(),
        f.entryId(),
        f.matchedName(),
        f.score(),
        f.explanation(),
        s.versionsText(),
        null,
        now,
        f.explanationFacts());
  }

  /** The hit as saved under its new id. */
  static Hit saved(Hit h, long id) {
    return new Hit(
        id,
        h.inspectionId(),
        h.personId(),
        h.kind(),
        h.foundBy(),
        h.listName(),
        h.entryId(),
        h.matchedName(),
        h.score(),
        h.explanation(),
        h.listVersions(),
        h.lookoutId(),
        h.foundAt(),
        h.explanationFacts());
  }
}
