package org.kuzet.interdiction.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The comparable form of a vehicle plate: NFKC, upper case, no spaces or dashes, and Cyrillic
 * letters that look like Latin ones (А В Е К М Н О Р С Т У Х) folded to the Latin letter, so that
 * "123 АВС 02" typed on a Russian keyboard finds "123ABC02".
 */
public final class PlateKeys {

  private static final String CYRILLIC = "АВЕКМНОРСТУХЁ";
  private static final String LATIN = "ABEKMHOPCTYXE";

  private PlateKeys() {}

  public static String key(String plate) {
    String s = Normalizer.normalize(plate, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
    var out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int look = CYRILLIC.indexOf(c);
      if (look >= 0) {
        out.append(LATIN.charAt(look));
      } else if (Character.isLetterOrDigit(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
