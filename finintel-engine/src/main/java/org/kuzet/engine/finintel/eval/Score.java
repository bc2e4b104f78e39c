package org.kuzet.engine.finintel.eval;

import java.util.Locale;

/** True positives, false positives and false negatives, with the usual ratios. */
public record Score(long tp, long fp, long fn) {
  public double precision() {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "precision %.3f  recall %.3f  F1 %.3f  (tp %d, fp %d, fn %d)",
        precision(),
        recall(),
        f1(),
        tp,
        fp,
        fn);
  }
}
