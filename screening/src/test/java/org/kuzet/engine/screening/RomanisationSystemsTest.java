package org.kuzet.engine.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One table per romanisation system: a person listed only in Cyrillic, queried as each system
 * writes the name (written here from the standard or practice named, letter by letter), is found at
 * the default threshold. Russian names for the Russian systems and the European languages'
 * renderings; a Kazakh name for the Kazakh Latin alphabets and passport practice.
 */
class RomanisationSystemsTest {

  private static final ScreeningEngine ENGINE = engine();

  private static ScreeningEngine engine() {
    String csv =
        String.join(
            "\n",
            "id,name,aliases,birth_date,nationality,document",
            "R-1,Хрущёв Вячеслав Юрьевич,,,,",
            "R-2,Жуков Михаил Ильич,,,,",
            "K-1,Серікбаев Нұрлан Әбішұлы,,,,",
            "");
    try {
      return ScreeningEngine.of(
          Watchlists.parseNational(csv.getBytes(StandardCharsets.UTF_8), "r.csv", "R"));
    } catch (WatchlistFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void found(String system, String query, String id) {
    assertThat(ENGINE.screen(ScreeningQuery.of(query)))
        .as(system + ": " + query)
        .extracting(ScreeningHit::entryId)
        .contains(id);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ICAO 9303 (2013 passports)            | Viacheslav Iurevich Khrushchev",
        "ICAO before 2013 (MVD order 310, 1997) | Vyacheslav Yurevich Khrushchev",
        "BGN/PCGN 1947                          | Vyacheslav Yur'yevich Khrushchëv",
        "Library of Congress (ALA-LC)           | Vi͡acheslav I͡urʹevich Khrushchëv",
        "scholarly                              | Vjačeslav Jur'evič Xruščëv",
        "ISO 9 / GOST 7.79 System A             | Vâčeslav Ûrʹevič Hruŝëv",
        "GOST 7.79 System B                     | Vyacheslav Yur`evich Xrushhyov",
        "GOST 16876-71 table 2                  | Vjacheslav Jur'evich Khrushhjov",
        "German (Duden)                         | Wjatscheslaw Jurjewitsch Chruschtschow",
        "French                                 | Viatcheslav Iourievitch Khrouchtchev",
        "Polish                                 | Wiaczesław Jurjewicz Chruszczow",
        "Czech                                  | Vjačeslav Jurjevič Chruščov",
        "Spanish                                | Viacheslav Yurievich Jruschov",
        "Turkish                                | Vyaçeslav Yuryeviç Hruşçov",
        "Ukrainian national 2010                | Viacheslav Yuriiovych Khrushchov",
        "Belarusian national 2007               | Viačaslaŭ Jurjevič Chruščoŭ",
        "Uzbek Latin 1995                       | Vyacheslav Yuryevich Xrushchyov",
        "Tajik (BGN/PCGN 1994)                  | Vyacheslav Yurevich Khrushchyov",
      })
  void russianNameInEverySystem(String system, String query) {
    found(system, query, "R-1");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ICAO 9303                | Mikhail Ilich Zhukov",
        "BGN/PCGN                 | Mikhail Il'ich Zhukov",
        "scholarly                | Mixail Il'ič Žukov",
        "ISO 9                    | Mihail Ilʹič Žukov",
        "GOST 7.79 System B       | Mixail Il`ich Zhukov",
        "GOST 16876-71 table 2    | Mikhail Il'ich Zhukov",
        "German (Duden)           | Michail Iljitsch Shukow",
        "French                   | Mikhaïl Ilitch Joukov",
        "Polish                   | Michaił Iljicz Żukow",
        "Czech                    | Michail Iljič Žukov",
        "Spanish                  | Mijaíl Ílich Zhúkov",
        "Turkish                  | Mihail İlyiç Jukov",
        "Uzbek Latin              | Mixail Ilich Jukov",
      })
  void secondRussianNameInEverySystem(String system, String query) {
    found(system, query, "R-2");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Kazakh Latin 2021                    | Nūrlan Äbışūly Serıkbaev",
        "Kazakh Latin 2017 (apostrophes)      | Ny'rlan A'bi's'y'ly Seri'kbaev",
        "Kazakh Latin 2018 (acutes)           | Nurlan Ábishuly Serikbaev",
        "Kazakh passport practice (ICAO)      | Nurlan Abishuly Serikbayev",
        "BGN/PCGN for Kazakh                  | Nurlan Äbishuly Serikbayev",
        "Russian spelling, -ovich patronymic  | Nurlan Abishevich Serikbaev",
        "Kazakh patronymic written apart      | Nurlan Abish uly Serikbaev",
      })
  void kazakhNameInEveryAlphabet(String system, String query) {
    found(system, query, "K-1");
  }
}
