package org.kuzet.engine.screening.text;

/**
 * Words that mix Cyrillic and Latin letters which look alike («Пeтров» with a Latin e, "Ivanоv"
 * with a Cyrillic о), as keyboards, OCR and copy-paste produce them. Within such a word the letters
 * of the script that has fewer letters in it are read as their look-alikes in the other script; a
 * word in one script only is left as it is.
 */
final class LookAlikes {

  /** Latin letters and the Cyrillic letters drawn the same, position by position. */
  private static final String LATIN = "aeopcxykiABEKMHOPCTXYsjI";

  private static final String CYRILLIC = "аеорсхукіАВЕКМНОРСТХУѕјІ";

  private LookAlikes() {}

  /** Digits OCR reads for letters, in a Latin word and in a Cyrillic one. */
  private static final String DIGITS = "0123456789";

  private static final String DIGIT_LATIN = "oizeasbtbg";
  private static final String DIGIT_CYRILLIC = "оiзеасбтвд";

  /**
   * The text with digits inside words read as the letters they look like (VLA0IMIR, Г0РОХОВ,
   * 8ORISOVIC), and a lower-case l inside a word otherwise in capitals read as I (VALENTlNOVIC):
   * both come from OCR. A word with fewer than four letters, more than two digits, or a digit at
   * its end after fewer than five letters or beside another digit is left alone.
   */
  static String ocr(String text) {
    StringBuilder out = null;
    int i = 0;
    while (i < text.length()) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      int letters = 0;
      int digits = 0;
      int upper = 0;
      int cyrillic = 0;
      while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
        char c = text.charAt(i);
        if (Character.isDigit(c)) {
          digits++;
        } else {
          letters++;
          upper += Character.isUpperCase(c) ? 1 : 0;
          cyrillic += c >= 0x400 && c < 0x530 ? 1 : 0;
        }
        i++;
      }
      // a name with real digits (3MG, APT39, Nitr0jen26, 33RD) keeps them: only a word of four
      // letters or more, with at most two digits and none at its end, is read as OCR
      // (a single digit at the end of a word of five letters or more is OCR too: NURMURA0)
      boolean digitsToLetters =
          digits > 0
              && digits <= 2
              && letters >= 4
              && (!Character.isDigit(text.charAt(i - 1)) || (digits == 1 && letters >= 5));
      boolean lowerL = upper >= 3 && upper == letters - countL(text, start, i);
      if (!digitsToLetters && !(lowerL && countL(text, start, i) > 0)) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text);
      }
      boolean capitals = upper * 2 >= letters;
      String map = cyrillic * 2 > letters ? DIGIT_CYRILLIC : DIGIT_LATIN;
      for (int k = start; k < i; k++) {
        char c = text.charAt(k);
        int d = DIGITS.indexOf(c);
        if (digitsToLetters && d >= 0) {
          // a 1 in a word in small letters is an l (Je1ena), in capitals an I (VA1ERY)
          char l = d == 1 && !capitals && map == DIGIT_LATIN ? 'l' : map.charAt(d);
          out.setCharAt(k, capitals ? Character.toUpperCase(l) : l);
        } else if (lowerL && c == 'l') {
          out.setCharAt(k, 'I');
        }
      }
    }
    return out == null ? text : out.toString();
  }

  private static int countL(String text, int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      n += text.charAt(k) == 'l' ? 1 : 0;
    }
    return n;
  }

  /** Whether every letter of one script in text[from, to) is among {@code table}. */
  private static boolean allHaveLookAlikes(
      String text, int from, int to, String table, boolean latinLetters) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      boolean ofScript = latinLetters ? c < 0x250 : c >= 0x400 && c < 0x530;
      if (ofScript && table.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The text with each mixed word written in its main script. */
  static String unmix(String text) {
    StringBuilder out = null;
    int i = 0;
    while (i < text.length()) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      int latin = 0;
      int cyrillic = 0;
      while (i < text.length() && Character.isLetter(text.charAt(i))) {
        char c = text.charAt(i);
        if (c < 0x250) {
          latin++;
        } else if (c >= 0x400 && c < 0x530) {
          cyrillic++;
        }
        i++;
      }
      if (latin > 0 && cyrillic > 0) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        // a word can be read in one script only where each letter of the other has a look-alike
        // in it (Bинep: и and н have none in Latin, so it is Cyrillic though most letters are
        // Latin); where both or neither can, the script of most letters wins
        boolean asCyrillic = allHaveLookAlikes(text, start, i, LATIN, true);
        boolean asLatin = allHaveLookAlikes(text, start, i, CYRILLIC, false);
        boolean toCyrillic = asCyrillic != asLatin ? asCyrillic : cyrillic >= latin;
        String from = toCyrillic ? LATIN : CYRILLIC;
        String to = toCyrillic ? CYRILLIC : LATIN;
        for (int k = start; k < i; k++) {
          int at = from.indexOf(text.charAt(k));
          if (at >= 0) {
            out.setCharAt(k, to.charAt(at));
          }
        }
      }
    }
    return out == null ? text : out.toString();
  }
}
