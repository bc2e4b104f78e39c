package org.kuzet.interdiction.internal.targeting;

import java.util.List;

/**
 * A vehicle's risk score: the sum of the weights of the rules that fired, each listed with why.
 *
 * @param version the rule-set version that scored it
 */
public record RiskScore(int version, List<Fired> fired) {

  /** A rule that fired, its weight and what made it fire. */
  public record Fired(String code, String description, int weight, String detail) {}

  public RiskScore {
    fired = List.copyOf(fired);
  }

  public int score() {
    return fired.stream().mapToInt(Fired::weight).sum();
  }
}
