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
  long first = Long.MIN_VALUE;
  long last;

  /** For deserialisers. */
  public Activity() {}

  void record(long now, double halfLifeMillis) {
    if (first == Long.MIN_VALUE) {
      first = now;
      last = now;
      count = 1;
      return;
    }
    count = count * Math.pow(2, -(now - last) / halfLifeMillis) + 1;
    last = now;
  }

  /** The faded count at {@code now}, as if no payment came since the last one. */
  double countAt(long now, double halfLifeMillis) {
    return first == Long.MIN_VALUE ? 0 : count * Math.pow(2, -(now - last) / halfLifeMillis);
  }

  /**
   * The faded time the account has been watched up to {@code until}: the denominator of its rate,
   * 0 when it was first seen after that.
   */
  double exposure(long until, double halfLifeMillis) {
    if (first == Long.MIN_VALUE || until <= first) {
      return 0;
    }
    return halfLifeMillis / Math.log(2) * (1 - Math.pow(2, -(until - first) / halfLifeMillis));
  }
}
