package org.kuzet.interdiction.internal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input the module refuses, with every field at fault and why (e.g. an inspection dated in the
 * future, a seized quantity no vehicle could carry).
 */
public class Refusal extends IllegalArgumentException {

  /** One field at fault. {@code field} uses the form's names, e.g. {@code persons[1].birthDate}. */
  public record Problem(String field, String reason) {}

  private final List<Problem> problems;

  public Refusal(List<Problem> problems) {
    super(problems.stream().map(p -> p.field() + ": " + p.reason()).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public static Refusal of(String field, String reason) {
    return new Refusal(List.of(new Problem(field, reason)));
  }

  public List<Problem> problems() {
    return problems;
  }
}
