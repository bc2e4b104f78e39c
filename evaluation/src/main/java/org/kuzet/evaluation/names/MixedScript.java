package org.kuzet.evaluation.names;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Cyrillic and Latin letters that look alike, as they get mixed into one word when a name is typed
 * on a keyboard switched to the wrong layout or copied from a scan: Cyrillic а е о р с х у inside a
 * Latin word, and Latin a e o p c x y inside a Cyrillic word (capitals likewise).
 */
final class MixedScript {

  private static final Map<Character, Character> LATIN_TO_CYRILLIC =
      Map.ofEntries(
          Map.entry('a', 'а'),
          Map.entry('e', 'е'),
          Map.entry('o', 'о'),
          Map.entry('p', 'р'),
          Map.entry('c', 'с'),
          Map.entry('x', 'х'),
          Map.entry('y', 'у'),
          Map.entry('A', 'А'),
          Map.entry('B', 'В'),
          Map.entry('E', 'Е'),
          Map.entry('K', 'К'),
          Map.entry('M', 'М'),
          Map.entry('H', 'Н'),
          Map.entry('O', 'О'),
          Map.entry('P', 'Р'),
          Map.entry('C', 'С'),
          Map.entry('T', 'Т'),
          Map.entry('X', 'Х'),
          Map.entry('Y', 'У'));
  private static final Map<Character, Character> CYRILLIC_TO_LATIN = invert();

  private MixedScript() {}

  private static Map<Character, Character> invert() {
    Map<Character, Character> inverse = new HashMap<>();
    LATIN_TO_CYRILLIC.forEach((latin, cyrillic) -> inverse.put(cyrillic, latin));
    return Map.copyOf(inverse);
  }

  /**
   * Swaps one to three look-alike letters of the text into the other script; returns the text
   * unchanged when it has no letter that has a look-alike.
   */
  static String mix(String text, Random random) {
    boolean cyrillic = Scripts.hasCyrillic(text);
    Map<Character, Character> swaps = cyrillic ? CYRILLIC_TO_LATIN : LATIN_TO_CYRILLIC;
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if (swaps.containsKey(text.charAt(i))) {
        positions.add(i);
      }
    }
    if (positions.isEmpty()) {
      return text;
    }
    int count = Math.min(positions.size(), 1 + random.nextInt(3));
    Collections.shuffle(positions, random);
    char[] chars = text.toCharArray();
    for (int k = 0; k < count; k++) {
      int position = positions.get(k);
      chars[position] = swaps.get(chars[position]);
    }
    return new String(chars);
  }

  /** Undoes mixing for comparison: look-alikes go to the script most letters of the word use. */
  static String foldToMajorityScript(String word) {
    long cyrillic =
        word.codePoints()
            .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC)
            .count();
    long latin =
        word.codePoints()
            .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN)
            .count();
    if (cyrillic == 0 || latin == 0) {
      return word;
    }
    Map<Character, Character> swaps = cyrillic >= latin ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
    StringBuilder out = new StringBuilder();
    for (char ch : word.toCharArray()) {
      out.append(swaps.getOrDefault(ch, ch));
    }
    return out.toString();
  }
}
