package org.kuzet.engine.finintel.detect;

import java.util.Arrays;

/**
 * How unlikely a count is given what an account has shown so far, on a log scale.
 *
 * <p>The account's rate is not known, only estimated from its history: with a Gamma(shape, rate)
 * belief about it (the events seen plus a prior, over the time watched plus the prior's weight),
 * the number of events in a window of length {@code w} is negative binomial. A long quiet history
 * makes a burst very unlikely; a short one (a new account, the first days of a file) leaves the
 * rate uncertain, and only a very large burst stands out. Unlike a plain Poisson tail, this does
 * not cry wolf at every account the data has barely begun to show.
 */
final class Surprise {
  // Lanczos coefficients (g = 7); before the table of log factorials, which is computed with them.
  private static final double[] C = {
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7
  };

  private Surprise() {}

  /**
   * {@code -log10 P(X >= k)} for X negative binomial with {@code shape} = events seen + prior
   * events and success probability {@code p} = watched / (watched + window): 0 when {@code k} is at
   * or below the mean, about 2 for one chance in a hundred, 6 for one in a million.
   */
  static double negativeBinomial(int k, double shape, double p) {
    return negativeBinomial(k, shape, logGamma(shape), p);
  }

  /**
   * The same when only a value above {@code floor} matters: a result at or below it may be any
   * value at or below it. The tail's first term alone bounds the surprise from above (the tail sum
   * is at least 1), so when that bound does not exceed {@code floor} the sum is not taken; above it
   * the result is exactly {@link #negativeBinomial(int, double, double)}'s.
   */
  static double negativeBinomialAbove(int k, double shape, double p, double floor) {
    return negativeBinomial(k, shape, logGamma(shape), p, floor);
  }

  /**
   * The same with the log-gamma values taken from (and added to) {@code memo}: a detector judging
   * window after window meets the same shapes again and again (the prior alone, the capped shape).
   */
  static double negativeBinomialAbove(
      int k, double shape, double p, double floor, LogGammaMemo memo) {
    double q = 1 - p;
    double mean = shape * q / p;
    if (k <= 0 || k <= mean) {
      return 0;
    }
    return negativeBinomial(k, shape, memo.of(shape), memo.of(k + shape), p, floor);
  }

  /** The same, with {@code logGamma(shape)} already at hand. */
  static double negativeBinomial(int k, double shape, double logGammaShape, double p) {
    return negativeBinomial(k, shape, logGammaShape, p, Double.NEGATIVE_INFINITY);
  }

  private static double negativeBinomial(
      int k, double shape, double logGammaShape, double p, double floor) {
    double q = 1 - p;
    double mean = shape * q / p;
    if (k <= 0 || k <= mean) {
      return 0;
    }
    return negativeBinomial(k, shape, logGammaShape, logGamma(k + shape), p, floor);
  }

  /** The tail once {@code k} is known to lie above the mean. */
  private static double negativeBinomial(
      int k, double shape, double logGammaShape, double logGammaKShape, double p, double floor) {
    double q = 1 - p;
    if (q <= 0) {
      return 30;
    }
    double logTerm =
        logGammaKShape - logGammaShape - logFactorial(k) + shape * Math.log(p) + k * Math.log(q);
    // log(sum) >= 0 below, so -(logTerm + log(sum)) / log(10) cannot exceed this (rounding
    // preserves the order of a sum with a non-negative term and of a division by a positive).
    double bound = Math.min(30, Math.max(0, -(logTerm / Math.log(10))));
    if (bound <= floor) {
      return bound;
    }
    // Sum the upper tail from its first term; terms shrink by (i + shape) / (i + 1) * q.
    double sum = 1;
    double ratio = 1;
    for (int i = k; i < k + 400; i++) {
      ratio *= (i + shape) / (i + 1) * q;
      sum += ratio;
      if (ratio < 1e-9 * sum) {
        break;
      }
      if ((i - k) % 32 == 31 && floor > 0) {
        // A busy account's tail shrinks slowly (q near 1) and takes all 400 terms, which
        // profiling showed as a tenth of the time. The sum only grows, so what it gives so far
        // bounds the result from above (the same monotone rounding as the bound above): at or
        // below the floor, the rest cannot matter.
        double partial = Math.min(30, Math.max(0, -((logTerm + Math.log(sum)) / Math.log(10))));
        if (partial <= floor) {
          return partial;
        }
      }
    }
    double log10 = (logTerm + Math.log(sum)) / Math.log(10);
    return Math.min(30, Math.max(0, -log10));
  }

  /** {@code logGamma(k + 1)}, from a table for the counts a window holds. */
  static double logFactorial(int k) {
    return k < LOG_FACTORIALS.length ? LOG_FACTORIALS[k] : logGamma(k + 1);
  }

  // Filled by logGamma itself, so a value from the table is the very value it would compute.
  private static final double[] LOG_FACTORIALS = new double[1024];

  static {
    for (int k = 0; k < LOG_FACTORIALS.length; k++) {
      LOG_FACTORIALS[k] = logGamma(k + 1);
    }
  }

  /**
   * The last log-gamma values computed, by argument: a small direct-mapped table, so a value met
   * again is looked up instead of computed (exactly the value computed before). One per detector;
   * not thread-safe.
   */
  static final class LogGammaMemo {
    private static final int SIZE = 256;
    private final double[] args = new double[SIZE];
    private final double[] values = new double[SIZE];

    LogGammaMemo() {
      Arrays.fill(args, Double.NaN); // NaN equals nothing, so every slot starts empty
    }

    double of(double x) {
      long bits = Double.doubleToRawLongBits(x);
      int i = (int) ((bits * 0x9E3779B97F4A7C15L) >>> 56);
      if (args[i] == x) {
        return values[i];
      }
      double v = logGamma(x);
      args[i] = x;
      values[i] = v;
      return v;
    }
  }

  /** Lanczos approximation (g = 7), accurate to about 15 digits for x > 0. */
  static double logGamma(double x) {
    if (x < 0.5) {
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    x -= 1;
    double a = C[0];
    double t = x + 7.5;
    for (int i = 1; i < 9; i++) {
      a += C[i] / (x + i);
    }
    return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
  }
}
