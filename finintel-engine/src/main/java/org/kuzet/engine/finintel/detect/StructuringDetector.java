package org.kuzet.engine.finintel.detect;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.kuzet.engine.finintel.AlertFacts;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.Typology;

/** Payments just under the reporting threshold: into one account, or from one payer. */
final class StructuringDetector implements LocalDetector {
  private final Parameters.Structuring p;
  private final double low;
  private final long window;

  StructuringDetector(Parameters.Structuring p) {
    this.p = p;
    this.low = p.threshold() * (1 - p.margin());
    this.window = p.window().toMillis();
  }

  @Override
  public Typology typology() {
    return Typology.STRUCTURING;
  }

  @Override
  public void onIn(AccountState s, Transaction tx, long seq, long now, StageOutput out) {
    check(s, s.in, tx, now, out, true);
  }

  @Override
  public void onOut(AccountState s, Transaction tx, long seq, long now, StageOutput out) {
    check(s, s.out, tx, now, out, false);
  }

  private void check(
      AccountState s, Ring r, Transaction tx, long now, StageOutput out, boolean into) {
    if (!p.types().contains(tx.paymentType())) {
      return;
    }
    double a = r.amount(r.at(r.size - 1));
    if (a >= p.threshold() || s.coolingDown(typology(), now, window)) {
      return;
    }
    long from = now - window;
    int total = 0;
    int near = 0;
    double all = 0;
    for (int i = r.firstSince(from); i < r.size; i++) {
      int j = r.at(i);
      if (r.time(j) < from || !p.types().contains(r.tx[j].paymentType())) {
        continue;
      }
      total++;
      double v = r.amount(j);
      all += v;
      if (v >= p.threshold()) {
        return; // the account also moves amounts over the threshold: nothing is being avoided
      }
      if (v >= low) {
        near++;
      }
    }
    // Just under the threshold again and again; or many deposits under it that together pass
    // it, which is what the threshold was there to report.
    boolean nearMiss = near >= p.minDeposits() && near >= p.minNearShare() * total;
    boolean split = total >= p.minDeposits() && all >= p.threshold();
    if (!nearMiss && !split) {
      return;
    }
    double low = nearMiss ? this.low : 0;
    Evidence e = new Evidence();
    Set<Integer> parties = new HashSet<>();
    double sum = 0;
    for (int i = r.firstSince(from); i < r.size; i++) {
      int j = r.at(i);
      if (r.time(j) >= from && r.amount(j) >= low && p.types().contains(r.tx[j].paymentType())) {
        e.add(r.tx[j]);
        parties.add(r.counterparty(j));
        sum += r.amount(j);
      }
    }
    if (!into && parties.size() < 2) {
      return; // one payer into one account is the other direction's finding
    }
    s.fired(typology(), now);
    String who =
        into ? "into " + tx.to() : "from " + tx.from() + " into " + parties.size() + " accounts";
    out.alert(
        e.alert(
            typology(),
            Math.min(1.0, 0.4 + 0.12 * total) * (nearMiss ? 1 : 0.8),
            now,
            (nearMiss ? near : total)
                + " "
                + p.types().iterator().next().name().toLowerCase(Locale.ROOT)
                + " payments of "
                + Evidence.money(low)
                + ".."
                + Evidence.money(p.threshold())
                + " ("
                + (nearMiss ? "just " : "each ")
                + "under the "
                + Evidence.money(p.threshold())
                + " threshold, none above) "
                + who
                + " within "
                + p.window().toDays()
                + " days, total "
                + Evidence.money(sum),
            AlertFacts.of(
                typology().name() + (nearMiss ? ".near" : ".each") + (into ? ".into" : ".from"),
                nearMiss ? near : total,
                p.types().iterator().next().name(),
                AlertFacts.amount(low),
                AlertFacts.amount(p.threshold()),
                into ? tx.to() : tx.from(),
                parties.size(),
                p.window().toDays(),
                AlertFacts.amount(sum))));
  }
}
