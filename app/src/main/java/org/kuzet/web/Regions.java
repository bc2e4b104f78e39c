package org.kuzet.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Kazakhstan's regions (oblasts and the cities of republican significance) by their official
 * names in English, Russian and Kazakh, keyed by ISO 3166-2 code. The data keep the letter codes
 * (KZ-KZY) that the region boundaries carry; the numeric codes ISO has used since the 2022
 * reform (KZ-43, the KATO codes) name the same regions, and the three regions formed in 2022
 * (Abai, Jetisu, Ulytau) have only those. Pages show {@code ${@regions.name(code, stored)}}: the
 * name in the reader's language, or the stored name for a code this table does not hold.
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

  private static void region(@Nullable String letters, String numeric, String en, String ru, String kk) {
    Names n = new Names(en, ru, kk);
    if (letters != null) {
      NAMES.put(letters, n);
    }
    NAMES.put(numeric, n);
    if (letters != null) {
      NUMERIC.put(numeric, letters);
    }
  }

  static {
    region(null, "KZ-10", "Abai Region", "Абайская область", "Абай облысы");
    region("KZ-AKM", "KZ-11", "Akmola Region", "Акмолинская область", "Ақмола облысы");
    region("KZ-AKT", "KZ-15", "Aktobe Region", "Актюбинская область", "Ақтөбе облысы");
    region("KZ-ALM", "KZ-19", "Almaty Region", "Алматинская область", "Алматы облысы");
    region("KZ-ATY", "KZ-23", "Atyrau Region", "Атырауская область", "Атырау облысы");
    region("KZ-ZAP", "KZ-27", "West Kazakhstan Region", "Западно-Казахстанская область", "Батыс Қазақстан облысы");
    region("KZ-ZHA", "KZ-31", "Jambyl Region", "Жамбылская область", "Жамбыл облысы");
    region(null, "KZ-33", "Jetisu Region", "Жетысуская область", "Жетісу облысы");
    region("KZ-KAR", "KZ-35", "Karaganda Region", "Карагандинская область", "Қарағанды облысы");
    region("KZ-KUS", "KZ-39", "Kostanay Region", "Костанайская область", "Қостанай облысы");
    region("KZ-KZY", "KZ-43", "Kyzylorda Region", "Кызылординская область", "Қызылорда облысы");
    region("KZ-MAN", "KZ-47", "Mangystau Region", "Мангистауская область", "Маңғыстау облысы");
    region("KZ-PAV", "KZ-55", "Pavlodar Region", "Павлодарская область", "Павлодар облысы");
    region("KZ-SEV", "KZ-59", "North Kazakhstan Region", "Северо-Казахстанская область", "Солтүстік Қазақстан облысы");
    // South Kazakhstan Region was renamed Turkistan Region in 2018; its letter code stayed.
    region("KZ-YUZ", "KZ-61", "Turkistan Region", "Туркестанская область", "Түркістан облысы");
    region(null, "KZ-62", "Ulytau Region", "Улытауская область", "Ұлытау облысы");
    region("KZ-VOS", "KZ-63", "East Kazakhstan Region", "Восточно-Казахстанская область", "Шығыс Қазақстан облысы");
    region("KZ-AST", "KZ-71", "Astana", "Астана", "Астана");
    region("KZ-ALA", "KZ-75", "Almaty", "Алматы", "Алматы");
    region("KZ-SHY", "KZ-79", "Shymkent", "Шымкент", "Шымкент");
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
   * For templates: the name in the reader's language; the stored name (else the code) when the
   * code is none this table holds.
   */
  public String name(@Nullable String code, @Nullable String stored) {
    return nameIn(code, LocaleContextHolder.getLocale())
        .orElse(stored == null || stored.isBlank() ? (code == null ? "" : code) : stored);
  }

  /** Every letter code with its name in the reader's language, for maps keyed by code. */
  public Map<String, String> names() {
    Locale locale = LocaleContextHolder.getLocale();
    var out = new LinkedHashMap<String, String>();
    NAMES.forEach((code, n) -> {
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
