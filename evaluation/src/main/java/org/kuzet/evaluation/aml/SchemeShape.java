package org.kuzet.evaluation.aml;

/** Lays out one laundering scheme of a typology. */
interface SchemeShape {

  Scheme build(SchemeKit kit);

  static SchemeShape of(Typology typology) {
    return switch (typology) {
      case FAN_IN -> new FanIn();
      case FAN_OUT -> new FanOut();
      case CYCLE -> new Cycle();
      case GATHER_SCATTER -> new GatherScatter();
      case SCATTER_GATHER -> new ScatterGather();
      case BIPARTITE -> new Bipartite();
      case STACK -> new Stack();
      case RANDOM -> new RandomWalk();
      case STRUCTURING -> new Structuring();
    };
  }
}
