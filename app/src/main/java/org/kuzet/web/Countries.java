package org.kuzet.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one way a country is typed, read and stored. A country is stored as its ISO 3166-1 alpha-3
 * code, which is also the ICAO (passport MRZ) code for every state the two both code. What a user
 * types may be that code, the ISO alpha-2 code, the ICAO code (Germany's "D"), or the country's
 * name in English, Russian or Kazakh; {@link #code} reads all of them. The codes ICAO has and ISO
 * has not (Kosovo, United Nations documents, stateless persons and refugees) are stored as ICAO
 * writes them, since an MRZ carries them and nothing else names those holders.
 *
 * <p>Pages offer the codes as an HTML datalist ({@code fragments :: countryList}) whose options
 * show the name in the reader's language, so the picker works without script and with a screen
 * reader.
 */
@Component("countryPicker")
public class Countries {

  /** Codes ICAO Doc 9303 uses that ISO 3166-1 does not define, kept as they are. */
  static final Map<String, String> ICAO_ONLY = new LinkedHashMap<>();

  static {
    ICAO_ONLY.put("RKS", "Kosovo");
    ICAO_ONLY.put("UNO", "United Nations");
    ICAO_ONLY.put("UNA", "United Nations specialized agency");
    ICAO_ONLY.put("UNK", "UNMIK (Kosovo)");
    ICAO_ONLY.put("XXA", "Stateless person");
    ICAO_ONLY.put("XXB", "Refugee");
    ICAO_ONLY.put("XXC", "Refugee (other)");
    ICAO_ONLY.put("XXX", "Nationality unspecified");
  }

  /** ICAO codes that differ from ISO for a state ISO does code. */
  private static final Map<String, String> ICAO_TO_ISO =
      Map.of(
          "D", "DEU", "GBD", "GBR", "GBN", "GBR", "GBO", "GBR", "GBP", "GBR", "GBS", "GBR", "ZIM",
          "ZWE");

  /** Listed first in pickers: the countries most records in the region involve. */
  public static final List<String> REGION =
      List.of("KAZ", "KGZ", "TJK", "UZB", "TKM", "AFG", "RUS", "CHN", "IRN", "PAK", "TUR", "ARE");

  /** Names people in the region use besides the ones the Java runtime gives. */
  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("кыргызстан", "KGZ"),
          Map.entry("киргизия", "KGZ"),
          Map.entry("kirghizia", "KGZ"),
          Map.entry("kyrgyz republic", "KGZ"),
          Map.entry("қырғызстан", "KGZ"),
          Map.entry("таджикистан", "TJK"),
          Map.entry("тәжікстан", "TJK"),
          Map.entry("туркмения", "TKM"),
          Map.entry("түрікменстан", "TKM"),
          Map.entry("өзбекстан", "UZB"),
          Map.entry("ауғанстан", "AFG"),
          Map.entry("ресей", "RUS"),
          Map.entry("russia", "RUS"),
          Map.entry("қытай", "CHN"),
          Map.entry("оаэ", "ARE"),
          Map.entry("uae", "ARE"),
          Map.entry("türkiye", "TUR"),
          Map.entry("turkey", "TUR"),
          Map.entry("usa", "USA"),
          Map.entry("сша", "USA"),
          Map.entry("uk", "GBR"),
          Map.entry("kosovo", "RKS"),
          Map.entry("косово", "RKS"));

  private static final Locale RU = Locale.forLanguageTag("ru");
  private static final Locale KK = Locale.forLanguageTag("kk");

  private static final Map<String, String> ISO2_TO_3 = new HashMap<>();
  private static final Map<String, String> ISO3_TO_2 = new HashMap<>();
  private static final Map<String, String> BY_NAME = new HashMap<>();

  static {
    for (String two : Locale.getISOCountries()) {
      String three = new Locale("", two).getISO3Country();
      if (three.isEmpty()) {
        continue;
      }
      ISO2_TO_3.put(two, three);
      ISO3_TO_2.put(three, two);
      for (Locale l : List.of(Locale.ENGLISH, RU, KK)) {
        BY_NAME.putIfAbsent(fold(new Locale("", two).getDisplayCountry(l)), three);
      }
    }
    ALIASES.forEach((name, code) -> BY_NAME.put(fold(name), code));
  }

  /**
   * The stored code for what a user typed, or empty when it names no country. Blank input is not a
   * country either; callers decide whether the field may be left empty.
   */
  public static Optional<String> code(@Nullable String typed) {
    if (typed == null || typed.isBlank()) {
      return Optional.empty();
    }
    String t = typed.strip();
    // A picked option may carry its name after the code: "TJK — Tajikistan".
    int dash = t.indexOf(" — ");
    if (dash > 0) {
      t = t.substring(0, dash).strip();
    }
    String upper = t.toUpperCase(Locale.ROOT);
    if (ISO3_TO_2.containsKey(upper) || ICAO_ONLY.containsKey(upper)) {
      return Optional.of(upper);
    }
    if (ICAO_TO_ISO.containsKey(upper)) {
      return Optional.of(ICAO_TO_ISO.get(upper));
    }
    if (ISO2_TO_3.containsKey(upper)) {
      return Optional.of(ISO2_TO_3.get(upper));
    }
    return Optional.ofNullable(BY_NAME.get(fold(t)));
  }

  /**
   * What a form or a client's field is stored as: the code of what was typed, null when blank, and
   * the typed text itself when it names no country, so the caller's rules refuse it with the words
   * the user wrote.
   */
  public static @Nullable String stored(@Nullable String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    return code(typed).orElse(typed.strip());
  }

  /** Whether the stored code is one this class writes. */
  public static boolean known(@Nullable String code) {
    return code != null && (ISO3_TO_2.containsKey(code) || ICAO_ONLY.containsKey(code));
  }

  /** The ISO alpha-2 code of a stored code, for maps and exchanges that want two letters. */
  public static Optional<String> iso2(@Nullable String code) {
    return Optional.ofNullable(code == null ? null : ISO3_TO_2.get(code));
  }

  /** The country's name in the given language; the code itself when it names none. */
  public static String name(@Nullable String code, Locale locale) {
    if (code == null || code.isBlank()) {
      return "";
    }
    String two = ISO3_TO_2.get(code);
    if (two == null && code.length() == 2 && ISO2_TO_3.containsKey(code)) {
      two = code;
    }
    return two == null ? code : new Locale("", two).getDisplayCountry(locale);
  }

  /**
   * A stored country code as the argument of a text worded later (a search hit's detail line), so
   * it shows as the country's name in the reader's language.
   */
  public record Country(@Nullable String code) {
    public String name(Locale locale) {
      return Countries.name(code, locale);
    }
  }

  /** The name in the reader's language, for templates: {@code ${@countryPicker.named(code)}}. */
  public String named(@Nullable String code) {
    return name(code, LocaleContextHolder.getLocale());
  }

  /**
   * Names of a comma-separated list of codes (a route's transit countries), in the reader's
   * language.
   */
  public String namedAll(@Nullable String codes) {
    if (codes == null || codes.isBlank()) {
      return "";
    }
    Locale locale = LocaleContextHolder.getLocale();
    var out = new ArrayList<String>();
    for (String c : codes.split(",")) {
      if (!c.isBlank()) {
        out.add(name(c.strip(), locale));
      }
    }
    return String.join(", ", out);
  }

  /** One choice of a picker: the stored code and what the reader sees. */
  public record Choice(String code, String label) {}

  /** Every country, the region's first, then the rest by name in the reader's language. */
  public List<Choice> choices() {
    Locale locale = LocaleContextHolder.getLocale();
    var out = new ArrayList<Choice>();
    for (String c : REGION) {
      out.add(new Choice(c, name(c, locale)));
    }
    ISO3_TO_2.keySet().stream()
        .filter(c -> !REGION.contains(c))
        .map(c -> new Choice(c, name(c, locale)))
        .sorted(Comparator.comparing(Choice::label))
        .forEach(out::add);
    return out;
  }

  /** Every stored code there is, for tests and migrations. */
  public static Set<String> all() {
    var all = new HashSet<>(ISO3_TO_2.keySet());
    all.addAll(ICAO_ONLY.keySet());
    return all;
  }

  private static String fold(String s) {
    String d =
        Normalizer.normalize(s.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .replace('ё', 'е');
    return d.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
