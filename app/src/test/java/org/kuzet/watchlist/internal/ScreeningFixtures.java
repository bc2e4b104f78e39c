package org.kuzet.watchlist.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kuzet.engine.screening.BirthDate;
import org.kuzet.engine.screening.EntryKind;
import org.kuzet.engine.screening.ScreeningEngine;
import org.kuzet.engine.screening.ScreeningQuery;
import org.kuzet.engine.screening.Watchlist;
import org.kuzet.engine.screening.WatchlistEntry;
import org.kuzet.watchlist.ScreeningResult;
import org.kuzet.watchlist.WatchlistScreening;

/** Watchlist screening test data: a small national list and the people a post checks against it. */
final class ScreeningFixtures {

  static final String LIST = "KZ-NATIONAL-TEST";

  private ScreeningFixtures() {}

  /**
   * A national list of two wanted people, one of them with a Latin alias and a known birth date.
   */
  static Watchlist nationalList() {
    return new Watchlist(
        LIST,
        "ab".repeat(32),
        Instant.parse("2026-11-01T06:00:00Z"),
        "fixtures",
        List.of(
            new WatchlistEntry(
                "KZN-T01",
                EntryKind.PERSON,
                "Жаксылыков Ерлан",
                List.of("Zhaksylykov Erlan"),
                List.of(BirthDate.of(LocalDate.of(1985, 11, 3))),
                List.of("KZ"),
                List.of()),
            new WatchlistEntry(
                "KZN-T02",
                EntryKind.PERSON,
                "Оспанова Динара",
                List.of(),
                List.of(),
                List.of("KZ"),
                List.of())));
  }

  /** The screening the application does, over {@link #nationalList()} only. */
  static WatchlistScreening screeningOverTheNationalList() {
    ScreeningEngine engine = ScreeningEngine.of(nationalList());
    return new WatchlistScreening() {
      @Override
      public ScreeningResult screen(ScreeningQuery query) {
        return new ScreeningResult(engine.screen(query), engine.listVersions());
      }

      @Override
      public List<ScreeningResult> screenAll(List<ScreeningQuery> queries) {
        return queries.stream().map(this::screen).toList();
      }

      @Override
      public Map<String, String> activeVersions() {
        return engine.listVersions();
      }
    };
  }

  /**
   * A passenger who is on the national list, as the officer types them: Latin script, birth date.
   */
  static ScreeningQuery listedPassenger() {
    return new ScreeningQuery(
        "Erlan Zhaksylykov", BirthDate.of(LocalDate.of(1985, 11, 3)), "KZ", null);
  }

  /** A passenger on no list. */
  static ScreeningQuery unlistedPassenger() {
    return ScreeningQuery.of("Тлеубаев Серик");
  }
}
