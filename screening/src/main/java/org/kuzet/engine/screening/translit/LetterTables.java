package org.kuzet.engine.screening.translit;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Letter tables for the standards ICU4J does not ship. Each table maps one lower-case Cyrillic
 * letter to its lower-case Latin rendering; upper case is derived by {@link Transliteration}.
 */
final class LetterTables {

  private LetterTables() {}

  /**
   * ICAO Doc 9303 (Machine Readable Travel Documents, 8th ed. 2021), Part 3, section 6,
   * "Transliteration of Cyrillic characters" — the form printed in passports' Latin fields.
   * ICAO lists no Kazakh, Uzbek or Tajik letters; for those the table follows the practice of
   * Kazakhstan's and its neighbours' passport offices, which write the base Latin letter (marked
   * "national practice" below).
   */
  static final Map<Character, String> ICAO_9303 =
      table(
          "а", "a", "б", "b", "в", "v", "г", "g", "ґ", "g", "д", "d", "ђ", "d", "ѓ", "g",
          "е", "e", "ё", "e", "є", "ie", "ж", "zh", "з", "z", "ѕ", "dz", "и", "i", "і", "i",
          "ї", "i", "й", "i", "ј", "j", "к", "k", "л", "l", "љ", "lj", "м", "m", "н", "n",
          "њ", "nj", "о", "o", "п", "p", "р", "r", "с", "s", "т", "t", "ћ", "c", "ќ", "k",
          "у", "u", "ў", "u", "ф", "f", "х", "kh", "ц", "ts", "ч", "ch", "џ", "dz", "ш", "sh",
          "щ", "shch", "ъ", "ie", "ы", "y", "ь", "", "э", "e", "ю", "iu", "я", "ia",
          // national practice (Kazakh, Kyrgyz, Uzbek, Tajik letters)
          "ә", "a", "ғ", "g", "қ", "k", "ң", "n", "ө", "o", "ұ", "u", "ү", "u", "һ", "h",
          "ҳ", "h", "ҷ", "j", "ӣ", "i", "ӯ", "u");

  /**
   * GOST 7.79-2000 (ISO 9:1995 adaptation), System B, table 4 — transliteration with letter
   * combinations and the grave accent, as used on Russian web addresses and library records.
   * "ц" is "cz", but "c" before i, e, y, j ({@link Transliteration} applies that rule). System B
   * covers the Slavic languages only; Kazakh, Uzbek and Tajik letters are rendered as in the
   * ICAO table (marked "outside System B").
   */
  static final Map<Character, String> GOST_7_79_B =
      table(
          "а", "a", "б", "b", "в", "v", "г", "g", "ѓ", "g`", "ґ", "g`", "д", "d", "е", "e",
          "ё", "yo", "є", "ye", "ж", "zh", "з", "z", "ѕ", "z`", "и", "i", "й", "j", "ј", "j",
          "і", "i", "ї", "yi", "к", "k", "ќ", "k`", "л", "l", "љ", "l`", "м", "m", "н", "n",
          "њ", "n`", "о", "o", "п", "p", "р", "r", "с", "s", "т", "t", "у", "u", "ў", "u`",
          "ф", "f", "х", "x", "ц", "cz", "ч", "ch", "џ", "dh", "ш", "sh", "щ", "shh", "ъ", "``",
          "ы", "y`", "ь", "`", "э", "e`", "ю", "yu", "я", "ya",
          // outside System B (ICAO 9303 / national practice)
          "ә", "a", "ғ", "g", "қ", "k", "ң", "n", "ө", "o", "ұ", "u", "ү", "u", "һ", "h",
          "ҳ", "h", "ҷ", "j", "ӣ", "i", "ӯ", "u");

  /**
   * Kazakh Latin alphabet as presented by the Government of Kazakhstan on 28 January 2021
   * (31 letters: A Ä B D E F G Ğ H I İ J K L M N Ñ O Ö P Q R S Ş T U Ū Ü V Y Z). Letters that
   * appear only in Russian loanwords (ё, ц, ч, щ, ъ, ь, э, ю, я) have no letter of their own in
   * that alphabet; they are written as the 2021 spelling rules for loanwords do
   * (io, ts, ch, ş, —, —, e, iu, ia).
   */
  static final Map<Character, String> KAZAKH_LATIN_2021 =
      table(
          "а", "a", "ә", "ä", "б", "b", "в", "v", "г", "g", "ғ", "ğ", "д", "d", "е", "e",
          "ё", "io", "ж", "j", "з", "z", "и", "i", "й", "i", "к", "k", "қ", "q", "л", "l",
          "м", "m", "н", "n", "ң", "ñ", "о", "o", "ө", "ö", "п", "p", "р", "r", "с", "s",
          "т", "t", "у", "u", "ұ", "ū", "ү", "ü", "ф", "f", "х", "h", "һ", "h", "ц", "ts",
          "ч", "ch", "ш", "ş", "щ", "ş", "ъ", "", "ы", "y", "і", "ı", "ь", "", "э", "e",
          "ю", "iu", "я", "ia");

  private static Map<Character, String> table(String... pairs) {
    Map<Character, String> map = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i].length() != 1 || map.put(pairs[i].charAt(0), pairs[i + 1]) != null) {
        throw new IllegalStateException("bad or duplicate table letter " + pairs[i]);
      }
    }
    return Collections.unmodifiableMap(map);
  }
}
