package org.kuzet.evaluation.aml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The draws that decide one scheme, each in [0, 1]. The schemes of a typology take their draws
 * stratified: the n schemes split [0, 1] into n strata, one draw in each, and the lowest and the
 * highest reach 0 and 1. So even a handful of schemes covers each parameter's whole range, and each
 * dimension is shuffled on its own so the parameters do not move together.
 */
record SchemePlan(
    int id,
    Typology typology,
    double size,
    double extra,
    double span,
    double amount,
    double behaviour,
    double placement,
    double format,
    double onward) {

  private static final int DIMENSIONS = 8;

  static List<SchemePlan> stratified(
      Typology typology, int count, int firstId, SplittableRandom random) {
    double[][] draws = new double[DIMENSIONS][];
    for (int d = 0; d < DIMENSIONS; d++) {
      draws[d] = strata(count, random);
    }
    List<SchemePlan> plans = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      plans.add(
          new SchemePlan(
              firstId + i,
              typology,
              draws[0][i],
              draws[1][i],
              draws[2][i],
              draws[3][i],
              draws[4][i],
              draws[5][i],
              draws[6][i],
              draws[7][i]));
    }
    return plans;
  }

  AmountBehaviour amountBehaviour() {
    AmountBehaviour[] all = AmountBehaviour.values();
    return all[Draws.intIn(behaviour, 0, all.length - 1)];
  }

  Placement where() {
    if (placement < 0.25) {
      return Placement.SAME_BANK;
    }
    return placement < 0.65 ? Placement.ONE_CURRENCY : Placement.MIXED;
  }

  /** One format for the whole scheme, or none when each payment picks its own. */
  Optional<PaymentFormat> singleFormat() {
    if (format < 0.35) {
      return Optional.of(PaymentFormat.ACH);
    } else if (format < 0.55) {
      return Optional.of(PaymentFormat.WIRE);
    } else if (format < 0.63) {
      return Optional.of(PaymentFormat.CHEQUE);
    } else if (format < 0.70) {
      return Optional.of(PaymentFormat.CREDIT_CARD);
    } else if (format < 0.78) {
      return Optional.of(PaymentFormat.CASH);
    } else if (format < 0.86) {
      return Optional.of(PaymentFormat.BITCOIN);
    }
    return Optional.empty();
  }

  boolean paysOnward() {
    return onward < 0.5;
  }

  private static double[] strata(int count, SplittableRandom random) {
    double[] values = new double[count];
    for (int i = 0; i < count; i++) {
      values[i] = (i + random.nextDouble()) / count;
    }
    if (count >= 2) {
      values[0] = 0.0;
      values[count - 1] = 1.0;
    }
    for (int i = count - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      double swap = values[i];
      values[i] = values[j];
      values[j] = swap;
    }
    return values;
  }
}
