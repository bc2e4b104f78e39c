package org.kuzet.engine.screening.text;

/**
 * Words that mix Cyrillic and Latin letters which look alike («Пeтров» with a Latin e, "Ivanоv"
 * with a Cyrillic о), as keyboards, OCR and copy-paste produce them. Within such a word the
 * letters of the script that has fewer letters in it are read as their look-alikes in the other
 * script; a word in one script only is left as it is.
 */
final class LookAlikes {

  /** Latin letters and the Cyrillic letters drawn the same, position by position. */
  private static final String LATIN = "aeopcxykiABEKMHOPCTXYsjI";
  private static final String CYRILLIC = "аеорсхукіАВЕКМНОРСТХУѕјІ";

  private LookAlikes() {}

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
        boolean toCyrillic = cyrillic >= latin;
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
