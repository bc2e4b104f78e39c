package org.kuzet.trafficking.internal;

import java.util.List;
import java.util.stream.Collectors;

/** Refuses a change and lists every problem found, not only the first. */
class InvalidInput extends RuntimeException {

  private final List<Problem> problems;

  InvalidInput(List<Problem> problems) {
    super(problems.stream().map(p -> p.field() + ": " + p.key()).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  List<Problem> problems() {
    return problems;
  }
}
