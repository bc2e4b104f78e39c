package org.kuzet.evaluation.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Misreadings of optical character recognition on passports and scanned forms: rn read as m and
 * back, u/v, O/0, I/1/l, S/5, B/8, cl/d, e/c. One confusion in a short name, one or two in a long
 * one.
 */
final class OcrConfusions {

  /** Each pair is seen -> read. */
  private static final List<String[]> CONFUSIONS =
      List.of(
          new String[] {"rn", "m"},
          new String[] {"m", "rn"},
          new String[] {"u", "v"},
          new String[] {"v", "u"},
          new String[] {"O", "0"},
          new String[] {"o", "0"},
          new String[] {"l", "1"},
          new String[] {"I", "1"},
          new String[] {"i", "l"},
          new String[] {"I", "l"},
          new String[] {"S", "5"},
          new String[] {"B", "8"},
          new String[] {"cl", "d"},
          new String[] {"d", "cl"},
          new String[] {"e", "c"},
          new String[] {"U", "V"},
          new String[] {"M", "RN"},
          new String[] {"D", "0"});

  private OcrConfusions() {}

  /** The text as an OCR engine might have read it; unchanged only when nothing applies. */
  static String misread(String text, Random random) {
    int wanted = text.replaceAll("[^\\p{L}]", "").length() >= 14 ? 1 + random.nextInt(2) : 1;
    String result = text;
    for (int n = 0; n < wanted; n++) {
      List<int[]> options = new ArrayList<>();
      for (int c = 0; c < CONFUSIONS.size(); c++) {
        String seen = CONFUSIONS.get(c)[0];
        // The first letter of the text is left alone so that the query still starts as typed.
        for (int at = result.indexOf(seen, 1); at >= 0; at = result.indexOf(seen, at + 1)) {
          options.add(new int[] {c, at});
        }
      }
      if (options.isEmpty()) {
        break;
      }
      int[] chosen = options.get(random.nextInt(options.size()));
      String[] confusion = CONFUSIONS.get(chosen[0]);
      result =
          result.substring(0, chosen[1])
              + confusion[1]
              + result.substring(chosen[1] + confusion[0].length());
    }
    return result;
  }
}
