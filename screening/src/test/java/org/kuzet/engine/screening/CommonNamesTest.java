package org.kuzet.engine.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ordinary names screened against the real UN and OFAC lists: a common first name shared with a
 * listed person, plus a different common surname, must not reach the default threshold, while the
 * listed people themselves are still found under other spellings.
 */
class CommonNamesTest {

  private static final ScreeningEngine ENGINE = engine();

  private static ScreeningEngine engine() {
    try {
      return ScreeningEngine.of(Watchlists.loadDirectory(SharedData.path("watchlists")));
    } catch (WatchlistFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Sergei Smirnov", // met MIRONOV, Sergei by two slips: Smirnov is a name of its own
        "Сергей Смирнов",
        "Andrei Kozlov", // KISLOV, Andrey: same consonants, other name
        "Tatiana Zakharova", // SAKHAROVA, Tatiana: another first letter
        "Olga Nikolaeva", // a surname is not the listed woman's patronymic Nikolayevna
        "Elena Andreeva",
        "Sergei Kuznetsov", // S. KUZNETSOV: one surname and one initial are too little
        "Svetlana Kuznetsova",
        "Aleksei Morozov", // ELIX M
        "Mary Taylor", // TAYLOR, Mark
        "Marina Andreeva" // ANDREA MARTINA LIMITED
      })
  void commonNamesDoNotMatchListedPeople(String name) {
    assertThat(ENGINE.screen(ScreeningQuery.of(name))).as(name).isEmpty();
  }

  @Test
  void listedPeopleAreStillFoundUnderOtherSpellings() {
    List<String> mironov =
        ENGINE.screen(ScreeningQuery.of("Сергей Миронов")).stream()
            .map(ScreeningHit::matchedName)
            .toList();
    assertThat(mironov).contains("MIRONOV, Sergei");
    List<String> kislov =
        ENGINE.screen(ScreeningQuery.of("Andrei Kislov")).stream()
            .map(ScreeningHit::matchedName)
            .toList();
    assertThat(kislov).anyMatch(n -> n.startsWith("KISLOV"));
  }
}
