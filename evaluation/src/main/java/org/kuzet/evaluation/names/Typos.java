package org.kuzet.evaluation.names;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Typing mistakes in one name part: one wrong letter in a part of four to seven letters, one or two
 * in a longer part, none in a shorter one. Most mistakes hit a key next to the right one on a
 * QWERTY or ЙЦУКЕН keyboard; the rest drop, double or swap letters. The first letter is kept, as
 * people rarely mistype the letter they start with.
 */
final class Typos {

  private static final List<String> QWERTY = List.of("qwertyuiop", "asdfghjkl", "zxcvbnm");
  private static final List<String> JCUKEN = List.of("йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю");
  private static final Map<Character, String> NEIGHBOURS = neighbours();

  private Typos() {}

  /** How many wrong letters a part of this many letters gets. */
  static int editsFor(int letters, Random random) {
    if (letters < 4) {
      return 0;
    }
    return letters >= 8 ? 1 + random.nextInt(2) : 1;
  }

  /** The word with {@code edits} typing mistakes; differs from the word whenever edits > 0. */
  static String misspell(String word, int edits, Random random) {
    String result = word;
    // A second mistake can undo the first (two swaps of the same pair); then type again.
    for (int attempt = 0;
        attempt < 8 && (result.equals(word) && edits > 0 || attempt == 0);
        attempt++) {
      result = word;
      for (int e = 0; e < edits; e++) {
        String next = result;
        for (int tries = 0; tries < 8 && next.equals(result); tries++) {
          next = oneEdit(result, random);
        }
        result = next;
      }
    }
    return result;
  }

  private static String oneEdit(String word, Random random) {
    int position = 1 + random.nextInt(Math.max(1, word.length() - 1));
    if (position >= word.length() || !Character.isLetter(word.charAt(position))) {
      return word;
    }
    char ch = word.charAt(position);
    int kind = random.nextInt(100);
    if (kind < 50) {
      return word.substring(0, position) + neighbour(ch, random) + word.substring(position + 1);
    }
    if (kind < 65) {
      return word.substring(0, position) + word.substring(position + 1);
    }
    if (kind < 80) {
      return word.substring(0, position) + ch + word.substring(position);
    }
    if (position + 1 < word.length() && Character.isLetter(word.charAt(position + 1))) {
      return word.substring(0, position)
          + word.charAt(position + 1)
          + ch
          + word.substring(position + 2);
    }
    return word;
  }

  /** A key next to this letter, keeping its case; letters off both keyboards stay. */
  static char neighbour(char ch, Random random) {
    char lower = Character.toLowerCase(ch);
    String around = NEIGHBOURS.get(lower);
    if (around == null || around.isEmpty()) {
      return ch;
    }
    char picked = around.charAt(random.nextInt(around.length()));
    return Character.isUpperCase(ch) ? Character.toUpperCase(picked) : picked;
  }

  private static Map<Character, String> neighbours() {
    Map<Character, String> map = new HashMap<>();
    for (List<String> rows : List.of(QWERTY, JCUKEN)) {
      for (int r = 0; r < rows.size(); r++) {
        String row = rows.get(r);
        for (int c = 0; c < row.length(); c++) {
          StringBuilder around = new StringBuilder();
          if (c > 0) {
            around.append(row.charAt(c - 1));
          }
          if (c + 1 < row.length()) {
            around.append(row.charAt(c + 1));
          }
          // The row above is shifted half a key left, the row below half a key right.
          if (r > 0) {
            String above = rows.get(r - 1);
            appendIfPresent(around, above, c);
            appendIfPresent(around, above, c + 1);
          }
          if (r + 1 < rows.size()) {
            String below = rows.get(r + 1);
            appendIfPresent(around, below, c - 1);
            appendIfPresent(around, below, c);
          }
          map.put(row.charAt(c), around.toString());
        }
      }
    }
    return Map.copyOf(map);
  }

  private static void appendIfPresent(StringBuilder out, String row, int index) {
    if (index >= 0 && index < row.length()) {
      out.append(row.charAt(index));
    }
  }
}
