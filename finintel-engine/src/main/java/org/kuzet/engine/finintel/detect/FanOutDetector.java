package org.kuzet.engine.finintel.detect;

import java.util.Arrays;
import org.kuzet.engine.finintel.AlertFacts;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.Typology;

/**
 * Many new beneficiaries paid from money that just arrived from one or two senders: the classic
 * distribution of one deposit, which the history-based {@link BurstDetector} can miss on a new
 * account.
 */
final class FanOutDetector implements LocalDetector {
  private final Parameters.FanOut p;
  private final long window;
  private final int[] scratch;
  private final int[] senders;
  private final double[] sums;

  FanOutDetector(Parameters.FanOut p, int capacity) {
    this.p = p;
    this.window = p.window().toMillis();
    this.scratch = new int[capacity];
    this.senders = new int[capacity];
    this.sums = new double[capacity];
  }

  @Override
  public Typology typology() {
    return Typology.FAN_OUT;
  }

  @Override
  public void onOut(AccountState s, Transaction tx, long seq, long now, StageOutput out) {
    Ring o = s.out;
    if (o.size < p.minBeneficiaries() || s.coolingDown(typology(), now, window)) {
      return;
    }
    long from = now - window;
    int fromMinute = Contacts.minutes(from);
    int n = 0;
    double outSum = 0;
    for (int i = o.firstSince(from); i < o.size; i++) {
      int j = o.at(i);
      // Only first contacts: a payroll or a supplier run pays people paid before.
      if (o.time(j) >= from && o.amount(j) >= p.minAmount() && o.contactSince(j) >= fromMinute) {
        scratch[n++] = o.counterparty(j);
        outSum += o.amount(j);
      }
    }
    if (n < p.minBeneficiaries()) {
      return;
    }
    int beneficiaries = Evidence.distinct(scratch, n);
    if (beneficiaries < p.minBeneficiaries()) {
      return;
    }
    // Sum what arrived per sender, then take the largest few.
    Ring in = s.in;
    int k = 0;
    for (int i = in.firstSince(from); i < in.size; i++) {
      int j = in.at(i);
      if (in.time(j) < from) {
        continue;
      }
      int c = in.counterparty(j);
      int found = -1;
      for (int q = 0; q < k; q++) {
        if (senders[q] == c) {
          found = q;
          break;
        }
      }
      if (found < 0) {
        senders[k] = c;
        sums[k++] = in.amount(j);
      } else {
        sums[found] += in.amount(j);
      }
    }
    if (k == 0) {
      return;
    }
    double[] sorted = Arrays.copyOf(sums, k);
    Arrays.sort(sorted);
    double inSum = 0;
    for (int q = 0; q < k; q++) {
      inSum += sorted[q];
    }
    double funded = 0;
    for (int q = 0; q < Math.min(p.maxFundingSources(), k); q++) {
      funded += sorted[k - 1 - q];
    }
    // Funded by those few senders, which are most of what came in, and most of it paid out.
    if (funded < p.minFundedShare() * outSum
        || funded < p.minFundedShare() * inSum
        || outSum < p.minDispersedShare() * funded) {
      return;
    }
    double fundingFloor = sorted[Math.max(0, k - p.maxFundingSources())];
    Evidence e = new Evidence();
    for (int i = in.firstSince(from); i < in.size; i++) {
      int j = in.at(i);
      if (in.time(j) >= from) {
        int c = in.counterparty(j);
        for (int q = 0; q < k; q++) {
          if (senders[q] == c && sums[q] >= fundingFloor) {
            e.add(in.tx[j]);
            break;
          }
        }
      }
    }
    for (int i = o.firstSince(from); i < o.size; i++) {
      int j = o.at(i);
      if (o.time(j) >= from && o.amount(j) >= p.minAmount()) {
        e.add(o.tx[j]);
      }
    }
    s.fired(typology(), now);
    // Ranked below the history-based findings: it does not know how unusual this is here.
    out.alert(
        e.alert(
            typology(),
            Math.min(0.6, 0.3 + 0.03 * beneficiaries),
            now,
            tx.from()
                + " paid "
                + beneficiaries
                + " beneficiaries "
                + Evidence.money(outSum)
                + " within "
                + p.window().toHours()
                + " h, funded by "
                + Evidence.money(funded)
                + " received from at most "
                + p.maxFundingSources()
                + " senders just before",
            AlertFacts.of(
                typology().name(),
                tx.from(),
                beneficiaries,
                AlertFacts.amount(outSum),
                p.window().toHours(),
                AlertFacts.amount(funded),
                p.maxFundingSources())));
  }
}
