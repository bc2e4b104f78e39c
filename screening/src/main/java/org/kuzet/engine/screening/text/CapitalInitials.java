package org.kuzet.engine.screening.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Initials written together in capitals (ПЕТРОВ АВ, Bobkov SA, Зленко ЕГ) as dotted initials
 * (А.В.): a word of two or three capitals beside a word of four letters or more, where the rest of
 * the name is not in capitals too; in a name all in capitals, a word of two capitals that is no
 * particle (IVANOV SS, but not KIM JONG UN's "KIM", nor AL).
 */
final class CapitalInitials {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’‘ʼʹ`´ʻʿʾ]+");

  private CapitalInitials() {}

  static String apply(String s) {
    Matcher m = WORD.matcher(s);
    List<int[]> words = new ArrayList<>();
    boolean longWord = false;
    boolean allCaps = true;
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
      String w = m.group();
      longWord |= w.length() >= 4;
      allCaps &= w.equals(w.toUpperCase(Locale.ROOT));
    }
    if (!longWord || words.size() < 2) {
      return s;
    }
    StringBuilder out = null;
    for (int k = words.size() - 1; k >= 0; k--) {
      int[] w = words.get(k);
      String word = s.substring(w[0], w[1]);
      int n = word.length();
      boolean caps =
          n >= 2
              && n <= 3
              && word.equals(word.toUpperCase(Locale.ROOT))
              && !word.equals(word.toLowerCase(Locale.ROOT));
      boolean nextIsDot = w[1] < s.length() && s.charAt(w[1]) == '.';
      // a particle leading the name (AL SHIBH) or in a name all in capitals, a part of a
      // hyphenated name (AL-WAZ, CHE-SON) or a surname written first before a comma (RI,
      // Che-Son) is a word, not initials; after a surname two capitals are initials even where
      // they spell a particle (Rogozin DO, Delimkhanov AS); in a name all in capitals a particle
      // may come last too (FLACO EL for EL FLACO, KARITEKS LAKI AD), so KALEDINA DE stays a word
      boolean particle =
          (k == 0 || allCaps)
              && Particles.isParticle(ScriptFold.toAscii(word.toLowerCase(Locale.ROOT)));
      boolean hyphenated =
          (w[0] > 0 && isHyphen(s.charAt(w[0] - 1)))
              || (w[1] < s.length() && isHyphen(s.charAt(w[1])));
      boolean surnameFirst = k == 0 && w[1] < s.length() && s.charAt(w[1]) == ',';
      if (!caps || nextIsDot || particle || hyphenated || surnameFirst || (allCaps && n != 2)) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(s);
      }
      StringBuilder dotted = new StringBuilder();
      for (int i = 0; i < n; i++) {
        dotted.append(word.charAt(i)).append('.');
      }
      out.replace(w[0], w[1], dotted.toString());
    }
    return out == null ? s : out.toString();
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013';
  }
}
