package org.kuzet.evaluation.aml;

/** The kinds of benign traffic that share a laundering typology's shape, and which shape. */
enum LookAlikeKind {
  PAYROLL("payroll", Typology.FAN_OUT),
  MERCHANT_TAKINGS("merchant-takings", Typology.FAN_IN),
  MERCHANT_CASH_DEPOSITS("merchant-cash-deposits", Typology.STRUCTURING),
  RENT_CYCLE("rent-cycle", Typology.CYCLE),
  SAVINGS_SWEEP("savings-sweep", Typology.CYCLE),
  REMITTANCE_OUT("remittance-out", Typology.FAN_OUT),
  REMITTANCE_IN("remittance-in", Typology.FAN_IN);

  private final String label;
  private final Typology resembles;

  LookAlikeKind(String label, Typology resembles) {
    this.label = label;
    this.resembles = resembles;
  }

  String label() {
    return label;
  }

  Typology resembles() {
    return resembles;
  }
}
