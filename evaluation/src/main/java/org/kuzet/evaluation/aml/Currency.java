package org.kuzet.evaluation.aml;

/**
 * The currencies of the AMLworld datasets, spelled as they are there. Rates are units per US dollar
 * near September 2022, the month the AMLworld datasets start; they only need to be plausible, so a
 * cross-currency hop pays one amount and receives a consistent other.
 */
enum Currency {
  US_DOLLAR("US Dollar", 1.0),
  EURO("Euro", 0.99),
  UK_POUND("UK Pound", 0.87),
  SWISS_FRANC("Swiss Franc", 0.97),
  YEN("Yen", 143.0),
  YUAN("Yuan", 6.95),
  RUPEE("Rupee", 79.8),
  RUBLE("Ruble", 60.5),
  AUSTRALIAN_DOLLAR("Australian Dollar", 1.47),
  CANADIAN_DOLLAR("Canadian Dollar", 1.31),
  MEXICAN_PESO("Mexican Peso", 20.0),
  BRAZIL_REAL("Brazil Real", 5.2),
  SAUDI_RIYAL("Saudi Riyal", 3.76),
  SHEKEL("Shekel", 3.42),
  BITCOIN("Bitcoin", 0.00005);

  private final String label;
  private final double perUsd;

  Currency(String label, double perUsd) {
    this.label = label;
    this.perUsd = perUsd;
  }

  String label() {
    return label;
  }

  double fromUsd(double usd) {
    return usd * perUsd;
  }

  double toUsd(double amount) {
    return amount / perUsd;
  }

  /** Bitcoin amounts are small numbers, so they keep six decimals where money keeps cents. */
  int decimals() {
    return this == BITCOIN ? 6 : 2;
  }

  double round(double amount) {
    double scale = Math.pow(10, decimals());
    return Math.round(amount * scale) / scale;
  }

  /**
   * The cash amount at which a bank must report: 10,000 US dollars (FinCEN's currency transaction
   * report, 31 CFR 1010.311) and 10,000 euros (the EU's cash threshold); elsewhere 10,000 dollars
   * at this rate, rounded down to two significant figures so it reads like a rule people know.
   */
  double cashThreshold() {
    if (this == US_DOLLAR || this == EURO) {
      return 10_000;
    }
    double local = fromUsd(10_000);
    double unit = Math.pow(10, Math.floor(Math.log10(local)) - 1);
    return Math.floor(local / unit) * unit;
  }
}
