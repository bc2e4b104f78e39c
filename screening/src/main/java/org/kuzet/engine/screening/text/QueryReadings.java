package org.kuzet.engine.screening.text;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The alternate readings of a query's name part: as other romanisation systems write it ({@link
 * Romanisations}), with yo for ё, and with its letters as written where the part mixed scripts
 * (cонго, алеxеи: a Latin word half transliterated).
 */
final class QueryReadings {

  private QueryReadings() {}

  /**
   * @param marked the part with its apostrophes ({@link RawPart#marked})
   * @param key the part's fold key
   * @param writtenAscii the ASCII form of the part's letters as written where they differ from the
   *     part read in one script, else null
   */
  static List<Reading> of(String marked, String key, @Nullable String writtenAscii) {
    List<Reading> alternates = Romanisations.readings(marked, key);
    alternates = withYo(alternates, marked, key);
    String writtenKey =
        writtenAscii == null || writtenAscii.isEmpty() ? null : Keys.fold(writtenAscii);
    if (writtenKey != null
        && !writtenKey.equals(key)
        && alternates.stream().noneMatch(r -> r.key().equals(writtenKey))) {
      List<Reading> more = new ArrayList<>(alternates);
      more.add(Reading.of(writtenKey));
      alternates = more;
    }
    return alternates;
  }

  /**
   * The readings with one more where the part holds ё (ë): passports and ICAO write it e (Артём,
   * Artem), English-language lists and BGN/PCGN yo or ë (Artyom, Pyotr, Semyon); so a part with ё
   * is also read with yo.
   */
  static List<Reading> withYo(List<Reading> readings, String marked, String key) {
    if (marked.indexOf('ё') < 0 && marked.indexOf('ë') < 0) {
      return readings;
    }
    String yo = Keys.fold(ScriptFold.toAscii(marked.replace("ё", "йо").replace("ë", "yo")));
    if (yo.isEmpty() || yo.equals(key) || readings.stream().anyMatch(r -> r.key().equals(yo))) {
      return readings;
    }
    List<Reading> more = new ArrayList<>(readings);
    more.add(Reading.of(yo));
    return more;
  }
}
