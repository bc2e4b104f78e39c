package org.kuzet.evaluation.aml;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Picks items with fixed weights by binary search over cumulative weights. Traffic is skewed in
 * real life, a few shops and banks see most of it, so most picks go through one of these.
 */
final class Weighted<T> {

  private final List<T> items;
  private final double[] cumulative;

  private Weighted(List<T> items, double[] weights) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("nothing to pick from");
    }
    this.items = List.copyOf(items);
    this.cumulative = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      cumulative[i] = sum;
    }
  }

  static <T> Weighted<T> of(List<T> items, double[] weights) {
    return new Weighted<>(items, weights);
  }

  /** Zipf-like weights 1/(rank+1)^exponent in list order. */
  static <T> Weighted<T> zipf(List<T> items, double exponent) {
    double[] weights = new double[items.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = 1.0 / Math.pow(i + 1, exponent);
    }
    return new Weighted<>(items, weights);
  }

  T pick(SplittableRandom random) {
    double target = random.nextDouble() * cumulative[cumulative.length - 1];
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > target) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return items.get(lo);
  }

  List<T> items() {
    return items;
  }
}
