package org.kuzet.evaluation.aml;

/** How the amounts of one scheme relate to each other. */
enum AmountBehaviour {
  /** Within about 2% of each other. */
  ALIKE("alike"),
  /** One amount less small, varying fees, as when each hop pays a transfer fee. */
  MINUS_FEES("minus-fees"),
  /** Spread over an order of magnitude or more. */
  SPREAD("spread"),
  /** Round figures such as 9,500.00, as AMLSim's rounded amounts. */
  ROUND("round");

  private final String label;

  AmountBehaviour(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
