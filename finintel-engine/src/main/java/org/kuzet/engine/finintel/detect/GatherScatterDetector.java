package org.kuzet.engine.finintel.detect;

import org.kuzet.engine.finintel.AlertFacts;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.Typology;

/** Money gathered from many and scattered to many within days, in about equal totals. */
final class GatherScatterDetector implements LocalDetector {
  private final Parameters.GatherScatter p;
  private final long window;
  private final int[] scratch;
  private final double[] amounts;

  GatherScatterDetector(Parameters.GatherScatter p, int capacity) {
    this.p = p;
    this.window = p.window().toMillis();
    this.scratch = new int[capacity];
    this.amounts = new double[capacity];
  }

  @Override
  public Typology typology() {
    return Typology.GATHER_SCATTER;
  }

  @Override
  public void onOut(AccountState s, Transaction tx, long seq, long now, StageOutput out) {
    Ring in = s.in;
    Ring o = s.out;
    if (in.size < p.minSenders()
        || o.size < p.minBeneficiaries()
        || s.coolingDown(typology(), now, window)) {
      return;
    }
    long from = now - window;
    int n = 0;
    double inSum = 0;
    for (int i = in.firstSince(from); i < in.size; i++) {
      int j = in.at(i);
      if (in.time(j) >= from && in.amount(j) >= p.minAmount()) {
        amounts[n] = in.amount(j);
        scratch[n++] = in.counterparty(j);
        inSum += in.amount(j);
      }
    }
    if (n < p.minSenders() || Evidence.cv(amounts, n) > p.maxInAmountCv()) {
      return;
    }
    int senders = Evidence.distinct(scratch, n);
    if (senders < p.minSenders()) {
      return;
    }
    int m = 0;
    double outSum = 0;
    for (int i = o.firstSince(from); i < o.size; i++) {
      int j = o.at(i);
      if (o.time(j) >= from && o.amount(j) >= p.minAmount()) {
        scratch[m++] = o.counterparty(j);
        outSum += o.amount(j);
      }
    }
    int beneficiaries = Evidence.distinct(scratch, m);
    double balance = outSum / inSum;
    if (beneficiaries < p.minBeneficiaries()
        || balance < p.minBalance()
        || balance > p.maxBalance()) {
      return;
    }
    Evidence e = new Evidence();
    for (int i = in.firstSince(from); i < in.size; i++) {
      int j = in.at(i);
      if (in.time(j) >= from && in.amount(j) >= p.minAmount()) {
        e.add(in.tx[j]);
      }
    }
    for (int i = o.firstSince(from); i < o.size; i++) {
      int j = o.at(i);
      if (o.time(j) >= from && o.amount(j) >= p.minAmount()) {
        e.add(o.tx[j]);
      }
    }
    s.fired(typology(), now);
    out.alert(
        e.alert(
            typology(),
            Math.min(1.0, 0.4 + 0.05 * (senders + beneficiaries)),
            now,
            tx.from()
                + " gathered "
                + Evidence.money(inSum)
                + " from "
                + senders
                + " senders and scattered "
                + Evidence.money(outSum)
                + " to "
                + beneficiaries
                + " beneficiaries within "
                + p.window().toHours()
                + " h",
            AlertFacts.of(
                typology().name(),
                tx.from(),
                AlertFacts.amount(inSum),
                senders,
                AlertFacts.amount(outSum),
                beneficiaries,
                p.window().toHours())));
  }
}
