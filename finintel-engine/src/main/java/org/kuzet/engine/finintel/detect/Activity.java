package org.kuzet.engine.finintel.detect;

/**
 * How busy one direction of an account usually is: a count of its payments that fades with a
 * half-life, and when it was first seen. The rate it gives is the account's own history, the
 * yardstick a burst is measured against: a merchant's hundred payers a day are its normal, a
 * private account's five new senders in a day are not. Two doubles and two longs per direction,
 * kept for as long as the account state lives.
 */
public final class Activity {
  double count;
  // Faded sums of log10(amount) and its square: the account's usual amount and its spread.
  double logSum;
  double logSquares;
  long first = Long.MIN_VALUE;
  long last;

  /** For deserialisers. */
  public Activity() {}

  void record(long now, double amount, double halfLifeMillis) {
    double l = Math.log10(Math.max(amount, 0.01));
    if (first == Long.MIN_VALUE) {
      first = now;
      last = now;
      count = 1;
      logSum = l;
      logSquares = l * l;
      return;
    }
    double fade = Math.pow(2, -(now - last) / halfLifeMillis);
    count = count * fade + 1;
    logSum = logSum * fade + l;
    logSquares = logSquares * fade + l * l;
    last = now;
  }

  /**
   * How many spreads above the account's usual amount this one is (log scale), with {@code
   * priorWeight} payments of {@code priorLog} ± {@code priorSpread} standing in for history the
   * account does not have yet.
   */
  double unusualAmount(double amount, double priorLog, double priorSpread, double priorWeight) {
    double n = count + priorWeight;
    double mean = (logSum + priorWeight * priorLog) / n;
    double sq = (logSquares + priorWeight * (priorLog * priorLog + priorSpread * priorSpread)) / n;
    double sd = Math.sqrt(Math.max(sq - mean * mean, 0)) + 0.1;
    return (Math.log10(Math.max(amount, 0.01)) - mean) / sd;
  }

  /** The faded count at {@code now}, as if no payment came since the last one. */
  double countAt(long now, double halfLifeMillis) {
    return first == Long.MIN_VALUE ? 0 : count * Math.pow(2, -(now - last) / halfLifeMillis);
  }

  /**
   * The faded time the account has been watched up to {@code until}: the denominator of its rate, 0
   * when it was first seen after that.
   */
  double exposure(long until, double halfLifeMillis) {
    if (first == Long.MIN_VALUE || until <= first) {
      return 0;
    }
    return halfLifeMillis / Math.log(2) * (1 - Math.pow(2, -(until - first) / halfLifeMillis));
  }
}
