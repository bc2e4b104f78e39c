package org.kuzet.evaluation.names;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Writes a listed Latin name back in Russian Cyrillic by reversing the romanisation OFAC and the UN
 * use (BGN/PCGN-like, apostrophes dropped), reading left to right and taking the longest letter
 * group first:
 *
 * <ul>
 *   <li>shch -> щ, zh -> ж, kh -> х, ts -> ц, ch/tch -> ч, sh -> ш, gh -> г, ou -> у, x -> кс, w ->
 *       в, q/c -> к, h -> х, j -> дж (Uzbek and Tajik names);
 *   <li>y before a vowel: ya/yu/ye -> я/ю/е at the start and after vowels, ye -> ье and yi -> ьи
 *       after consonants (Leontyev -> Леонтьев), yo -> ё after consonants and йо elsewhere, final
 *       lya -> лья (Ilya);
 *   <li>y elsewhere: й after a vowel (Nikolay, Aydar, Belyy), ы after a consonant;
 *   <li>initial e -> Е, except for the given names that are written with Э (Eduard, Elmira...);
 *   <li>a j between vowels is a glide like y (Anatolijevitch -> Анатолиевич); an apostrophe is ь.
 * </ul>
 *
 * It is a heuristic, so the result is a plausible Russian spelling, not the only one; queries made
 * from it are checked against the listed Latin name by the same normaliser as negatives.
 */
final class CyrillicReconstruction {

  private static final String LATIN_VOWELS = "aeiouy";
  private static final List<String> E_WITH_ERSATZ =
      List.of(
          "eduard",
          "eldar",
          "elmir",
          "elvir",
          "emil",
          "erik",
          "ernest",
          "elchin",
          "elnur",
          "elbek",
          "ergash",
          "ermek",
          "erlan",
          "erzhan",
          "eset",
          "eskender",
          "elbrus",
          "ella",
          "emin",
          "erkin",
          "ezoza");

  private CyrillicReconstruction() {}

  /** Reconstructs every word of a Latin text; separators are kept. */
  static String fromLatin(String latin) {
    String prepared = prepare(latin);
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < prepared.length()) {
      int j = i;
      while (j < prepared.length()
          && (Character.isLetter(prepared.charAt(j)) || prepared.charAt(j) == '\'')) {
        j++;
      }
      if (j == i) {
        out.append(prepared.charAt(i));
        i++;
      } else {
        String word = prepared.substring(i, j);
        out.append(recase(latin, i, word(word.toLowerCase(Locale.ROOT))));
        i = j;
      }
    }
    return out.toString();
  }

  /** Letters with diacritics from other romanisations to plain letter groups. */
  private static String prepare(String latin) {
    String mapped =
        latin
            .replace("ş", "sh")
            .replace("Ş", "Sh")
            .replace("ç", "ch")
            .replace("Ç", "Ch")
            .replace("š", "sh")
            .replace("Š", "Sh")
            .replace("č", "ch")
            .replace("Č", "Ch")
            .replace("ž", "zh")
            .replace("Ž", "Zh")
            .replace("ŝ", "shch")
            .replace("Ŝ", "Shch")
            .replace("ı", "i")
            .replace("ł", "l")
            .replace("Ł", "L")
            .replace('’', '\'')
            .replace('ʹ', '\'')
            .replace('ʼ', '\'')
            .replace('`', '\'')
            .replace('ʻ', '\'');
    String stripped = Normalizer.normalize(mapped, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return stripped;
  }

  private static String recase(String original, int offset, String cyrillic) {
    if (cyrillic.isEmpty()) {
      return cyrillic;
    }
    char first = offset < original.length() ? original.charAt(offset) : 'a';
    String rest = cyrillic.substring(1);
    return (Character.isUpperCase(first) || !Character.isLetter(first)
            ? cyrillic.substring(0, 1).toUpperCase(Locale.ROOT)
            : cyrillic.substring(0, 1))
        + rest;
  }

  static String word(String w) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < w.length()) {
      char ch = w.charAt(i);
      char previous = i == 0 ? 0 : w.charAt(i - 1);
      char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
      boolean afterVowel = i > 0 && LATIN_VOWELS.indexOf(previous) >= 0;
      if (w.startsWith("shch", i)) {
        out.append('щ');
        i += 4;
      } else if (w.startsWith("tch", i)) {
        out.append('ч');
        i += 3;
      } else if (w.startsWith("zh", i)) {
        out.append('ж');
        i += 2;
      } else if (w.startsWith("kh", i)) {
        out.append('х');
        i += 2;
      } else if (w.startsWith("ts", i)) {
        out.append('ц');
        i += 2;
      } else if (w.startsWith("ch", i)) {
        out.append('ч');
        i += 2;
      } else if (w.startsWith("sh", i)) {
        out.append('ш');
        i += 2;
      } else if (w.startsWith("gh", i)) {
        out.append('г');
        i += 2;
      } else if (w.startsWith("ph", i)) {
        out.append('ф');
        i += 2;
      } else if (w.startsWith("th", i)) {
        out.append('т');
        i += 2;
      } else if (w.startsWith("ck", i)) {
        out.append('к');
        i += 2;
      } else if (w.startsWith("ou", i)) {
        out.append('у');
        i += 2;
      } else if ((ch == 'y' || (ch == 'j' && afterVowel)) && "aeuoi".indexOf(next) >= 0) {
        out.append(glide(w, i, next, afterVowel));
        i += 2;
      } else if (ch == 'y') {
        out.append(i == 0 ? "и" : afterVowel ? "й" : "ы");
        i++;
      } else if (ch == 'e') {
        boolean ersatz = i == 0 && E_WITH_ERSATZ.stream().anyMatch(w::startsWith);
        out.append(ersatz ? 'э' : 'е');
        i++;
      } else if (ch == '\'') {
        out.append('ь');
        i++;
      } else {
        out.append(single(ch));
        i++;
      }
    }
    return out.toString();
  }

  private static String glide(String w, int i, char vowel, boolean afterVowel) {
    boolean initial = i == 0;
    boolean soft = initial || afterVowel;
    return switch (vowel) {
      case 'a' -> !soft && w.startsWith("lya", i - 1) && i + 2 == w.length() ? "ья" : "я";
      case 'u' -> "ю";
      case 'e' -> soft ? "е" : "ье";
      case 'o' -> soft ? "йо" : "ё";
      default -> soft ? "йи" : "ьи";
    };
  }

  private static String single(char ch) {
    return switch (ch) {
      case 'a' -> "а";
      case 'b' -> "б";
      case 'c', 'k', 'q' -> "к";
      case 'd' -> "д";
      case 'f' -> "ф";
      case 'g' -> "г";
      case 'h' -> "х";
      case 'i' -> "и";
      case 'j' -> "дж";
      case 'l' -> "л";
      case 'm' -> "м";
      case 'n' -> "н";
      case 'o' -> "о";
      case 'p' -> "п";
      case 'r' -> "р";
      case 's' -> "с";
      case 't' -> "т";
      case 'u' -> "у";
      case 'v', 'w' -> "в";
      case 'x' -> "кс";
      case 'z' -> "з";
      default -> String.valueOf(ch);
    };
  }
}
