package org.kuzet.evaluation.aml;

/**
 * The laundering shapes, named as in the AMLworld {@code *_Patterns.txt} files, plus structuring,
 * which AMLworld does not have.
 */
enum Typology {
  FAN_IN("FAN-IN"),
  FAN_OUT("FAN-OUT"),
  CYCLE("CYCLE"),
  GATHER_SCATTER("GATHER-SCATTER"),
  SCATTER_GATHER("SCATTER-GATHER"),
  BIPARTITE("BIPARTITE"),
  STACK("STACK"),
  RANDOM("RANDOM"),
  STRUCTURING("STRUCTURING");

  private final String label;

  Typology(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
