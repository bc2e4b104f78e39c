package org.kuzet.engine.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pairs of the public name-pair benchmark that a screening engine must get right (STRONG labels)
 * and near misses it must keep apart, each screened against a list holding the list-side names the
 * way the benchmark run builds it.
 */
class NamePairCasesTest {

  private static final String[][] LISTED = {
    {"1", "Bashar al-Assad", "PERSON"},
    {"2", "A.B.C. Company", "ENTITY"},
    {"3", "Al-Qa'ida/Islamic Army", "ENTITY"},
    {"4", "Vladimir Putin", "PERSON"},
    {"5", "Osama bin Laden", "PERSON"},
    {"6", "Usama ibn Laden", "PERSON"},
    {"7", "Igor Sechin", "PERSON"},
    {"8", "Open Joint Stock Company Gazprom", "ENTITY"},
    {"9", "Sergey Viktorovich LAVROV", "PERSON"},
    {"10", "Alexandre Boris de Pfeffel Johnson", "PERSON"},
    {"11", "Hans Friedrich", "PERSON"},
    {"12", "高市早苗", "PERSON"},
    {"13", "Oleg BARANOV", "PERSON"},
    {"14", "Banco Santander Chile S.A.", "ENTITY"},
    {"15", "Sergei Lavrov", "PERSON"},
    {"16", "AHMAD KHALID HASAN ABDULLAH AL-TAMIMI", "PERSON"},
    {"17", "William W Frost", "PERSON"},
    {"18", "HAJI BASHIR AND ZARJMIL HAWALA COMPANY", "ENTITY"},
    {"19", "KHALID BIN YUSUF AL-HARBI", "PERSON"},
  };

  private static final ScreeningEngine ENGINE = ScreeningEngine.of(list());

  private static Watchlist list() {
    List<WatchlistEntry> entries = new ArrayList<>();
    for (String[] row : LISTED) {
      entries.add(
          new WatchlistEntry(
              row[0],
              EntryKind.valueOf(row[2]),
              row[1],
              List.of(),
              List.of(),
              List.of(),
              List.of()));
    }
    return new Watchlist(
        "PAIRS", "0".repeat(64), Instant.parse("2026-01-01T00:00:00Z"), "name pairs", entries);
  }

  private static List<String> hits(String name) {
    return ENGINE.screen(ScreeningQuery.of(name)).stream().map(ScreeningHit::entryId).toList();
  }

  @ParameterizedTest(name = "{0} finds entry {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Bashar xal-Assad | 1", // a stray letter before a particle
        "A.B.C. Company | 2", // dotted initials are the only name part
        "Al Qaeda | 3", // a list name with a slash holds alternatives
        "Vladimir Pulin | 4", // one slip in a name that is no known name
        "Владимир Пулин | 4",
        "Usama bin Ladin | 5", // first vowel and a vowel inside
        "Osama bin Laden | 6", // bin / ibn
        "Ig0r Sech1n | 7", // digits for look-alike letters
        "OAO Gazprom | 8", // the Russian legal form in Latin letters
        "Sergejs Lavrovs | 9", // Baltic nominative endings
        "Boris Johnson | 10", // the list carries more given names
        "SergeiLavrov | 15", // one query part for two list parts, at the default threshold
        "AHMAD KHALID HASAN AL-TAMIMI | 16", // a part left out is only missing
        "AL-HARBI, KHALID BIN YUSUF | 19", // the family name first
      })
  void strongAndMediumPairsMatch(String query, String entryId) {
    assertThat(hits(query)).contains(entryId);
  }

  @ParameterizedTest(name = "{0} does not find entry {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Sergey Ivanevich Lavrov | 9", // another patronymic: another person
        "高石早苗 | 12", // another character that reads alike
        "Olga Barynova | 13", // other first name, surname one vowel off
        "Banco Santander Mexico S.A. | 14",
        "AHMAD KHALID HASAN ABDULLAH AL-JUBURI | 16", // four parts agree, the fifth names another
        // family
        "Frost, William G. | 17", // another middle initial
        "S Bashir | 18", // a company's words are no initials of a person
        "J. Bashir | 18",
        "YUSUF BIN KHALID AL-HARBI | 19", // the son's and the father's names change places
      })
  void differentPeopleAndBodiesDoNotMatch(String query, String entryId) {
    assertThat(hits(query)).doesNotContain(entryId);
  }

  @Test
  void explanationNamesTheSlipAndTheAlternative() {
    ScreeningHit hit = ENGINE.screen(ScreeningQuery.of("Al Qaeda")).get(0);
    assertThat(hit.matchedName()).isEqualTo("Al-Qa'ida");
    assertThat(hit.explanation().parts())
        .extracting(Explanation.PartMatch::method)
        .contains(MatchMethod.EDIT_DISTANCE);
  }
}
