package org.kuzet.engine.finintel.detect;

import java.util.Locale;
import org.kuzet.engine.finintel.AlertFacts;
import org.kuzet.engine.finintel.PaymentType;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.Typology;

/**
 * Many senders, alike amounts, collected money moved on to one or two accounts: the classic
 * collection account, which the history-based {@link BurstDetector} can miss on a new account.
 */
final class FanInDetector implements LocalDetector {
  private final Parameters.FanIn p;
  private final long window;
  private final int[] scratch;
  private final double[] amounts;

  FanInDetector(Parameters.FanIn p, int capacity) {
    this.p = p;
    this.window = p.window().toMillis();
    this.scratch = new int[capacity];
    this.amounts = new double[capacity];
  }

  @Override
  public Typology typology() {
    return Typology.FAN_IN;
  }

  @Override
  public void onOut(AccountState s, Transaction tx, long seq, long now, StageOutput out) {
    Ring in = s.in;
    if (in.size < p.minSenders() || s.coolingDown(typology(), now, window)) {
      return;
    }
    long from = now - window;
    int n = 0;
    double inSum = 0;
    for (int i = in.firstSince(from); i < in.size; i++) {
      int j = in.at(i);
      if (in.time(j) >= from
          && in.amount(j) >= p.minAmount()
          && in.tx[j].paymentType() != PaymentType.CARD) {
        scratch[n] = in.counterparty(j);
        amounts[n++] = in.amount(j);
        inSum += in.amount(j);
      }
    }
    if (n < p.minSenders() || Evidence.distinct(scratch, n) < p.minSenders()) {
      return;
    }
    double cv = Evidence.cv(amounts, n);
    if (cv > p.maxAmountCv()) {
      return;
    }
    Ring o = s.out;
    double outSum = 0;
    int m = 0;
    for (int i = o.firstSince(from); i < o.size; i++) {
      int j = o.at(i);
      if (o.time(j) >= from) {
        scratch[m++] = o.counterparty(j);
        outSum += o.amount(j);
      }
    }
    int beneficiaries = Evidence.distinct(scratch, m);
    if (outSum < p.minOnwardShare() * inSum || beneficiaries > p.maxOnwardBeneficiaries()) {
      return;
    }
    Evidence e = new Evidence();
    int senders = 0;
    for (int i = in.firstSince(from); i < in.size; i++) {
      int j = in.at(i);
      if (in.time(j) >= from
          && in.amount(j) >= p.minAmount()
          && in.tx[j].paymentType() != PaymentType.CARD) {
        e.add(in.tx[j]);
        senders++;
      }
    }
    for (int i = o.firstSince(from); i < o.size; i++) {
      int j = o.at(i);
      if (o.time(j) >= from) {
        e.add(o.tx[j]);
      }
    }
    s.fired(typology(), now);
    // Ranked below the history-based findings: it does not know how unusual this is here.
    out.alert(
        e.alert(
            typology(),
            Math.min(0.6, 0.3 + 0.03 * senders) * (1 - Math.min(0.5, cv)),
            now,
            senders
                + " payments from "
                + senders
                + " senders into "
                + tx.from()
                + " within "
                + p.window().toHours()
                + " h, alike amounts (variation "
                + String.format(Locale.ROOT, "%.2f", cv)
                + "), total "
                + Evidence.money(inSum)
                + ", of which "
                + Evidence.money(outSum)
                + " moved on to "
                + beneficiaries
                + " account(s)",
            AlertFacts.of(
                typology().name(),
                senders,
                tx.from(),
                p.window().toHours(),
                String.format(Locale.ROOT, "%.2f", cv),
                AlertFacts.amount(inSum),
                AlertFacts.amount(outSum),
                beneficiaries)));
  }
}
