package org.kuzet.evaluation.aml;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Random draws the generators share. Gaussian draws are computed here rather than taken from the
 * JDK so that a seed gives the same data on every Java version.
 */
final class Draws {

  private Draws() {}

  static double gaussian(SplittableRandom random) {
    double u1 = 1.0 - random.nextDouble();
    double u2 = random.nextDouble();
    return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  /** Log-normal around a median; sigma 1 spreads amounts over about an order of magnitude. */
  static double logNormal(SplittableRandom random, double median, double sigma) {
    return median * Math.exp(sigma * gaussian(random));
  }

  /** Uniform on a log scale between lo and hi, for quantities whose range spans decades. */
  static double logUniform(double u, double lo, double hi) {
    return Math.exp(Math.log(lo) + u * (Math.log(hi) - Math.log(lo)));
  }

  static double uniform(SplittableRandom random, double lo, double hi) {
    return lo + random.nextDouble() * (hi - lo);
  }

  /** An integer in [lo, hi] from u in [0, 1], reaching hi when u is 1. */
  static int intIn(double u, int lo, int hi) {
    return Math.min(hi, lo + (int) Math.floor(u * (hi - lo + 1)));
  }

  /**
   * An integer in [lo, hi] from u in [0, 1] with a knee: the first {@code share} of u covers [lo,
   * knee] and the rest (knee, hi], for ranges whose upper part is rarer.
   */
  static int kneed(double u, int lo, int knee, int hi, double share) {
    if (u <= share) {
      return intIn(u / share, lo, knee);
    }
    return intIn((u - share) / (1 - share), knee + 1, hi);
  }

  static <T> T pick(List<T> items, SplittableRandom random) {
    return items.get(random.nextInt(items.size()));
  }

  static boolean chance(SplittableRandom random, double p) {
    return random.nextDouble() < p;
  }

  /** Fisher-Yates, so a shuffle depends only on the random source. */
  static <T> void shuffle(List<T> items, SplittableRandom random) {
    for (int i = items.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T swap = items.get(i);
      items.set(i, items.get(j));
      items.set(j, swap);
    }
  }
}
