package org.kuzet.interdiction.internal.targeting;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** One targeting rule of a rule-set version. */
public record Rule(
    String code, RuleKind kind, String parameter, int weight, boolean enabled, String description) {

  /** The parameter as a threshold; rules of other kinds never ask. */
  public int threshold() {
    return Integer.parseInt(parameter.strip());
  }

  /** The parameter as lower-case words or places, blanks dropped. */
  public List<String> words() {
    return Arrays.stream(parameter.split(","))
        .map(w -> w.strip().toLowerCase(Locale.ROOT))
        .filter(w -> !w.isEmpty())
        .toList();
  }
}
