package org.kuzet.evaluation.names;

import java.util.Locale;

/**
 * How Russian names are written in the press and administrations of other languages: German
 * (Duden), French, Polish, Czech, Spanish and Turkish practice.
 */
final class EuropeanLanguageTables {

  private static final String VOWELS_AND_SIGNS = LetterTable.VOWELS + "ъь";
  private static final String HUSHING = "жчшщ";

  private EuropeanLanguageTables() {}

  // German, Duden rules for transcribing Russian: В -> w, Ж -> sh, З -> s, С -> s (ss between
  // vowels), Х -> ch, Ц -> z, Ч -> tsch, Ш -> sch, Щ -> schtsch, Й -> i, final -ий -> i,
  // Е -> je at the start and after vowels and signs, Ё -> jo (o after hushing letters),
  // Ю -> ju, Я -> ja, КС -> x, final -ов/-ев -> -ow/-ew follows from В -> w.
  static LetterTable german() {
    return LetterTable.builder()
        .pairs(
            "а", "a", "б", "b", "в", "w", "г", "g", "д", "d", "ж", "sh", "з", "s", "й", "i", "к",
            "k", "кс", "x", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r", "т", "t",
            "у", "u", "ф", "f", "х", "ch", "ц", "z", "ч", "tsch", "ш", "sch", "щ", "schtsch", "ъ",
            "", "ы", "y", "ь", "", "э", "e", "ий$", "i", "ый$", "y")
        .iotated("е", "je", "e", VOWELS_AND_SIGNS)
        .iotated("ю", "ju", "ju", VOWELS_AND_SIGNS)
        .iotated("я", "ja", "ja", VOWELS_AND_SIGNS)
        .rule("ё", c -> c.afterAny(HUSHING) ? "o" : "jo")
        .rule("и", c -> c.afterAny("ь") ? "ji" : "i")
        .rule(
            "с",
            c -> c.afterAny(LetterTable.VOWELS) && c.beforeAny(LetterTable.VOWELS) ? "ss" : "s")
        .build();
  }

  // French usage for Russian names: У -> ou, Ж -> j, Ш -> ch, Ч -> tch, Щ -> chtch, Х -> kh,
  // Г -> gu before e and i, И and Й -> ï after a vowel, final -ий -> i, С -> ss between vowels,
  // Е -> ie after vowels and signs, Ё -> io (e after hushing letters), Ю -> iou, Я -> ia.
  static LetterTable french() {
    return frenchBuilder().build();
  }

  /** The older French habit of writing final -ов/-ев as -off/-eff. */
  static LetterTable frenchOff() {
    return frenchBuilder().pairs("ов$", "off", "ев$", "eff").build();
  }

  private static LetterTable.Builder frenchBuilder() {
    return LetterTable.builder()
        .pairs(
            "а", "a", "б", "b", "в", "v", "д", "d", "ж", "j", "з", "z", "к", "k", "л", "l", "м",
            "m", "н", "n", "о", "o", "п", "p", "р", "r", "т", "t", "у", "ou", "ф", "f", "х", "kh",
            "ц", "ts", "ч", "tch", "ш", "ch", "щ", "chtch", "ъ", "", "ы", "y", "ь", "", "э", "e",
            "ю", "iou", "я", "ia", "ий$", "i", "ый$", "y")
        .rule("г", c -> c.beforeAny("еиыэё") ? "gu" : "g")
        .rule("е", c -> c.afterAny(VOWELS_AND_SIGNS) ? "ie" : "e")
        .rule("ё", c -> c.afterAny(HUSHING) ? "e" : "io")
        .rule("и", c -> c.afterAny(LetterTable.VOWELS) ? "ï" : "i")
        .rule("й", c -> c.afterAny(LetterTable.VOWELS) ? "ï" : "i")
        .rule(
            "с",
            c -> c.afterAny(LetterTable.VOWELS) && c.beforeAny(LetterTable.VOWELS) ? "ss" : "s");
  }

