package org.kuzet.evaluation.names;

/**
 * Romanisation tables for Russian from the passport, geographic, library and transliteration
 * standards. Each table is written from the standard named above it.
 */
final class RussianStandardTables {

  /** Signs and vowels after which iotated vowels are written with their glide. */
  private static final String VOWELS_AND_SIGNS = LetterTable.VOWELS + "ъь";

  private RussianStandardTables() {}

  /** The letters every Russian system here writes the same way. */
  static LetterTable.Builder shared() {
    return LetterTable.builder()
        .pairs(
            "а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "з", "z", "и", "i", "к", "k", "л",
            "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r", "с", "s", "т", "t", "у", "u",
            "ф", "f");
  }

  // ICAO Doc 9303 Part 3 (7th edition, 2015; Russian passports since FMS order 320 of 2012,
  // issued from 2013): Е Ё Э -> E, Й -> I, Ъ -> IE, Ь omitted, Ю -> IU, Я -> IA; capitals in
  // the visual and machine-readable zones.
  static LetterTable icao2013() {
    return shared()
        .pairs(
            "е", "e", "ё", "e", "ж", "zh", "й", "i", "х", "kh", "ц", "ts", "ч", "ch", "ш", "sh",
            "щ", "shch", "ъ", "ie", "ы", "y", "ь", "", "э", "e", "ю", "iu", "я", "ia")
        .upperCase()
        .build();
  }

  // Russian passports of 1997-2010 (MVD order 310 of 26 May 1997, instruction on issuing
  // passports for travel abroad): Ж -> ZH, Й -> Y, Х -> KH, Ц -> TS, Щ -> SHCH, Ю -> YU,
  // Я -> YA; Е and Ё -> YE at the start and after vowels and signs, E elsewhere (YO for Ё after
  // vowels); И -> YI after Ь. The order writes Ь as an apostrophe, which the machine-readable
  // zone cannot hold, so it is left out here as on most issued passports.
  static LetterTable icaoPre2013() {
    return shared()
        .pairs(
            "ж", "zh", "й", "y", "х", "kh", "ц", "ts", "ч", "ch", "ш", "sh", "щ", "shch", "ъ", "",
            "ы", "y", "ь", "", "э", "e", "ю", "yu", "я", "ya")
        .iotated("е", "ye", "e", VOWELS_AND_SIGNS)
        .rule("ё", c -> c.initial() ? "ye" : c.afterAny(VOWELS_AND_SIGNS) ? "yo" : "e")
        .rule("и", c -> c.afterAny("ь") ? "yi" : "i")
        .upperCase()
        .build();
  }

  // Russian passports of March 2010 to 2013 (FMS order 26 of 3 February 2010, table of
  // GOST R 52535.1-2006): as ICAO but Ц -> TC and Ъ omitted.
  static LetterTable gostR52535() {
    return shared()
        .pairs(
            "е", "e", "ё", "e", "ж", "zh", "й", "i", "х", "kh", "ц", "tc", "ч", "ch", "ш", "sh",
            "щ", "shch", "ъ", "", "ы", "y", "ь", "", "э", "e", "ю", "iu", "я", "ia")
        .upperCase()
        .build();
  }

  // BGN/PCGN 1947 system for Russian: Е -> ye at the start and after vowels, Й, Ъ, Ь;
  // Ё -> yë / ë likewise; Й -> y; Ъ -> ” ; Ь -> ’ ; Ю -> yu; Я -> ya; Х -> kh; Ц -> ts; Щ -> shch.
  static LetterTable bgnPcgn() {
    String softeners = VOWELS_AND_SIGNS + "й";
    return shared()
        .pairs(
            "ж", "zh", "й", "y", "х", "kh", "ц", "ts", "ч", "ch", "ш", "sh", "щ", "shch", "ъ", "”",
            "ы", "y", "ь", "’", "э", "e", "ю", "yu", "я", "ya")
        .iotated("е", "ye", "e", softeners)
        .iotated("ё", "yë", "ë", softeners)
        .build();
  }

  // ALA-LC (Library of Congress) romanisation table for Russian, with its tie bars:
  // Ё -> ë, Й -> ĭ, Ц -> t͡s, Ъ -> ʺ, Ь -> ʹ, Э -> ė, Ю -> i͡u, Я -> i͡a.
  static LetterTable libraryOfCongress() {
    return shared()
        .pairs(
            "е", "e", "ё", "ë", "ж", "zh", "й", "ĭ", "х", "kh", "ц", "t͡s", "ч", "ch", "ш", "sh",
            "щ", "shch", "ъ", "ʺ", "ы", "y", "ь", "ʹ", "э", "ė", "ю", "i͡u", "я", "i͡a")
        .build();
  }

  // Scholarly (scientific) transliteration as used in Slavic linguistics:
  // Ж -> ž, Й -> j, Х -> x, Ц -> c, Ч -> č, Ш -> š, Щ -> šč, Э -> è, Ю -> ju, Я -> ja.
  static LetterTable scholarly() {
    return shared()
        .pairs(
            "е", "e", "ё", "ë", "ж", "ž", "й", "j", "х", "x", "ц", "c", "ч", "č", "ш", "š", "щ",
            "šč", "ъ", "ʺ", "ы", "y", "ь", "ʹ", "э", "è", "ю", "ju", "я", "ja")
        .build();
  }

  // ISO 9:1995, identical for Russian to GOST 7.79-2000 System A: one Latin letter per
  // Cyrillic letter: Х -> h, Щ -> ŝ, Ю -> û, Я -> â, Э -> è, Ъ -> ʺ, Ь -> ʹ.
  static LetterTable gost779A() {
    return shared()
        .pairs(
            "е", "e", "ё", "ë", "ж", "ž", "й", "j", "х", "h", "ц", "c", "ч", "č", "ш", "š", "щ",
            "ŝ", "ъ", "ʺ", "ы", "y", "ь", "ʹ", "э", "è", "ю", "û", "я", "â")
        .build();
  }

  // GOST 7.79-2000 System B (letter combinations, no diacritics): Ц -> c before i, e, y, j and
  // cz elsewhere; Х -> x; Щ -> shh; Ъ -> ``; Ы -> y`; Ь -> `; Э -> e`; Ё -> yo; Ю -> yu; Я -> ya.
  static LetterTable gost779B() {
    return shared()
        .pairs(
            "е", "e", "ё", "yo", "ж", "zh", "й", "j", "х", "x", "ч", "ch", "ш", "sh", "щ", "shh",
            "ъ", "``", "ы", "y`", "ь", "`", "э", "e`", "ю", "yu", "я", "ya")
        .rule("ц", c -> c.beforeAny("иеыйэюяё") ? "c" : "cz")
        .build();
  }

  // GOST 16876-71 Table 2 (letter combinations without diacritics): Ё -> jo, Ж -> zh, Й -> j,
  // Х -> kh, Ц -> c, Щ -> shh, Ъ -> ", Ь -> ', Э -> eh, Ю -> ju, Я -> ja.
  static LetterTable gost16876() {
    return shared()
        .pairs(
            "е", "e", "ё", "jo", "ж", "zh", "й", "j", "х", "kh", "ц", "c", "ч", "ch", "ш", "sh",
            "щ", "shh", "ъ", "\"", "ы", "y", "ь", "'", "э", "eh", "ю", "ju", "я", "ja")
        .build();
  }
}
