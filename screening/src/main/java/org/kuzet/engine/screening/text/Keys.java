package org.kuzet.engine.screening.text;

import org.jspecify.annotations.Nullable;

/**
 * Tolerant keys of an ASCII name token. Each key forgets a little more:
 *
 * <ul>
 *   <li>{@link #fold} — the same for every Latin rendering of one Cyrillic spelling (ICAO, BGN,
 *       GOST, Kazakh 2021 and the informal kh/h, zh/j, yu/iu, ya/ia, -ev/-yev variants);
 *   <li>{@link #stem} — also the same across gendered surname endings (-ov/-ova, -skiy/-skaya) and
 *       patronymic forms (-ovich, -uly, -kyzy, -ogly all reduce to the father's name);
 *   <li>{@link #skeleton} — a phonetic consonant skeleton (vowels dropped, voiced/voiceless pairs
 *       merged), which also bridges abjad spellings that write no short vowels.
 * </ul>
 */
public final class Keys {

  private Keys() {}

  /**
   * {@code s} with each "{@code drop}{@code next}" that follows one of {@code after} written as
   * {@code next} alone, left to right without overlaps (as a regular expression {@code
   * ([after])drop next} replaced by {@code $1next} would; without one, for speed).
   */
  private static String dropAfter(String s, String after, char drop, char next) {
    return replaceAfter(s, after, new String(new char[] {drop, next}), next);
  }

  /** {@code s} with each {@code pair} that follows one of {@code after} written as {@code by}. */
  private static String replaceAfter(String s, String after, String pair, char by) {
    int at = s.indexOf(pair, 1);
    if (at < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (after.indexOf(c) >= 0 && s.startsWith(pair, i + 1)) {
        out.append(c).append(by);
        i += 1 + pair.length();
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** The transliteration-tolerant key of an ASCII token. */
  public static String fold(String ascii) {
    // GOST's glide j (Sergej) first, before zh and dzh become j too (Mažga is not Maiga)
    String s = jAsGlide(ascii);
    // German tsch (ч) and schtsch (щ) before English sch and sh
    s = s.replace("schtsch", "shch").replace("tsch", "ch");
    s = s.replace("x", "ks");
    s = s.replace("shch", "sh").replace("shh", "sh").replace("sch", "sh");
    s = s.replace("dzh", "j").replace("dj", "j").replace("zh", "j");
    s = s.replace("kh", "h").replace("gh", "g");
    s =
        s.replace("tch", "ch")
            .replace("ch", "c")
            .replace("ts", "c")
            .replace("tz", "c")
            .replace("cz", "c");
    s = s.replace("sh", "x");
    s = s.replace("ph", "f").replace('w', 'v').replace('q', 'k').replace("ck", "k");
    s = s.replace("ou", "u");
    s = s.replace("ye", "e");
    s = s.replace('y', 'i');
    s = dropAfter(s, "aeou", 'i', 'e'); // е after a vowel written ie (Nikolaiev, Avdeiev)
    s = replaceAfter(s, "xjc", "io", 'e'); // ё after ш, щ, ж, ч written yo, jo, io (Khrushchyov)
    s = collapseRuns(s);
    if (s.length() > 3 && s.charAt(s.length() - 1) == 'h' && isVowel(s.charAt(s.length() - 2))) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /**
   * The key with a gendered surname ending or a patronymic suffix removed; equal to the fold key
   * when there is none.
   */
  public static String stem(String key) {
    String root = patronymicRoot(key);
    if (root != null) {
      return root;
    }
    int n = key.length();
    if (n >= 6 && key.endsWith("skaia")) {
      return key.substring(0, n - 3) + "i";
    }
    if (n >= 5 && (key.endsWith("ova") || key.endsWith("eva") || key.endsWith("ina"))) {
      return key.substring(0, n - 1);
    }
    return key;
  }

  /** The father's name inside a patronymic key (-ovich, -evna, -uly, -kyzy, -ogly), or null. */
  public static @Nullable String patronymicRoot(String key) {
    for (String suffix : PATRONYMIC_SUFFIXES) {
      if (key.length() >= suffix.length() + 3 && key.endsWith(suffix)) {
        return key.substring(0, key.length() - suffix.length());
      }
    }
    return null;
  }

  private static final String[] PATRONYMIC_SUFFIXES = {
    "ovic", "evic", "itic", "ovna", "evna", "ulu", "uli", "kizi", "ogli", "oglu", "ugli"
  };

  /**
   * Phonetic skeleton: the first letter (a vowel stands as "a"), then consonants only, with p/b,
   * v/f, c/k/q, z/s merged. For an abjad token "w" and "y" are read as vowels, as they usually are
   * in names.
   */
  public static String skeleton(String key, boolean abjad) {
    StringBuilder out = new StringBuilder(key.length());
    char last = 0;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (isVowel(c) || c == 'h' || (abjad && c == 'v')) {
        if (i == 0) {
          out.append('a');
        }
        last = 0;
      } else {
        char k = consonantClass(c);
        if (k != last) {
          out.append(k);
        }
        last = k;
      }
    }
    return out.toString();
  }

  private static char consonantClass(char c) {
    switch (c) {
      case 'p':
        return 'b';
      case 'v':
        return 'f';
      case 'c':
      case 'q':
        return 'k';
      case 'z':
        return 's';
      default:
        return c;
    }
  }

  static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  /** GOST "j" for й: a j after a vowel and not before one is the glide i (Sergej, Majkl). */
  private static String jAsGlide(String s) {
    int j = s.indexOf('j');
    if (j < 0) {
      return s;
    }
    char[] chars = s.toCharArray();
    for (int i = 1; i < chars.length; i++) {
      if (chars[i] == 'j'
          && isVowel(chars[i - 1])
          && (i + 1 == chars.length || !isVowel(chars[i + 1]))) {
        chars[i] = 'i';
      }
    }
    return new String(chars);
  }

  private static String collapseRuns(String s) {
    int n = s.length();
    boolean has = false;
    for (int i = 1; i < n && !has; i++) {
      has = s.charAt(i) == s.charAt(i - 1);
    }
    if (!has) {
      return s;
    }
    StringBuilder out = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
        out.append(s.charAt(i));
      }
    }
    return out.toString();
  }
}
