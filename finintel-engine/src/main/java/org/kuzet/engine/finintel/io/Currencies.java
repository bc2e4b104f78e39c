package org.kuzet.engine.finintel.io;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Currency names used by IBM's AML data, mapped to ISO 4217 codes (XBT for bitcoin). */
final class Currencies {
  private static final Map<String, String> BY_NAME =
      Map.ofEntries(
          Map.entry("us dollar", "USD"),
          Map.entry("euro", "EUR"),
          Map.entry("yuan", "CNY"),
          Map.entry("yen", "JPY"),
          Map.entry("uk pound", "GBP"),
          Map.entry("rupee", "INR"),
          Map.entry("ruble", "RUB"),
          Map.entry("swiss franc", "CHF"),
          Map.entry("shekel", "ILS"),
          Map.entry("saudi riyal", "SAR"),
          Map.entry("mexican peso", "MXN"),
          Map.entry("canadian dollar", "CAD"),
          Map.entry("australian dollar", "AUD"),
          Map.entry("brazil real", "BRL"),
          Map.entry("bitcoin", "XBT"),
          Map.entry("tenge", "KZT"),
          Map.entry("kazakhstani tenge", "KZT"));

  private static final Map<String, String> BY_CODE = reverse();

  private Currencies() {}

  /** An ISO code, or a name IBM's data uses; throws naming the field otherwise. */
  static String code(String text, String field) {
    if (text.length() == 3 && text.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      return text;
    }
    String code = BY_NAME.get(text.toLowerCase(Locale.ROOT));
    if (code == null) {
      throw new RowProblem(
          RowError.Code.UNKNOWN_CURRENCY,
          field,
          text,
          "field '" + field + "': unknown currency '" + text + "'");
    }
    return code;
  }

  /** The name IBM's data uses for a code, or the code itself. */
  static String ibmName(String code) {
    return BY_CODE.getOrDefault(code, code);
  }

  private static Map<String, String> reverse() {
    HashMap<String, String> m = new HashMap<>();
    BY_NAME.forEach(
        (name, code) -> {
          if (!name.equals("kazakhstani tenge")) {
            String[] words = name.split(" ");
            StringBuilder b = new StringBuilder();
            for (String w : words) {
              if (b.length() > 0) {
                b.append(' ');
              }
              b.append(
                  w.equals("us") || w.equals("uk")
                      ? w.toUpperCase(Locale.ROOT)
                      : Character.toUpperCase(w.charAt(0)) + w.substring(1));
            }
            m.put(code, b.toString());
          }
        });
    return Map.copyOf(m);
  }
}
