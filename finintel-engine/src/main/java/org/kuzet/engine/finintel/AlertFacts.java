package org.kuzet.engine.finintel;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The facts an alert's reason is made of, for an application to word in its reader's language:
 * which sentence ({@code kind}: the typology, or the typology and a variant such as {@code
 * GATHER_SCATTER} or {@code HIGH_RISK_JURISDICTION.in}) and its values in the order the English
 * reason names them. Amounts and rates are plain decimals ({@code 1250000.00}), counts whole
 * numbers, accounts as {@link AccountRef#toString()}. Detection never reads them.
 */
public record AlertFacts(String kind, List<String> values) {

  /** No facts: the alert was made without them (an older stream); only its reason says why. */
  public static final AlertFacts NONE = new AlertFacts("", List.of());

  public AlertFacts {
    Objects.requireNonNull(kind, "kind");
    values = List.copyOf(values);
  }

  /** The facts of one sentence; each value is written with {@link String#valueOf(Object)}. */
  public static AlertFacts of(String kind, Object... values) {
    return new AlertFacts(kind, Arrays.stream(values).map(String::valueOf).toList());
  }

  /** An amount as facts write it: two decimals, no grouping. */
  public static String amount(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
