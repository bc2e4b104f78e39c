package org.kuzet.evaluation.names;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Hands out writing systems in turn, reshuffled every round, so that every system gets about the
 * same number of queries while their order stays unpredictable.
 */
final class SystemCycle {

  private final List<RomanisationSystem> systems;
  private final Random random;
  private final List<RomanisationSystem> round = new ArrayList<>();

  SystemCycle(List<RomanisationSystem> systems, Random random) {
    this.systems = List.copyOf(systems);
    this.random = random;
  }

  /** All systems that romanise, without Cyrillic. */
  static List<RomanisationSystem> romanising() {
    List<RomanisationSystem> all = new ArrayList<>();
    for (RomanisationSystem system : RomanisationSystem.values()) {
      if (system.romanises()) {
        all.add(system);
      }
    }
    return all;
  }

  /** The romanising systems and Cyrillic itself. */
  static List<RomanisationSystem> withCyrillic() {
    List<RomanisationSystem> all = new ArrayList<>(romanising());
    all.add(RomanisationSystem.CYRILLIC);
    return all;
  }

  RomanisationSystem next() {
    if (round.isEmpty()) {
      round.addAll(systems);
      Collections.shuffle(round, random);
    }
    return round.remove(round.size() - 1);
  }
}
