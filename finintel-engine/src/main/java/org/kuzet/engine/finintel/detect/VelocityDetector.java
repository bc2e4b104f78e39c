package org.kuzet.engine.finintel.detect;

import java.util.Arrays;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.Typology;

/** A day with many times the account's usual inflow and outflow. */
final class VelocityDetector implements LocalDetector {
  private static final long DAY = 86_400_000L;
  private final Parameters.Velocity p;
  private final int slots;

  VelocityDetector(Parameters.Velocity p) {
    this.p = p;
    this.slots = p.historyDays() + 1;
  }

  @Override
  public Typology typology() {
    return Typology.VELOCITY_CHANGE;
  }

  @Override
  public void onIn(AccountState s, Transaction tx, long seq, long now, StageOutput out) {
    record(s, now, tx.amountReceived().doubleValue(), true);
    check(s, tx, now, out);
  }

  @Override
  public void onOut(AccountState s, Transaction tx, long seq, long now, StageOutput out) {
    record(s, now, tx.amountPaid().doubleValue(), false);
    check(s, tx, now, out);
  }

  private void record(AccountState s, long now, double amount, boolean in) {
    if (s.day == null) {
      s.day = new long[slots];
      Arrays.fill(s.day, Long.MIN_VALUE);
      s.dayCount = new int[slots];
      s.dayIn = new double[slots];
      s.dayOut = new double[slots];
    }
    long d = Math.floorDiv(now, DAY);
    int i = (int) Math.floorMod(d, (long) slots);
    if (s.day[i] != d) {
      s.day[i] = d;
      s.dayCount[i] = 0;
      s.dayIn[i] = 0;
      s.dayOut[i] = 0;
    }
    s.dayCount[i]++;
    if (in) {
      s.dayIn[i] += amount;
    } else {
      s.dayOut[i] += amount;
    }
  }

  private void check(AccountState s, Transaction tx, long now, StageOutput out) {
    long d = Math.floorDiv(now, DAY);
    int t = (int) Math.floorMod(d, (long) slots);
    if (s.dayCount[t] < p.minDailyTransactions()) {
      return;
    }
    // Once a day, and again each time the day's count has doubled since: the finding grew.
    if (s.velocityDay == d && s.dayCount[t] < 2 * s.velocityCount) {
      return;
    }
    int active = 0;
    double count = 0;
    double in = 0;
    double outSum = 0;
    for (int i = 0; i < slots; i++) {
      if (i != t && s.day[i] != Long.MIN_VALUE && s.day[i] >= d - p.historyDays()
          && s.day[i] < d) {
        active++;
        count += s.dayCount[i];
        in += s.dayIn[i];
        outSum += s.dayOut[i];
      }
    }
    if (active < p.minActiveDays()) {
      return;
    }
    double h = p.historyDays();
    double f = p.factor();
    if (s.dayCount[t] < f * count / h || s.dayIn[t] < f * in / h || s.dayOut[t] < f * outSum / h
        || in == 0 || outSum == 0) {
      return;
    }
    long dayStart = d * DAY;
    Evidence e = new Evidence();
    for (Ring r : new Ring[] {s.in, s.out}) {
      for (int i = 0; i < r.size; i++) {
        int j = r.at(i);
        if (r.time[j] >= dayStart) {
          e.add(r.tx[j]);
        }
      }
    }
    s.velocityDay = d;
    s.velocityCount = s.dayCount[t];
    double ratio = Math.min(s.dayIn[t] / (in / h), s.dayOut[t] / (outSum / h));
    out.alert(e.alert(typology(), Math.min(1.0, 0.3 + ratio / 50), now,
        s.dayCount[t] + " transactions on one day moving " + Evidence.money(s.dayIn[t]) + " in and "
            + Evidence.money(s.dayOut[t]) + " out, at least " + Math.round(ratio)
            + "x the daily mean of the previous " + p.historyDays() + " days ("
            + Math.round(count / h * 10) / 10.0 + " transactions a day)"));
  }
}
