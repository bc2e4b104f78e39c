package org.kuzet.trafficking.internal;

import java.util.List;

/**
 * The outcome of an identification interview: the level, the indicators found, the reasons in words
 * (message keys) and what the officer should do next (message keys).
 */
public record Assessment(
    AssessmentLevel level,
    List<Indicator> present,
    List<String> reasonKeys,
    List<String> nextStepKeys,
    int unanswered) {

  public Assessment {
    present = List.copyOf(present);
    reasonKeys = List.copyOf(reasonKeys);
    nextStepKeys = List.copyOf(nextStepKeys);
  }
}
