package org.kuzet.trafficking.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** ISO 3166 alpha-2 country codes, named in the reader's language by the Java runtime. */
final class Countries {

  private static final Set<String> CODES = Set.of(Locale.getISOCountries());

  /** Listed first in pick lists: the countries most cases in the region involve. */
  static final List<String> REGION = List.of("KZ", "UZ", "KG", "TJ", "TM", "RU", "CN", "TR", "AE", "KR");

  private Countries() {}

  static boolean known(@Nullable String code) {
    return code != null && CODES.contains(code);
  }

  static String name(@Nullable String code, Locale locale) {
    if (code == null) {
      return "";
    }
    return new Locale("", code).getDisplayCountry(locale);
  }

  /** Region first, then every other country by name. */
  static List<String> pickList(Locale locale) {
    var rest =
        CODES.stream()
            .filter(c -> !REGION.contains(c))
            .sorted(Comparator.comparing(c -> name(c, locale)))
            .toList();
    var all = new ArrayList<>(REGION);
    all.addAll(rest);
    return all;
  }
}
