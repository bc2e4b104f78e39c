package org.kuzet.interdiction.internal.inspection;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.screening.BirthDate;
import org.kuzet.engine.screening.ScreeningHit;
import org.kuzet.engine.screening.ScreeningQuery;
import org.kuzet.watchlist.ExplanationWords;
import org.kuzet.watchlist.ScreeningResult;
import org.kuzet.watchlist.WatchlistScreening;
import org.springframework.stereotype.Component;

/** Person screening over the watchlist module: every person against the active list versions. */
@Component
class WatchlistPersonScreening implements PersonScreening {

  private final WatchlistScreening screening;
  private final ExplanationWords words;

  WatchlistPersonScreening(WatchlistScreening screening, ExplanationWords words) {
    this.screening = screening;
    this.words = words;
  }

  @Override
  public List<Screened> screenAll(List<Query> people) {
    if (people.isEmpty()) {
      return List.of();
    }
    return screening
        .screenAll(people.stream().map(WatchlistPersonScreening::query).toList())
        .stream()
        .map(this::screened)
        .toList();
  }

  private static ScreeningQuery query(Query q) {
    return new ScreeningQuery(q.name(), birth(q.birthDate()), q.nationality(), q.documentNumber());
  }

  private static @Nullable BirthDate birth(@Nullable LocalDate d) {
    return d == null ? null : BirthDate.of(d);
  }

  private Screened screened(ScreeningResult r) {
    return new Screened(r.hits().stream().map(this::found).toList(), r.listVersions());
  }

  /**
   * The English words for the record and the API, and the facts pages word in the reader's
   * language.
   */
  private Found found(ScreeningHit h) {
    return new Found(
        h.listName(),
        h.entryId(),
        h.matchedName(),
        h.score(),
        h.explanation().render().strip(),
        words.facts(h.explanation()));
  }
}
