package org.kuzet.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Kazakhstan's regions (oblasts and the cities of republican significance) by their official names
 * in English, Russian and Kazakh, keyed by ISO 3166-2 code. The data keep the letter codes (KZ-KZY)
 * that the region boundaries carry; the numeric codes ISO has used since the 2022 reform (KZ-43,
 * the KATO codes) name the same regions, and the three regions formed in 2022 (Abai, Jetisu,
 * Ulytau) have only those. Pages show {@code ${@regions.name(code, stored)}}: the name in the
 * reader's language, or the stored name for a code this table does not hold.
 */
@Component("regions")
public class Regions {

  private record Names(String en, String ru, String kk) {
    String in(Locale locale) {
      return switch (locale.getLanguage()) {
        case "ru" -> ru;
        case "kk" -> kk;
        default -> en;
      };
    }
  }

  private static final Map<String, Names> NAMES = new LinkedHashMap<>();
  private static final Map<String, String> NUMERIC = new LinkedHashMap<>();

  // The table is data, one region a row (regions.csv beside this class): its letter code (empty
  // for the regions formed in 2022), numeric code and names. South Kazakhstan Region was renamed
  // Turkistan Region in 2018; its letter code KZ-YUZ stayed.
  static {
    var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (var in = Regions.class.getResourceAsStream("regions.csv");
        var parser =
            CSVParser.parse(
                Objects.requireNonNull(in, "regions.csv"), StandardCharsets.UTF_8, format)) {
      for (CSVRecord row : parser) {
        Names n = new Names(row.get("en"), row.get("ru"), row.get("kk"));
        String letters = row.get("letters");
        String numeric = row.get("numeric");
        if (!letters.isEmpty()) {
          NAMES.put(letters, n);
          NUMERIC.put(numeric, letters);
        }
        NAMES.put(numeric, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the region table regions.csv cannot be read", e);
    }
  }

  /** The region's name in the given language, if the code is one of Kazakhstan's regions. */
  public static Optional<String> nameIn(@Nullable String code, Locale locale) {
    if (code == null) {
      return Optional.empty();
    }
    Names n = NAMES.get(code.strip().toUpperCase(Locale.ROOT));
    return n == null ? Optional.empty() : Optional.of(n.in(locale));
  }

  /**
   * For templates: the name in the reader's language; the stored name (else the code) when the code
   * is none this table holds.
   */
  public String name(@Nullable String code, @Nullable String stored) {
    return nameIn(code, LocaleContextHolder.getLocale())
        .orElse(stored == null || stored.isBlank() ? (code == null ? "" : code) : stored);
  }

  /** Every letter code with its name in the reader's language, for maps keyed by code. */
  public Map<String, String> names() {
    Locale locale = LocaleContextHolder.getLocale();
    var out = new LinkedHashMap<String, String>();
    NAMES.forEach(
        (code, n) -> {
          if (!NUMERIC.containsKey(code)) {
            out.put(code, n.in(locale));
          }
        });
    return out;
  }

  /** The codes this table names, letter and numeric: for tests. */
  static List<String> codes() {
    return List.copyOf(NAMES.keySet());
  }
}
