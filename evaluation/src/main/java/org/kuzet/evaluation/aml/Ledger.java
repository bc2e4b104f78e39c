package org.kuzet.evaluation.aml;

import java.util.ArrayList;
import java.util.List;

/**
 * Every transaction of the data set, benign or not. It turns a payment into a row the way a bank
 * would: the payer pays in its account's currency and the payee receives in its own, at the rate
 * less a small spread; Bitcoin payments are in Bitcoin at both ends.
 */
final class Ledger {

  private static final double MAX_SPREAD = 0.006;

  private final List<Transaction> rows = new ArrayList<>();
  private long nextSeq = 1;

  /** A payment worth {@code usd} US dollars. */
  Transaction payUsd(
      int minute, Account from, Account to, double usd, PaymentFormat format, int schemeId) {
    Currency paying = format == PaymentFormat.BITCOIN ? Currency.BITCOIN : from.currency();
    return payLocal(minute, from, to, paying.fromUsd(usd), format, schemeId);
  }

  /** A payment of {@code amount} in the payer's currency (Bitcoin for Bitcoin payments). */
  Transaction payLocal(
      int minute, Account from, Account to, double amount, PaymentFormat format, int schemeId) {
    boolean bitcoin = format == PaymentFormat.BITCOIN;
    Currency paying = bitcoin ? Currency.BITCOIN : from.currency();
    Currency receiving = bitcoin ? Currency.BITCOIN : to.currency();
    long seq = nextSeq++;
    double paid = paying.round(Math.max(amount, minimum(paying)));
    double received = paid;
    if (receiving != paying) {
      received = receiving.round(receiving.fromUsd(paying.toUsd(paid)) * (1 - spread(seq)));
      received = Math.max(received, minimum(receiving));
    }
    Transaction row =
        new Transaction(seq, minute, from, to, received, receiving, paid, paying, format, schemeId);
    rows.add(row);
    return row;
  }

  int size() {
    return rows.size();
  }

  /** The rows ordered by time; rows of one minute keep the order they were made in. */
  List<Transaction> sorted() {
    List<Transaction> copy = new ArrayList<>(rows);
    copy.sort(Transaction.CHRONOLOGICAL);
    return copy;
  }

  private static double minimum(Currency currency) {
    return currency == Currency.BITCOIN ? 0.000001 : 0.01;
  }

  /** A spread that varies between rows but needs no random source, so callers stay independent. */
  private static double spread(long seq) {
    double golden = seq * 0.6180339887498949;
    return MAX_SPREAD * (golden - Math.floor(golden));
  }
}
