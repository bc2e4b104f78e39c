package org.kuzet.engine.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link ScreeningEngine#with} indexes only the list it is given and answers exactly as an engine
 * built over all the lists at once: same hits, scores, explanations and list versions.
 */
class EngineWithListTest {

  private static Watchlist un;
  private static Watchlist national;
  private static Watchlist nationalV2;
  private static List<String> queries;

  @BeforeAll
  static void lists() throws WatchlistFormatException {
    un = Watchlists.loadUn(SharedData.path("watchlists/un/UN_consolidated.xml"));
    national = ScreeningFixtures.nationalList();
    String csv =
        String.join(
            "\n",
            "id,name,aliases,birth_date,nationality,document",
            "KZ-001,Нұрлан Әбішұлы Серікбаев,Serikbayev Nurlan Abishevich,1975-03-02,Kazakhstan,N12345678",
            "KZ-007,Болат Серикович Жаксыбеков,Bolat Zhaksybekov,1980,KZ,",
            "");
    nationalV2 =
        Watchlists.parseNational(csv.getBytes(StandardCharsets.UTF_8), "kz-test.csv", "KZ-TEST");
    queries =
        new ArrayList<>(
            List.of(
                "Nurlan Serikbayev",
                "Болат Жаксыбеков",
                "Aigul Serikbayeva",
                "Evgenii Prigozhin",
                "Muhammad Ali",
                "Nurlan Akhmetov",
                "Serikbaev N. A."));
    // every UN alias, and one name of every tenth entry written with a typo
    for (WatchlistEntry e : un.entries()) {
      queries.addAll(e.aliases());
      if (e.id().hashCode() % 10 == 0) {
        String n = e.primaryName();
        queries.add(
            n.length() > 6 ? n.substring(0, 3) + n.charAt(4) + n.charAt(3) + n.substring(5) : n);
      }
    }
  }

  private static void assertSameAnswers(ScreeningEngine actual, ScreeningEngine expected) {
    assertThat(actual.listVersions()).isEqualTo(expected.listVersions());
    assertThat(actual.nameCount()).isEqualTo(expected.nameCount());
    for (String q : queries) {
      ScreeningQuery query = ScreeningQuery.of(q);
      assertThat(actual.screen(query, 60, 20)).as(q).isEqualTo(expected.screen(query, 60, 20));
    }
  }

  @Test
  void addingAListAnswersAsIndexingAllTogether() {
    ScreeningEngine base = ScreeningEngine.of(un);
    ScreeningEngine added = base.with(national);
    assertSameAnswers(added, ScreeningEngine.of(un, national));
    assertThat(base.watchlists()).containsExactly(un); // the engine it came from is unchanged
  }

  @Test
  void replacingAListAnswersAsIndexingAllTogether() {
    ScreeningEngine replaced = ScreeningEngine.of(un, national).with(nationalV2);
    assertSameAnswers(replaced, ScreeningEngine.of(un, nationalV2));
    assertThat(replaced.screen(ScreeningQuery.of("Bolat Zhaksybekov")))
        .extracting(ScreeningHit::entryId)
        .containsExactly("KZ-007");
    assertThat(replaced.screen(ScreeningQuery.of("Aigul Serikbayeva")))
        .extracting(ScreeningHit::entryId)
        .doesNotContain("KZ-002");
  }

  @Test
  void withoutAListScreensTheOthersOnly() {
    ScreeningEngine both = ScreeningEngine.of(un, national);
    assertSameAnswers(both.without("KZ-TEST"), ScreeningEngine.of(un));
    assertThat(both.without("NO-SUCH-LIST")).isSameAs(both);
  }

  @Test
  void aKnownNameInAnotherListMakesSpellingStrictAsWhenIndexedTogether() {
    // "Serikbayev" is written so in the national list: a query part spelt so is a real name there,
    // which must hold for the UN list's names too, as it does with one index over both
    ScreeningEngine together = ScreeningEngine.of(un, national);
    ScreeningEngine apart = ScreeningEngine.of(un).with(national);
    for (String q : List.of("Serikbayev Nurlan", "Prigozhin", "Nurlan Serikbaev")) {
      assertThat(apart.screen(ScreeningQuery.of(q), 0, 50))
          .as(q)
          .isEqualTo(together.screen(ScreeningQuery.of(q), 0, 50));
    }
  }

  @Test
  void twoListsOfOneNameAreRefused() {
    assertThatThrownBy(() -> ScreeningEngine.of(un).with(List.of(national, nationalV2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("KZ-TEST");
  }
}
