package org.kuzet.evaluation.names;

import java.util.Locale;

/**
 * National romanisations of the neighbouring states, applied to a name as it is written in Russian.
 * Ukrainian and Belarusian first respell the Russian form the way the national orthography writes
 * the same name (Сергей -> Сергій, Иванов -> Іваноў), because officers of those states romanise the
 * national spelling, not the Russian one.
 */
final class NationalTables {

  private static final String VOWELS = LetterTable.VOWELS;

  private NationalTables() {}

  // Ukraine, Cabinet of Ministers resolution 55 of 27 January 2010 (national romanisation):
  // Г -> h, Ґ -> g, И -> y, І -> i, Х -> kh, Щ -> shch, ЗГ -> zgh, Ь and the apostrophe
  // omitted; Є, Ї, Й, Ю, Я -> ye, yi, y, yu, ya at the start of a word and ie, i, i, iu, ia
  // elsewhere.
  static LetterTable ukrainian2010() {
    return RussianStandardTables.shared()
        .pairs(
            "г", "h", "ґ", "g", "е", "e", "ж", "zh", "зг", "zgh", "и", "y", "і", "i", "х", "kh",
            "ц", "ts", "ч", "ch", "ш", "sh", "щ", "shch", "ь", "", "'", "")
        .iotated("є", "ye", "ie", "")
        .iotated("ї", "yi", "i", "")
        .iotated("й", "y", "i", "")
        .iotated("ю", "yu", "iu", "")
        .iotated("я", "ya", "ia", "")
        .respelling(NationalTables::ukrainianSpelling)
        .build();
  }

