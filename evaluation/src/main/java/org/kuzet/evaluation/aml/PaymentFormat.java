package org.kuzet.evaluation.aml;

/** The payment formats of the AMLworld datasets, spelled as they are there. */
enum PaymentFormat {
  ACH("ACH"),
  WIRE("Wire"),
  CHEQUE("Cheque"),
  CREDIT_CARD("Credit Card"),
  CASH("Cash"),
  REINVESTMENT("Reinvestment"),
  BITCOIN("Bitcoin");

  private final String label;

  PaymentFormat(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
