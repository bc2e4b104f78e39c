package org.kuzet.interdiction.internal.targeting;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One targeting rule of a rule-set version.
 *
 * @param terms for rules that list words or places: more words, in any language or script, that
 *     count as the parameter's (дыня, дыни, қауын for "melons"); comma-separated, may be empty
 */
public record Rule(
    String code,
    RuleKind kind,
    String parameter,
    int weight,
    boolean enabled,
    String description,
    String terms) {

  public Rule {
    terms = terms == null ? "" : terms.strip();
  }

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

  /**
   * The parameter's words and the terms, each spelled in plain Latin letters ({@link Terms#fold}).
   */
  List<String> matchable() {
    return Terms.folded(parameter + "," + terms);
  }
}
