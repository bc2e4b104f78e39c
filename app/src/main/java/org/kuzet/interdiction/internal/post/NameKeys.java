package org.kuzet.interdiction.internal.post;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A person's name reduced to a key for history lookups and lookouts: Cyrillic (Russian and Kazakh
 * letters) spelled in Latin, accents dropped, Y read as I and KH as H, doubled letters single,
 * parts sorted. "Серикбаев Нурлан" and "NURLAN SERIKBAYEV" share one key. Watchlist matching does
 * not use this: it goes through the screening engine.
 */
public final class NameKeys {

  private static final Map<Character, String> CYRILLIC =
      Map.ofEntries(
          Map.entry('А', "A"),
          Map.entry('Б', "B"),
          Map.entry('В', "V"),
          Map.entry('Г', "G"),
          Map.entry('Д', "D"),
          Map.entry('Е', "E"),
          Map.entry('Ё', "E"),
          Map.entry('Ж', "ZH"),
          Map.entry('З', "Z"),
          Map.entry('И', "I"),
          Map.entry('Й', "I"),
          Map.entry('К', "K"),
          Map.entry('Л', "L"),
          Map.entry('М', "M"),
          Map.entry('Н', "N"),
          Map.entry('О', "O"),
          Map.entry('П', "P"),
          Map.entry('Р', "R"),
          Map.entry('С', "S"),
          Map.entry('Т', "T"),
          Map.entry('У', "U"),
          Map.entry('Ф', "F"),
          Map.entry('Х', "KH"),
          Map.entry('Ц', "TS"),
          Map.entry('Ч', "CH"),
          Map.entry('Ш', "SH"),
          Map.entry('Щ', "SHCH"),
          Map.entry('Ъ', ""),
          Map.entry('Ы', "Y"),
          Map.entry('Ь', ""),
          Map.entry('Э', "E"),
          Map.entry('Ю', "IU"),
          Map.entry('Я', "IA"),
          Map.entry('Ә', "A"),
          Map.entry('Ғ', "G"),
          Map.entry('Қ', "K"),
          Map.entry('Ң', "N"),
          Map.entry('Ө', "O"),
          Map.entry('Ұ', "U"),
          Map.entry('Ү', "U"),
          Map.entry('Һ', "H"),
          Map.entry('І', "I"));

  private static final String VOWELS = "AEIOU";

  private NameKeys() {}

  public static String key(String name) {
    String upper = Normalizer.normalize(name, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
    var latin = new StringBuilder(upper.length() + 8);
    for (int i = 0; i < upper.length(); i++) {
      char c = upper.charAt(i);
      String t = CYRILLIC.get(c);
      latin.append(t != null ? t : String.valueOf(c));
    }
    String plain =
        Normalizer.normalize(latin, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .replaceAll("[^A-Z]+", " ")
            .strip();
    if (plain.isEmpty()) {
      return "";
    }
    String key =
        Arrays.stream(plain.split(" "))
            .map(NameKeys::fold)
            .filter(p -> !p.isEmpty())
            .sorted()
            .collect(Collectors.joining(" "));
    return key.length() <= 200 ? key : key.substring(0, 200);
  }

  private static String fold(String part) {
    String s = part.replace("KH", "H").replace('Y', 'I');
    var out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      // The iotation of Е, Ю, Я, Й is written Y, I or not at all: drop an I that only carries it.
      boolean iotation =
          c == 'I'
              && i + 1 < s.length()
              && VOWELS.indexOf(s.charAt(i + 1)) >= 0
              && (out.isEmpty() || VOWELS.indexOf(out.charAt(out.length() - 1)) >= 0);
      if (!iotation && (out.isEmpty() || c != out.charAt(out.length() - 1))) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
