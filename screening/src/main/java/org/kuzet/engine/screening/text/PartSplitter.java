package org.kuzet.engine.screening.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits lower-cased text into parts at spaces, punctuation and hyphens. Apostrophes and primes
 * join (Qa'ida, Shamilʹ, O'Neil) and are kept only in {@link RawPart#marked}; combining marks stay
 * with their letter; a part followed by a full stop is marked {@link RawPart#dotAfter}.
 */
final class PartSplitter {

  private PartSplitter() {}

  static List<RawPart> split(String s) {
    List<RawPart> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    StringBuilder marked = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        cur.append(c);
        marked.append(c);
      } else if (isJoiner(c)) {
        // apostrophes and primes join: Qa'ida, Shamilʹ, O'Neil
        if (cur.length() > 0) {
          marked.append('\'');
        }
      } else {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
          if (cur.length() > 0) {
            cur.append(c);
          }
          continue;
        }
        if (cur.length() > 0) {
          out.add(new RawPart(cur.toString(), c == '.', false, marked.toString()));
          cur.setLength(0);
        }
        marked.setLength(0);
      }
    }
    if (cur.length() > 0) {
      out.add(new RawPart(cur.toString(), false, false, marked.toString()));
    }
    return out;
  }

  private static boolean isJoiner(char c) {
    return c == '\''
        || c == '’'
        || c == '‘'
        || c == 'ʼ'
        || c == 'ʹ'
        || c == '`'
        || c == '´'
        || c == 'ʻ'
        || c == 'ʿ'
        || c == 'ʾ'
        || c == '\u02BC'
        || c == '\u00AD';
  }
}
