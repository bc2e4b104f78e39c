package org.kuzet.watchlist.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kuzet.engine.screening.BirthDate;
import org.kuzet.engine.screening.EntryKind;
import org.kuzet.engine.screening.Watchlist;
import org.kuzet.engine.screening.WatchlistEntry;

class ListDiffTest {

  static WatchlistEntry person(String id, String name, List<String> aliases, int birthYear) {
    return new WatchlistEntry(
        id,
        EntryKind.PERSON,
        name,
        aliases,
        List.of(BirthDate.ofYear(birthYear)),
        List.of(),
        List.of());
  }

  static Watchlist list(String version, WatchlistEntry... entries) {
    return new Watchlist("T", version.repeat(64), Instant.EPOCH, "test", List.of(entries));
  }

  @Test
  void findsAddedChangedAndRemovedEntriesById() {
    var before =
        list(
            "a",
            person("1", "Serikbayev Nurlan", List.of(), 1979),
            person("2", "Akhmedov Rustam", List.of("Ahmedov"), 1981),
            person("3", "Osmonov Bakyt", List.of(), 1977));
    var after =
        list(
            "b",
            person("1", "Serikbayev Nurlan", List.of(), 1979),
            person("2", "Akhmedov Rustam", List.of("Akhmedov R."), 1982),
            person("4", "Nazarov Farrukh", List.of(), 1983));
    var diff = ListDiff.between(before, after);
    assertThat(diff.changes())
        .extracting(c -> c.kind() + " " + c.entryId())
        .containsExactly("CHANGED 2", "ADDED 4", "REMOVED 3");
    assertThat(diff.changes().get(0).detail())
        .isEqualTo("aliases +[Akhmedov R.] -[Ahmedov]; birth dates +[1982] -[1981]");
  }

  @Test
  void aFirstVersionHasNothingToCompareWith() {
    assertThat(ListDiff.between(null, list("a", person("1", "X Y", List.of(), 1970))).changes())
        .isEmpty();
  }
}
