package org.kuzet.evaluation.aml;

import java.util.Comparator;

/**
 * One row of transactions.csv. {@code minute} counts from the first midnight of the data; {@code
 * seq} is creation order, which breaks ties between rows of the same minute so the sorted output is
 * the same on every run. Amounts are already rounded to their currency's decimals, so every file
 * that prints a row prints it the same way.
 */
record Transaction(
    long seq,
    int minute,
    Account from,
    Account to,
    double received,
    Currency receivingCurrency,
    double paid,
    Currency paymentCurrency,
    PaymentFormat format,
    int schemeId) {

  static final int BENIGN = 0;

  /** By minute, then by creation order. */
  static final Comparator<Transaction> CHRONOLOGICAL =
      (a, b) ->
          a.minute != b.minute ? Integer.compare(a.minute, b.minute) : Long.compare(a.seq, b.seq);

  boolean laundering() {
    return schemeId != BENIGN;
  }
}