  // Polish transcription of Russian (PWN rules): В -> w, Ж -> ż, Ш -> sz, Ч -> cz, Щ -> szcz,
  // Х -> ch, Ц -> c, Й -> j, Л -> ł but l before soft vowels and Ь, Е -> je at the start and
  // after vowels, e after hushing letters, Ц and Л, ie elsewhere; Ё, Ю, Я likewise with
  // jo/o/io, ju/u/iu, ja/a/ia; И -> y after Ж Ц Ш; -ский -> -ski.
  static LetterTable polish() {
    String hard = "жцшщч";
    return LetterTable.builder()
        .pairs(
            "а", "a", "б", "b", "в", "w", "г", "g", "д", "d", "ж", "ż", "з", "z", "й", "j", "к",
            "k", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r", "с", "s", "т", "t", "у", "u",
            "ф", "f", "х", "ch", "ц", "c", "ч", "cz", "ш", "sz", "щ", "szcz", "ъ", "", "ы", "y",
            "ь", "", "э", "e", "ий$", "ij", "ый$", "y", "ский$", "ski", "цкий$", "cki")
        .rule("л", c -> c.beforeAny("еёиьюя") ? "l" : "ł")
        .rule("е", c -> softVowel(c, "je", "e", "ie", hard))
        .rule("ё", c -> softVowel(c, "jo", "o", "io", hard))
        .rule("ю", c -> softVowel(c, "ju", "u", "iu", hard))
        .rule("я", c -> softVowel(c, "ja", "a", "ia", hard))
        .rule("и", c -> c.afterAny("жцш") ? "y" : c.afterAny("ь") ? "ji" : "i")
        .build();
  }

  private static String softVowel(
      LetterTable.Context c, String initial, String afterHard, String elsewhere, String hard) {
    if (c.initial() || c.afterAny(VOWELS_AND_SIGNS)) {
      return initial;
    }
    return c.afterAny(hard + "л") ? afterHard : elsewhere;
  }

  // Czech transcription of Russian: Ж -> ž, Х -> ch, Ц -> c, Ч -> č, Ш -> š, Щ -> šč, Й -> j,
  // Е -> je at the start and after vowels and signs, Ё -> jo (o after hushing letters),
  // Ю -> ju, Я -> ja, Ы -> y.
  static LetterTable czech() {
    return LetterTable.builder()
        .pairs(
            "а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "ж", "ž", "з", "z", "й", "j", "к",
            "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r", "с", "s", "т", "t",
            "у", "u", "ф", "f", "х", "ch", "ц", "c", "ч", "č", "ш", "š", "щ", "šč", "ъ", "", "ы",
            "y", "ь", "", "э", "e", "ю", "ju", "я", "ja")
        .iotated("е", "je", "e", VOWELS_AND_SIGNS)
        .rule("ё", c -> c.afterAny(HUSHING) ? "o" : "jo")
        .rule("и", c -> c.afterAny("ь") ? "ji" : "i")
        .build();
  }

  // Spanish usage for Russian names: Х -> j, Ж -> zh, Ч -> ch, Ш -> sh, Щ -> shch, Ц -> ts,
  // Г -> gu before e and i, Й -> i, final -ий/-ый -> i, Ё -> io (o after hushing letters),
  // Ю -> yu at the start and iu elsewhere, Я -> ya / ia, Ье -> ie.
  static LetterTable spanish() {
    return LetterTable.builder()
        .pairs(
            "а", "a", "б", "b", "в", "v", "д", "d", "е", "e", "ж", "zh", "з", "z", "и", "i", "й",
            "i", "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r", "с", "s",
            "т", "t", "у", "u", "ф", "f", "х", "j", "ц", "ts", "ч", "ch", "ш", "sh", "щ", "shch",
            "ъ", "", "ы", "y", "ь", "", "э", "e", "ье", "ie", "ий$", "i", "ый$", "i")
        .rule("г", c -> c.beforeAny("еиэё") ? "gu" : "g")
        .rule("ё", c -> c.afterAny(HUSHING) ? "o" : "io")
        .iotated("ю", "yu", "iu", "")
        .iotated("я", "ya", "ia", "")
        .build();
  }

  // Turkish usage (Turkish alphabet): Ч -> ç, Ш -> ş, Щ -> şç, Ж -> j, ДЖ -> c, Х -> h,
  // Ы -> ı, Й -> y, Е -> ye at the start and after vowels, Ю -> yu, Я -> ya; capitals follow
  // Turkish casing (i -> İ, ı -> I).
  static LetterTable turkish() {
    return LetterTable.builder()
        .pairs(
            "а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "дж", "c", "ж", "j", "з", "z", "и",
            "i", "й", "y", "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r",
            "с", "s", "т", "t", "у", "u", "ф", "f", "х", "h", "ц", "ts", "ч", "ç", "ш", "ş", "щ",
            "şç", "ъ", "", "ы", "ı", "ь", "", "э", "e", "ю", "yu", "я", "ya")
        .iotated("е", "ye", "e", VOWELS_AND_SIGNS)
        .rule("ё", c -> c.afterAny(HUSHING) ? "o" : "yo")
        .casing(Locale.forLanguageTag("tr"))
        .build();
  }
}
