package org.kuzet.engine.finintel.detect;

import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.AlertFacts;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.Typology;

/** Payments to or from high-risk jurisdictions adding up within a window. */
final class HighRiskDetector implements LocalDetector {
  private final Parameters.HighRisk p;
  private final long window;

  HighRiskDetector(Parameters.HighRisk p) {
    this.p = p;
    this.window = p.window().toMillis();
  }

  @Override
  public Typology typology() {
    return Typology.HIGH_RISK_JURISDICTION;
  }

  @Nullable String country(@Nullable String given, AccountRef a) {
    return given != null ? given : p.bankCountries().get(a.bank());
  }

  boolean risky(Transaction t, boolean in) {
    String c = in ? country(t.fromCountry(), t.from()) : country(t.toCountry(), t.to());
    return c != null && p.countries().contains(c);
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
      AccountState s, Ring r, Transaction tx, long now, StageOutput out, boolean in) {
    // No cooldown: every further risky payment renews the finding with the grown evidence.
    if (!risky(tx, in)) {
      return;
    }
    long from = now - window;
    double sum = 0;
    Evidence e = new Evidence();
    TreeSet<String> countries = new TreeSet<>();
    for (int i = r.firstSince(from); i < r.size; i++) {
      int j = r.at(i);
      if (r.time(j) >= from && risky(r.tx[j], in)) {
        sum += r.amount(j);
        e.add(r.tx[j]);
        Transaction t = r.tx[j];
        countries.add(in ? country(t.fromCountry(), t.from()) : country(t.toCountry(), t.to()));
      }
    }
    if (sum < p.minTotal()) {
      return;
    }
    AccountRef self = in ? tx.to() : tx.from();
    out.alert(
        e.alert(
            typology(),
            Math.min(1.0, 0.5 + 0.1 * Math.log10(sum / p.minTotal() + 1) * 3),
            now,
            Evidence.money(sum)
                + " in "
                + e.size()
                + " payment(s) "
                + (in ? "from " : "to ")
                + String.join(", ", countries)
                + " (high-risk jurisdictions) "
                + (in ? "into " : "out of ")
                + self
                + " within "
                + p.window().toDays()
                + " days",
            AlertFacts.of(
                typology().name() + (in ? ".in" : ".out"),
                AlertFacts.amount(sum),
                e.size(),
                String.join(", ", countries),
                self,
                p.window().toDays())));
  }
}
