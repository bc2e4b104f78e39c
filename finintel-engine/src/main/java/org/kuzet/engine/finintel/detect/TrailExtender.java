package org.kuzet.engine.finintel.detect;

import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.AlertFacts;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.Typology;

/**
 * Extends the trails that ended at an account by a payment leaving it: closes cycles, reports
 * layering chains, and forwards longer trails to the next stage.
 */
final class TrailExtender {
  private final DetectionSettings settings;
  private final Parameters.Trails p;
  private final long gap;
  private final long window;
  private final UnitRates units;

  TrailExtender(DetectionSettings settings) {
    this.settings = settings;
    this.p = settings.trails();
    this.gap = p.maxHopGap().toMillis();
    this.window = p.window().toMillis();
    this.units = new UnitRates(settings.units());
  }

  /** May this payment carry on the money of {@code t}? */
  boolean hop(Trail t, Transaction next, long now) {
    Transaction last = t.last();
    if (now - last.epochMillis() > gap || now - t.startTime() > window) {
      return false;
    }
    if (!next.paymentCurrency().equals(last.receivingCurrency())) {
      return false;
    }
    double in = last.amountReceived().doubleValue();
    double out = next.amountPaid().doubleValue();
    return out >= p.minRatio() * in && out <= p.maxRatio() * in;
  }

  /** Called for a payment leaving the account at stage {@code stage} (trail length = stage). */
  void extend(TrailBuffer buffer, int stage, Transaction tx, long seq, long now, StageOutput out) {
    buffer.evictBefore(now - gap);
    if (buffer.isEmpty()
        || units.value(tx.amountPaid().doubleValue(), tx.paymentCurrency()) < p.minAmount()) {
      return;
    }
    AccountRef to = tx.to();
    int length = stage + 1;
    for (Trail t : buffer.trails) {
      if (!hop(t, tx, now)) {
        continue;
      }
      if (to.equals(t.start())) {
        if (length >= p.minCycleLength() && settings.on(Typology.CYCLE)) {
          Trail cycle = t.extend(seq, tx);
          out.alert(
              new Evidence()
                  .addAll(cycle.txs())
                  .alert(
                      Typology.CYCLE,
                      Math.min(1.0, 0.6 + 0.08 * length),
                      now,
                      "money returned to "
                          + to
                          + " after "
                          + length
                          + " hops within "
                          + hours(now - t.startTime())
                          + ": "
                          + cycle,
                      AlertFacts.of(
                          Typology.CYCLE.name(),
                          to,
                          length,
                          Math.round((now - t.startTime()) / 3_600_000.0),
                          cycle)));
        }
        continue;
      }
      if (t.visits(to) || to.equals(tx.from())) {
        continue;
      }
      Trail longer = t.extend(seq, tx);
      if (length == p.minChainLength() && settings.on(Typology.LAYERING_CHAIN)) {
        out.alert(
            new Evidence()
                .addAll(longer.txs())
                .alert(
                    Typology.LAYERING_CHAIN,
                    Math.min(1.0, 0.5 + 0.08 * length),
                    now,
                    "money passed on "
                        + length
                        + " times, each hop "
                        + Math.round(p.minRatio() * 100)
                        + "-"
                        + Math.round(p.maxRatio() * 100)
                        + "% of the last within "
                        + p.maxHopGap().toHours()
                        + " h: "
                        + longer,
                    AlertFacts.of(
                        Typology.LAYERING_CHAIN.name(),
                        length,
                        Math.round(p.minRatio() * 100),
                        Math.round(p.maxRatio() * 100),
                        p.maxHopGap().toHours(),
                        longer)));
      }
      if (stage < settings.stages()) {
        out.forward(new AccountEvent(AccountEvent.IN, now, seq, tx, longer, 0));
      }
    }
  }

  static String hours(long millis) {
    return Math.round(millis / 3_600_000.0) + " h";
  }
}
