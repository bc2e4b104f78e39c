package org.kuzet.evaluation.aml;

import java.util.SplittableRandom;

/**
 * The amounts of one scheme, in US dollars, following its {@link AmountBehaviour} around a base
 * amount.
 */
final class Amounts {

  private final AmountBehaviour behaviour;
  private final double base;
  private final SplittableRandom random;

  Amounts(AmountBehaviour behaviour, double base, SplittableRandom random) {
    this.behaviour = behaviour;
    this.base = base;
    this.random = random;
  }

  double base() {
    return base;
  }

  /** {@code n} independent payments of about the base amount. */
  double[] around(int n) {
    double[] amounts = new double[n];
    switch (behaviour) {
      case ALIKE -> {
        for (int i = 0; i < n; i++) {
          amounts[i] = base * (1 + Draws.uniform(random, -0.02, 0.02));
        }
      }
      case MINUS_FEES -> {
        for (int i = 0; i < n; i++) {
          amounts[i] = base - fee(base);
        }
      }
      case SPREAD -> spreadAround(base, amounts);
      case ROUND -> {
        for (int i = 0; i < n; i++) {
          amounts[i] = base * (1 + Draws.uniform(random, -0.1, 0.1));
        }
      }
    }
    return amounts;
  }

  /** {@code total} split into {@code n} payments. */
  double[] split(double total, int n) {
    double share = total / n;
    double[] amounts = new double[n];
    switch (behaviour) {
      case ALIKE -> {
        for (int i = 0; i < n; i++) {
          amounts[i] = share * (1 + Draws.uniform(random, -0.02, 0.02));
        }
      }
      case MINUS_FEES -> {
        for (int i = 0; i < n; i++) {
          amounts[i] = share - fee(share);
        }
      }
      case SPREAD -> {
        double[] weights = new double[n];
        spreadAround(1.0, weights);
        double sum = 0;
        for (double w : weights) {
          sum += w;
        }
        for (int i = 0; i < n; i++) {
          amounts[i] = total * weights[i] / sum;
        }
      }
      case ROUND -> {
        for (int i = 0; i < n; i++) {
          amounts[i] = share;
        }
      }
    }
    return amounts;
  }

  /** What an intermediary passes on of what it received. */
  double onward(double received) {
    return switch (behaviour) {
      case ALIKE -> received * (1 - Draws.uniform(random, 0.0, 0.02));
      case MINUS_FEES -> received - fee(received);
      // Intermediaries that mix in or hold back other money: the hops vary tenfold.
      case SPREAD -> base * Math.pow(10, Draws.uniform(random, -0.5, 0.5));
      case ROUND -> received * Draws.uniform(random, 0.9, 0.99);
    };
  }

  /**
   * The amount as the payer writes it in its own currency: round figures are rounded there, to two
   * significant figures (9,500.00 or 150,000.00 Yen), since rounding in dollars and then converting
   * would leave odd figures.
   */
  double asWritten(double amountInCurrency) {
    if (behaviour != AmountBehaviour.ROUND || amountInCurrency <= 0) {
      return amountInCurrency;
    }
    double unit = Math.pow(10, Math.floor(Math.log10(amountInCurrency)) - 1);
    return Math.floor(amountInCurrency / unit) * unit;
  }

  /** A bank's transfer fee: a fraction of a percent plus a small fixed charge. */
  private double fee(double amount) {
    return amount * Draws.uniform(random, 0.001, 0.008) + Draws.uniform(random, 0.0, 15.0);
  }

  /** Fills {@code out} between base/sqrt(f) and base*sqrt(f), f at least ten, both ends reached. */
  private void spreadAround(double centre, double[] out) {
    double factor = Math.pow(10, Draws.uniform(random, 1.0, 1.4));
    double lo = centre / Math.sqrt(factor);
    double hi = centre * Math.sqrt(factor);
    for (int i = 0; i < out.length; i++) {
      out[i] = Draws.logUniform(random.nextDouble(), lo, hi);
    }
    if (out.length >= 2) {
      int low = random.nextInt(out.length);
      int high = (low + 1 + random.nextInt(out.length - 1)) % out.length;
      out[low] = lo;
      out[high] = hi;
    }
  }
}
