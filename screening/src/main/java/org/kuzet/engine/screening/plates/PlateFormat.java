package org.kuzet.engine.screening.plates;

import java.util.regex.Pattern;

/** Plate formats of Kazakhstan and its neighbours, on the canonical form (Latin, no spaces). */
public enum PlateFormat {
  /** Kazakhstan since 2012: three digits, two or three letters, two-digit region (123ABC02). */
  KAZAKHSTAN_2012("\\d{3}[A-Z]{2,3}(0[1-9]|1[0-9]|20)"),
  /** Kazakhstan 1993-2012: region letter, three digits, two or three letters (A123BCD). */
  KAZAKHSTAN_1993("[A-Z]\\d{3}[A-Z]{2,3}"),
  /** Russia: letter, three digits, two letters, region of two or three digits (A123BC77). */
  RUSSIA("[ABEKMHOPCTYX]\\d{3}[ABEKMHOPCTYX]{2}\\d{2,3}"),
  /** Kyrgyzstan since 2016: region two digits, three digits, three letters (01123ABC). */
  KYRGYZSTAN("\\d{2}\\d{3}[A-Z]{3}"),
  /** Uzbekistan: region two digits, letter, three digits, two letters (01A123BC). */
  UZBEKISTAN("\\d{2}[A-Z]\\d{3}[A-Z]{2}"),
  /** None of the above. */
  UNKNOWN(".*");

  private final Pattern pattern;

  PlateFormat(String regex) {
    this.pattern = Pattern.compile(regex);
  }

  /** The first format the canonical plate fits. */
  public static PlateFormat of(String canonical) {
    for (PlateFormat f : values()) {
      if (f.pattern.matcher(canonical).matches()) {
        return f;
      }
    }
    return UNKNOWN;
  }
}
