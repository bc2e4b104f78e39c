package org.kuzet.engine.finintel.detect;

import org.kuzet.engine.finintel.Transaction;

/**
 * Stage 1 half of the bipartite detector: when a sender pays several beneficiaries alike amounts,
 * it tells each of them (a notice to stage 2, keyed by the beneficiary) which payment it received
 * and how many beneficiaries the sender pays. The beneficiary side decides in {@link TrailStage}.
 */
final class BipartiteNotices {
  private final Parameters.Bipartite p;
  private final long window;
  private final int[] scratch;
  private final double[] amounts;
  private final int[] latest;

  BipartiteNotices(Parameters.Bipartite p, int capacity) {
    this.p = p;
    this.window = p.window().toMillis();
    this.scratch = new int[capacity];
    this.amounts = new double[capacity];
    this.latest = new int[capacity];
  }

  void onOut(AccountState s, Transaction tx, long seq, long now, StageOutput out) {
    Ring o = s.out;
    if (o.size < p.minSinks() || tx.amountPaid().doubleValue() < p.minAmount()) {
      return;
    }
    long from = now - window;
    int n = 0;
    for (int i = o.firstSince(from); i < o.size; i++) {
      int j = o.at(i);
      if (o.time(j) >= from && o.amount(j) >= p.minAmount()) {
        scratch[n] = o.counterparty(j);
        amounts[n++] = o.amount(j);
      }
    }
    if (n < p.minSinks() || Evidence.cv(amounts, n) > p.maxAmountCv()) {
      return;
    }
    // The latest payment to each distinct beneficiary, in ring order.
    int d = 0;
    for (int i = o.size - 1; i >= 0; i--) {
      int j = o.at(i);
      if (o.time(j) < from || o.amount(j) < p.minAmount()) {
        continue;
      }
      boolean seen = false;
      for (int q = 0; q < d; q++) {
        if (o.counterparty(latest[q]) == o.counterparty(j)) {
          seen = true;
          break;
        }
      }
      if (!seen) {
        latest[d++] = j;
      }
    }
    if (d < p.minSinks() || d > p.maxSinks()) {
      return;
    }
    for (int q = d - 1; q >= 0; q--) {
      out.forward(new AccountEvent(AccountEvent.IN, now, seq, o.tx[latest[q]], null, d));
    }
  }
}
