package org.kuzet.interdiction.internal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.screening.BirthDate;
import org.kuzet.engine.screening.ScreeningHit;
import org.kuzet.engine.screening.ScreeningQuery;
import org.kuzet.watchlist.ScreeningResult;
import org.kuzet.watchlist.WatchlistScreening;
import org.springframework.stereotype.Component;

/** Person screening over the watchlist module: every person against the active list versions. */
@Component
class WatchlistPersonScreening implements PersonScreening {

  private final WatchlistScreening screening;

  WatchlistPersonScreening(WatchlistScreening screening) {
    this.screening = screening;
  }

  @Override
  public List<Screened> screenAll(List<Query> people) {
    if (people.isEmpty()) {
      return List.of();
    }
    return screening.screenAll(people.stream().map(WatchlistPersonScreening::query).toList()).stream()
        .map(WatchlistPersonScreening::screened)
        .toList();
  }

  private static ScreeningQuery query(Query q) {
    return new ScreeningQuery(q.name(), birth(q.birthDate()), q.nationality(), q.documentNumber());
  }

  private static @Nullable BirthDate birth(@Nullable LocalDate d) {
    return d == null ? null : BirthDate.of(d);
  }

  private static Screened screened(ScreeningResult r) {
    return new Screened(r.hits().stream().map(WatchlistPersonScreening::found).toList(), r.listVersions());
  }

  private static Found found(ScreeningHit h) {
    return new Found(h.listName(), h.entryId(), h.matchedName(), h.score(), h.explanation().render().strip());
  }
}
