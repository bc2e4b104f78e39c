package org.kuzet.engine.finintel.detect;

import org.kuzet.engine.finintel.AlertFacts;
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

  // Bucket layout in AccountState.days: [day, count, in (double bits), out (double bits)].
  private static final int DAY_NO = 0;
  private static final int COUNT = 1;
  private static final int IN = 2;
  private static final int OUT = 3;

  private void record(AccountState s, long now, double amount, boolean in) {
    long[] b = s.days;
    if (b == null) {
      b = new long[slots * 4];
      for (int i = 0; i < slots; i++) {
        b[i * 4 + DAY_NO] = Long.MIN_VALUE;
      }
      s.days = b;
    }
    long d = Math.floorDiv(now, DAY);
    int i = (int) Math.floorMod(d, (long) slots) * 4;
    if (b[i + DAY_NO] != d) {
      b[i + DAY_NO] = d;
      b[i + COUNT] = 0;
      b[i + IN] = Double.doubleToRawLongBits(0);
      b[i + OUT] = Double.doubleToRawLongBits(0);
    }
    b[i + COUNT]++;
    int slot = i + (in ? IN : OUT);
    b[slot] = Double.doubleToRawLongBits(Double.longBitsToDouble(b[slot]) + amount);
  }

  private static double sum(long[] b, int i) {
    return Double.longBitsToDouble(b[i]);
  }

  private void check(AccountState s, Transaction tx, long now, StageOutput out) {
    long[] b = s.days;
    if (b == null) {
      return; // nothing recorded yet
    }
    long d = Math.floorDiv(now, DAY);
    int t = (int) Math.floorMod(d, (long) slots) * 4;
    int todayCount = (int) b[t + COUNT];
    if (todayCount < p.minDailyTransactions()) {
      return;
    }
    // Once a day, and again each time the day's count has doubled since: the finding grew.
    if (s.velocityDay == d && todayCount < 2 * s.velocityCount) {
      return;
    }
    int active = 0;
    double count = 0;
    double in = 0;
    double outSum = 0;
    for (int i = 0; i < slots * 4; i += 4) {
      long day = b[i + DAY_NO];
      if (i != t && day != Long.MIN_VALUE && day >= d - p.historyDays() && day < d) {
        active++;
        count += b[i + COUNT];
        in += sum(b, i + IN);
        outSum += sum(b, i + OUT);
      }
    }
    if (active < p.minActiveDays()) {
      return;
    }
    double h = p.historyDays();
    double f = p.factor();
    double todayIn = sum(b, t + IN);
    double todayOut = sum(b, t + OUT);
    if (todayCount < f * count / h
        || todayIn < f * in / h
        || todayOut < f * outSum / h
        || in == 0
        || outSum == 0) {
      return;
    }
    long dayStart = d * DAY;
    Evidence e = new Evidence();
    for (Ring r : new Ring[] {s.in, s.out}) {
      for (int i = 0; i < r.size; i++) {
        int j = r.at(i);
        if (r.time(j) >= dayStart) {
          e.add(r.tx[j]);
        }
      }
    }
    s.velocityDay = d;
    s.velocityCount = todayCount;
    double ratio = Math.min(todayIn / (in / h), todayOut / (outSum / h));
    out.alert(
        e.alert(
            typology(),
            Math.min(1.0, 0.3 + ratio / 50),
            now,
            todayCount
                + " transactions on one day moving "
                + Evidence.money(todayIn)
                + " in and "
                + Evidence.money(todayOut)
                + " out, at least "
                + Math.round(ratio)
                + "x the daily mean of the previous "
                + p.historyDays()
                + " days ("
                + Math.round(count / h * 10) / 10.0
                + " transactions a day)",
            AlertFacts.of(
                typology().name(),
                todayCount,
                AlertFacts.amount(todayIn),
                AlertFacts.amount(todayOut),
                Math.round(ratio),
                p.historyDays(),
                Math.round(count / h * 10) / 10.0)));
  }
}
