package org.kuzet.evaluation.names;

import java.util.List;
import java.util.Locale;

/**
 * Russian and Central Asian patronymics: recognising them in listed names, deriving them from a
 * father's name, and the Turkic forms (son of / daughter of) used instead of -ovich.
 */
final class Patronymics {

  private static final List<String> LATIN_ENDINGS =
      List.of(
          "ovich", "evich", "ovitch", "evitch", "vitch", "ovna", "evna", "ichna", "inichna", "ogly",
          "oglu", "ogli", "uulu", "uly", "kyzy", "kizi", "qizi", "ovic", "evic", "yich", "ich");
  private static final List<String> CYRILLIC_ENDINGS =
      List.of("вич", "вна", "ична", "ич", "оглы", "улы", "уулу", "кызы", "қызы", "ұлы");

  private Patronymics() {}

  static boolean looksLikePatronymic(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.length() < 5) {
      return false;
    }
    List<String> endings = Scripts.hasCyrillic(lower) ? CYRILLIC_ENDINGS : LATIN_ENDINGS;
    return endings.stream().anyMatch(lower::endsWith);
  }

  /** "Son of" and "daughter of" written as a word of their own: Tofik Ogly, Zhakyp Uulu. */
  static boolean isTurkicSuffix(String word) {
    return List.of(
            "ogly", "oglu", "ogli", "ugli", "uulu", "uly", "kyzy", "kizi", "qizi", "gyzy", "оглы",
            "оглу", "уулу", "улы", "ұлы", "кызы", "қызы")
        .contains(word.toLowerCase(Locale.ROOT));
  }

  static boolean feminine(String patronymic) {
    String lower = patronymic.toLowerCase(Locale.ROOT);
    return lower.endsWith("vna")
        || lower.endsWith("chna")
        || lower.endsWith("вна")
        || lower.endsWith("чна")
        || lower.endsWith("kyzy")
        || lower.endsWith("кызы")
        || lower.endsWith("qizi");
  }

  /**
   * The father's given name inside a Russian-style Cyrillic patronymic (Асанбекович -> Асанбек,
   * Фатиллоевич -> Фатилло), or empty when the patronymic is not of that shape.
   */
  static String fatherName(String cyrillicPatronymic) {
    for (String ending : List.of("ович", "евич", "овна", "евна")) {
      if (cyrillicPatronymic.endsWith(ending)) {
        String father = cyrillicPatronymic.substring(0, cyrillicPatronymic.length() - 4);
        if (father.length() >= 2 && !father.endsWith("ь") && !father.endsWith("й")) {
          return father;
        }
      }
    }
    return "";
  }

  /** The Russian patronymic of a child of a man with this Cyrillic given name. */
  static String fromFather(String father, boolean daughter) {
    String lower = father.toLowerCase(Locale.ROOT);
    String stem;
    String male;
    String female;
    if (lower.endsWith("ий")) {
      stem = father.substring(0, father.length() - 2) + "ь";
      male = "евич";
      female = "евна";
    } else if (lower.endsWith("ей") || lower.endsWith("ай") || lower.endsWith("ь")) {
      stem = father.substring(0, father.length() - 1);
      male = "евич";
      female = "евна";
    } else if (lower.endsWith("а") || lower.endsWith("я")) {
      stem = father.substring(0, father.length() - 1);
      male = "ич";
      female = "ична";
    } else if ("аеиоуэ".indexOf(lower.charAt(lower.length() - 1)) >= 0) {
      stem = father;
      male = "евич";
      female = "евна";
    } else if ("жчшщц".indexOf(lower.charAt(lower.length() - 1)) >= 0) {
      stem = father;
      male = "евич";
      female = "евна";
    } else {
      stem = father;
      male = "ович";
      female = "овна";
    }
    return stem + (daughter ? female : male);
  }
}
