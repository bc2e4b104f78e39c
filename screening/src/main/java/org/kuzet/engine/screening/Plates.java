package org.kuzet.engine.screening;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import org.kuzet.engine.screening.plates.PlateFormat;

/**
 * Vehicle registration plates as officers type them: in Cyrillic or Latin letters (the plate
 * alphabets use only letters that look alike in both: А/A, В/B, Е/E, К/K, М/M, Н/H, О/O, Р/P, С/C,
 * Т/T, У/Y, Х/X), with or without spaces, dashes and the country band (KZ, RUS, KG, UZ).
 */
public final class Plates {

  private static final String CYRILLIC = "АВЕКМНОРСТУХ";
  private static final String LATIN = "ABEKMHOPCTYX";
  private static final Set<String> COUNTRY_BANDS =
      Set.of("KZ", "RUS", "RU", "KG", "KGZ", "UZ", "TJ", "TM", "KAZ");

  private Plates() {}

  /**
   * The canonical plate: upper-case Latin letters and digits only, Cyrillic look-alikes mapped to
   * Latin, country band removed. {@code "123 АВС 02"} and {@code "123abc-02"} both give {@code
   * "123ABC02"}.
   *
   * @throws IllegalArgumentException when the plate holds a letter that is neither Latin nor a
   *     Cyrillic look-alike (such as Ж), or no character at all
   */
  public static String normalise(String plate) {
    if (plate == null) {
      throw new IllegalArgumentException("plate is missing");
    }
    String s = Normalizer.normalize(plate, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(s.length());
    for (String part : s.split("[\\s\\-–—_.·/]+")) {
      if (part.isEmpty() || COUNTRY_BANDS.contains(part) && s.split("[\\s\\-–—_.·/]+").length > 1) {
        continue;
      }
      for (int i = 0; i < part.length(); i++) {
        char c = part.charAt(i);
        int k = CYRILLIC.indexOf(c);
        if (k >= 0) {
          out.append(LATIN.charAt(k));
        } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
          out.append(c);
        } else {
          throw new IllegalArgumentException(
              "plate '"
                  + plate
                  + "' holds '"
                  + c
                  + "', which is neither a Latin letter, a digit nor a Cyrillic look-alike");
        }
      }
    }
    if (out.length() == 0 || out.length() > 12) {
      throw new IllegalArgumentException(
          "plate '" + plate + "' has " + out.length() + " letters and digits");
    }
    return out.toString();
  }

  /** Whether two plates are the same once normalised. */
  public static boolean matches(String a, String b) {
    return normalise(a).equals(normalise(b));
  }

  /**
   * The format a plate fits (Kazakhstan 2012 or 1993, Russia, Kyrgyzstan, Uzbekistan), or UNKNOWN.
   */
  public static PlateFormat format(String plate) {
    return PlateFormat.of(normalise(plate));
  }
}
