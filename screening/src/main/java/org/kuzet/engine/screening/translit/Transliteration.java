package org.kuzet.engine.screening.translit;

import java.util.Map;

/**
 * The transliteration standards officers meet on documents and in lists. ICU4J supplies
 * BGN/PCGN and the Latin-to-Cyrillic direction; ICAO 9303, GOST 7.79 System B and the Kazakh
 * Latin alphabet of 2021 come from {@link LetterTables}, which cites each standard.
 *
 * <p>All constants are thread-safe. Letters outside a table (Latin, digits, other scripts) pass
 * through unchanged.
 */
public enum Transliteration {
  /** ICAO Doc 9303 passport transliteration (machine-readable zone and Latin name fields). */
  ICAO_9303 {
    @Override
    public String apply(String text) {
      return byTable(text, LetterTables.ICAO_9303, false);
    }
  },
  /**
   * BGN/PCGN romanisation: ICU4J {@code Russian-Latin/BGN}, or {@code Kazakh-Latin/BGN} when the
   * text holds Kazakh letters (Ә Ғ Қ Ң Ө Ұ Ү Һ І).
   */
  BGN_PCGN {
    @Override
    public String apply(String text) {
      return IcuTransforms.bgn(text);
    }
  },
  /** GOST 7.79-2000 System B (letter combinations and the grave accent, no diacritics). */
  GOST_7_79_B {
    @Override
    public String apply(String text) {
      return byTable(text, LetterTables.GOST_7_79_B, true);
    }
  },
  /** The Kazakh Latin alphabet presented in January 2021 (Ä Ğ Ñ Ö Ş Ū Ü I İ Q). */
  KAZAKH_LATIN_2021 {
    @Override
    public String apply(String text) {
      return byTable(text, LetterTables.KAZAKH_LATIN_2021, false);
    }
  },
  /** Latin back to Russian Cyrillic: ICU4J {@code Latin-Russian/BGN}. */
  LATIN_TO_CYRILLIC {
    @Override
    public String apply(String text) {
      return IcuTransforms.latinToCyrillic(text);
    }
  };

  /** Renders {@code text} in this standard. */
  public abstract String apply(String text);

  private static String byTable(String text, Map<Character, String> table, boolean gostCz) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char lower = Character.toLowerCase(c);
      String latin = table.get(lower);
      if (latin == null) {
        out.append(c);
        continue;
      }
      if (gostCz && lower == 'ц' && i + 1 < text.length()) {
        // GOST 7.79 B: "c" before i, e, y, j (that is, before и, е, ы, й and their kin).
        String next = table.get(Character.toLowerCase(text.charAt(i + 1)));
        if (next != null && !next.isEmpty() && "eiyj".indexOf(next.charAt(0)) >= 0) {
          latin = "c";
        }
      }
      if (c != lower && !latin.isEmpty()) {
        boolean wordUpper =
            (i + 1 < text.length() && Character.isUpperCase(text.charAt(i + 1)))
                || (i > 0 && Character.isUpperCase(text.charAt(i - 1)));
        latin =
            wordUpper
                ? latin.toUpperCase(java.util.Locale.ROOT)
                : latin.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + latin.substring(1);
      }
      out.append(latin);
    }
    return out.toString();
  }
}
