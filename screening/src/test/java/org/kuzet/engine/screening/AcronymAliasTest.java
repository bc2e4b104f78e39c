package org.kuzet.engine.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Aliases written with initials, dotted acronyms, one-letter parts and no ordinary name part at
 * all, as OFAC lists them: queried as listed, each must find its entry at the default threshold,
 * while a letter or a word of the alias alone must not (initials for a listed person's given names
 * are {@link InitialsTest}'s).
 */
class AcronymAliasTest {

  private static final ScreeningEngine ENGINE = engine();

  private static ScreeningEngine engine() {
    String csv =
        String.join(
            "\n",
            "id,name,aliases,birth_date,nationality,document",
            "E-1,Mohammed Tufail,\"TUFAIL, S.M.\",,,",
            "E-2,Siarhei Charheika,\"CHERGEIKO, S.V.\",,,",
            "E-3,C.I. Distribuidora de Servicios Combustibles,C.I. DISERCOM S.A.,,,",
            "E-4,Dawood Ibrahim Organization,D COMPANY,,,",
            "E-5,Asyaf International Holding Group,AL-,,,",
            "E-6,Yamaki K.K.,KK YAMATERU,,,",
            "E-7,Nejaat Social Welfare Organization,NEJAT-E EJTIMAYEE,,,",
            "E-8,Sercuba,WWW.SERCUBA.COM,,,",
            "E-9,Jund al-Khilafah in Algeria,JAK-A,,,",
            "E-10,Alimzhan Tokhtakhunov,\"TONTARHOVNOV, A.\",,,",
            "E-11,Zubaidi and Qalei LLC,ZK HOLDING,,,",
            "E-12,Sergei Kuznetsov,,,,",
            "");
    try {
      return ScreeningEngine.of(
          Watchlists.parseNational(csv.getBytes(StandardCharsets.UTF_8), "acr.csv", "ACR"));
    } catch (WatchlistFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> ids(String query) {
    return ENGINE.screen(ScreeningQuery.of(query)).stream().map(ScreeningHit::entryId).toList();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "TUFAIL, S.M.        | E-1", // dotted initials of two letters, not looked up, still pair
        "CHERGEIKO, S.V.     | E-2",
        "C.I. DISERCOM S.A.  | E-3",
        "D COMPANY           | E-4", // an initial and a legal form, no name part
        "AL-                 | E-5", // a particle alone
        "KK YAMATERU         | E-6", // a short part is not swallowed by a run written together
        "NEJAT-E EJTIMAYEE   | E-7",
        "WWW.SERCUBA.COM     | E-8",
        "JAK-A               | E-9", // one part and a letter, written so on both sides
        "TONTARHOVNOV, A.    | E-10",
        "ZK HOLDING          | E-11"
      })
  void aliasQueriedAsListedFindsItsEntry(String query, String entry) {
    assertThat(ids(query)).as(query).contains(entry);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "D            | E-4", // a letter is not the listed D COMPANY
        "Holding      | E-11"
      })
  void aPartOfAnAcronymAliasIsNotEnough(String query, String entry) {
    assertThat(ids(query)).as(query).doesNotContain(entry);
  }
}
