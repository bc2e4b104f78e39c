package org.kuzet.evaluation.aml;

/**
 * A transaction as the AMLworld CSV writes it: {@code 2022/09/01 00:06,021174,800737690,012,
 * 80011F990,2848.96,Euro,2848.96,Euro,ACH,1}. The same text goes into transactions.csv and
 * patterns.txt, so the two files match row for row.
 */
final class RowFormat {

  static final String HEADER =
      "Timestamp,From Bank,Account,To Bank,Account,Amount Received,Receiving Currency,"
          + "Amount Paid,Payment Currency,Payment Format,Is Laundering";

  private final Clock clock;

  RowFormat(Clock clock) {
    this.clock = clock;
  }

  String line(Transaction row) {
    StringBuilder out = new StringBuilder(112);
    out.append(clock.format(row.minute())).append(',');
    out.append(row.from().bank().code()).append(',').append(row.from().number()).append(',');
    out.append(row.to().bank().code()).append(',').append(row.to().number()).append(',');
    amount(out, row.received(), row.receivingCurrency()).append(',');
    out.append(row.receivingCurrency().label()).append(',');
    amount(out, row.paid(), row.paymentCurrency()).append(',');
    out.append(row.paymentCurrency().label()).append(',');
    out.append(row.format().label()).append(',');
    out.append(row.laundering() ? '1' : '0');
    return out.toString();
  }

  /** Fixed decimals without locale or exponent, whatever the size of the number. */
  static StringBuilder amount(StringBuilder out, double value, Currency currency) {
    int decimals = currency.decimals();
    long scale = (long) Math.pow(10, decimals);
    long scaled = Math.round(value * scale);
    out.append(scaled / scale).append('.');
    String fraction = Long.toString(scaled % scale);
    for (int i = fraction.length(); i < decimals; i++) {
      out.append('0');
    }
    return out.append(fraction);
  }
}
