package org.kuzet.interdiction.internal.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Screening of persons against the active watchlists, as the interdiction module needs it.
 * Implemented over the watchlist module's screening service.
 */
interface PersonScreening {

  /** Screens the persons against one and the same set of list versions; results in order. */
  List<Screened> screenAll(List<Query> people);

  /** One person to screen. */
  record Query(
      String name,
      @Nullable LocalDate birthDate,
      @Nullable String nationality,
      @Nullable String documentNumber) {}

  /** The hits and the versions of the lists screened (list name to version). */
  record Screened(List<Found> hits, Map<String, String> listVersions) {
    public Screened {
      hits = List.copyOf(hits);
      listVersions = Map.copyOf(listVersions);
    }

    String versionsText() {
      return listVersions.entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .map(e -> e.getKey() + "=" + e.getValue())
          .reduce((a, b) -> a + "; " + b)
          .orElse("");
    }
  }

  /** One watchlist entry a person matched. */
  record Found(
      String listName,
      String entryId,
      String matchedName,
      int score,
      String explanation,
      @Nullable String explanationFacts) {}
}
