package org.kuzet.results.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An indicator's actual in one year: the value, or suppressed (an anonymised count too small to
 * publish), with its breakdown (by agency and gender, by drug) where the records give one.
 */
record Actual(
    int year, @Nullable BigDecimal value, boolean suppressed, Map<String, BigDecimal> breakdown) {

  Actual {
    breakdown = Map.copyOf(breakdown);
  }

  static Actual of(int year, BigDecimal value) {
    return new Actual(year, value, false, Map.of());
  }

  static Actual suppressed(int year) {
    return new Actual(year, null, true, Map.of());
  }

  /** "HEROIN 12.5; HASHISH 300", sorted by key; empty without a breakdown. */
  public String breakdownText() {
    return breakdown.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + " " + e.getValue().stripTrailingZeros().toPlainString())
        .collect(Collectors.joining("; "));
  }
}