  /** Russian spelling of a name to Ukrainian: и -> і, ы -> и, э -> е, е -> є, ё -> ьо/йо. */
  static String ukrainianSpelling(String russian) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < russian.length(); i++) {
      char ch = russian.charAt(i);
      char previous = i == 0 ? 0 : russian.charAt(i - 1);
      boolean softPosition =
          i == 0 || VOWELS.indexOf(previous) >= 0 || previous == 'ь' || previous == 'ъ';
      switch (ch) {
        case 'и' -> {
          boolean patronymicEnding = previous == 'в' && russian.substring(i).equals("ич");
          out.append("жчшщц".indexOf(previous) >= 0 || patronymicEnding ? 'и' : 'і');
        }
        case 'ы' -> out.append('и');
        case 'э' -> out.append('е');
        case 'е' -> out.append(softPosition ? 'є' : 'е');
        // Ukrainian writes the Russian ё as йо at the start, о after hushing letters (Хрущов,
        // Горбачов) and е elsewhere (Петр, Федор).
        case 'ё' -> out.append(softPosition ? "йо" : "жчшщ".indexOf(previous) >= 0 ? "о" : "е");
        case 'ъ' -> out.append('\'');
        default -> out.append(ch);
      }
    }
    String word = out.toString();
    if (word.endsWith("скій")) {
      return word.substring(0, word.length() - 4) + "ський";
    }
    if (word.endsWith("цкій")) {
      return word.substring(0, word.length() - 4) + "цький";
    }
    if (word.endsWith("ей") && word.length() > 3) {
      return word.substring(0, word.length() - 2) + "ій";
    }
    return word;
  }

  // Belarus, instruction on transliteration of Belarusian geographical names (2000, revised
  // 11 June 2007, adopted by UNGEGN 2008): Г -> h, Ж -> ž, Х -> ch, Ц -> c, Ч -> č, Ш -> š,
  // Й -> j, Ў -> ŭ, Ь -> ’, Е Ё Ю Я -> je jo ju ja at the start, after vowels, the apostrophe,
  // Ь and Ў, and ie io iu ia after consonants.
  static LetterTable belarusian() {
    String softeners = VOWELS + "ьў'";
    return RussianStandardTables.shared()
        .pairs(
            "г", "h", "ж", "ž", "й", "j", "і", "i", "ў", "ŭ", "х", "ch", "ц", "c", "ч", "č", "ш",
            "š", "ы", "y", "ь", "’", "э", "e", "'", "")
        .iotated("е", "je", "ie", softeners)
        .iotated("ё", "jo", "io", softeners)
        .iotated("ю", "ju", "iu", softeners)
        .iotated("я", "ja", "ia", softeners)
        .respelling(NationalTables::belarusianSpelling)
        .build();
  }

  /**
   * Russian spelling of a name to Belarusian: и -> і (ы after the hard ж ч ш ц р), щ -> шч, -ский
   * -> -скі, final -ов/-ев -> -оў/-еў.
   */
  static String belarusianSpelling(String russian) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < russian.length(); i++) {
      char ch = russian.charAt(i);
      char previous = i == 0 ? 0 : russian.charAt(i - 1);
      switch (ch) {
        case 'и' -> out.append("жчшцр".indexOf(previous) >= 0 ? 'ы' : 'і');
        case 'щ' -> out.append("шч");
        case 'ъ' -> out.append('\'');
        default -> out.append(ch);
      }
    }
    String word = out.toString();
    if (word.endsWith("скій") || word.endsWith("цкій")) {
      return word.substring(0, word.length() - 1);
    }
    if (word.endsWith("ов") || word.endsWith("ев")) {
      return word.substring(0, word.length() - 1) + "ў";
    }
    return word;
  }

  /** Kazakh letters common to the three Latin alphabets below. */
  private static LetterTable.Builder kazakhShared() {
    return LetterTable.builder()
        .pairs(
            "а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "е", "e", "ж", "j", "з", "z", "к",
            "k", "қ", "q", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r", "с", "s",
            "т", "t", "ф", "f", "х", "h", "һ", "h", "ц", "ts", "ъ", "", "ы", "y", "ь", "", "э",
            "e");
  }

  // Kazakh Latin alphabet of January 2021 (government presentation of the revised alphabet):
  // Ә -> ä, Ғ -> ğ, И and Й -> i (capital İ), І -> ı (capital I), Ң -> ñ, Ө -> ö, У -> u,
  // Ұ -> ū, Ү -> ü, Ч -> ch, Ш -> ş, Щ -> şş, Ё Ю Я -> io iu ia.
  static LetterTable kazakh2021() {
    return kazakhShared()
        .pairs(
            "ә", "ä", "ғ", "ğ", "ё", "io", "и", "i", "й", "i", "і", "ı", "ң", "ñ", "ө", "ö", "у",
            "u", "ұ", "ū", "ү", "ü", "ч", "ch", "ш", "ş", "щ", "şş", "ю", "iu", "я", "ia")
        .casing(Locale.forLanguageTag("tr"))
        .build();
  }

  // Kazakh Latin alphabet of Presidential Decree 569 of 26 October 2017 (apostrophes):
  // Ә -> a', Ғ -> g', И and Й -> i', Ң -> n', Ө -> o', У -> y', Ү -> u', Ұ -> u, Ч -> c',
  // Ш -> s', І -> i; letters outside the alphabet as combinations (Ю -> i'y', Я -> i'a).
  static LetterTable kazakh2017() {
    return kazakhShared()
        .pairs(
            "ә", "a'", "ғ", "g'", "ё", "i'o", "и", "i'", "й", "i'", "і", "i", "ң", "n'", "ө", "o'",
            "у", "y'", "ұ", "u", "ү", "u'", "ч", "c'", "ш", "s'", "щ", "s's'", "ю", "i'y'", "я",
            "i'a")
        .build();
  }

  // Kazakh Latin alphabet as amended by the decree of 19 February 2018 (acute accents and
  // two digraphs): Ә -> á, Ғ -> ǵ, И and Й -> ı, Ң -> ń, Ө -> ó, У -> ý, Ү -> ú, Ұ -> u,
  // Ч -> ch, Ш -> sh, І -> i; Ю -> ıý, Я -> ıa.
  static LetterTable kazakh2018() {
    return kazakhShared()
        .pairs(
            "ә", "á", "ғ", "ǵ", "ё", "ıo", "и", "ı", "й", "ı", "і", "i", "ң", "ń", "ө", "ó", "у",
            "ý", "ұ", "u", "ү", "ú", "ч", "ch", "ш", "sh", "щ", "sh", "ю", "ıý", "я", "ıa")
        .build();
  }

  // Uzbek Latin alphabet (law of 1993, letters as revised 1995): Х -> x, Ҳ -> h, Қ -> q,
  // Ғ -> gʻ, Ў -> oʻ, Ж -> j, Ч -> ch, Ш -> sh, Й -> y, Ъ -> ʼ, Ц -> s (ts after a vowel),
  // Е -> ye at the start and after vowels, Ё Ю Я -> yo yu ya; Russian Щ -> sh, Ы -> i.
  static LetterTable uzbek() {
    return RussianStandardTables.shared()
        .pairs(
            "ё", "yo", "ж", "j", "й", "y", "х", "x", "ҳ", "h", "қ", "q", "ғ", "gʻ", "ў", "oʻ", "ч",
            "ch", "ш", "sh", "щ", "sh", "ъ", "ʼ", "ы", "i", "ь", "", "э", "e", "ю", "yu", "я", "ya")
        .iotated("е", "ye", "e", VOWELS + "ъь")
        .rule("ц", c -> c.afterAny(VOWELS) ? "ts" : "s")
        .build();
  }

  // Tajik, BGN/PCGN 1994 system: Ғ -> gh, Ӣ -> ī, Қ -> q, Ӯ -> ū, Ҳ -> h, Ҷ -> j, Х -> kh,
  // Ж -> zh, Ч -> ch, Ш -> sh, Й -> y, Ъ -> ’, Е -> ye at the start and after vowels,
  // Ё Ю Я -> yo yu ya; Russian Ц -> ts, Щ -> shch, Ы -> y, Ь omitted.
  static LetterTable tajik() {
    return RussianStandardTables.shared()
        .pairs(
            "ғ", "gh", "ё", "yo", "ж", "zh", "ӣ", "ī", "й", "y", "қ", "q", "ӯ", "ū", "х", "kh", "ҳ",
            "h", "ч", "ch", "ҷ", "j", "ш", "sh", "ъ", "’", "э", "e", "ю", "yu", "я", "ya", "ц",
            "ts", "щ", "shch", "ы", "y", "ь", "")
        .iotated("е", "ye", "e", VOWELS + "ъ")
        .build();
  }
}
