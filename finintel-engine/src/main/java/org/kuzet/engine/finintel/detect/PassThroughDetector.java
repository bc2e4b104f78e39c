package org.kuzet.engine.finintel.detect;

import java.util.Arrays;
import org.kuzet.engine.finintel.AlertFacts;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.Typology;

/** Money that leaves within hours of arriving, most of it, several times a week. */
final class PassThroughDetector implements LocalDetector {
  private final Parameters.PassThrough p;
  private final long delay;
  private final long window;
  private final boolean[] used;

  PassThroughDetector(Parameters.PassThrough p, int capacity) {
    this.p = p;
    this.delay = p.maxDelay().toMillis();
    this.window = p.window().toMillis();
    this.used = new boolean[capacity];
  }

  @Override
  public Typology typology() {
    return Typology.RAPID_PASS_THROUGH;
  }

  private boolean matches(double in, double out) {
    return in >= p.minAmount() && out >= p.minShare() * in && out <= p.maxShare() * in;
  }

  @Override
  public void onOut(AccountState s, Transaction tx, long seq, long now, StageOutput out) {
    Ring in = s.in;
    Ring o = s.out;
    if (in.size == 0 || s.coolingDown(typology(), now, window)) {
      return;
    }
    double a = o.amount(o.at(o.size - 1));
    boolean any = false;
    for (int i = in.size - 1; i >= 0 && !any; i--) {
      int j = in.at(i);
      if (in.time(j) < now - delay) {
        break;
      }
      any = matches(in.amount(j), a);
    }
    if (!any) {
      return;
    }
    // Pair departures with the latest unpaired arrival before them, oldest departure first.
    long from = now - window;
    Arrays.fill(used, 0, in.size, false);
    Evidence e = new Evidence();
    int episodes = 0;
    double moved = 0;
    double outflow = 0;
    for (int k = 0; k < o.size; k++) {
      int oj = o.at(k);
      if (o.time(oj) < from) {
        continue;
      }
      outflow += o.amount(oj);
      for (int i = in.size - 1; i >= 0; i--) {
        int j = in.at(i);
        if (used[i] || in.time(j) > o.time(oj) || in.seq(j) == o.seq(oj)) {
          continue;
        }
        if (in.time(j) < o.time(oj) - delay) {
          break;
        }
        if (matches(in.amount(j), o.amount(oj))) {
          used[i] = true;
          episodes++;
          moved += o.amount(oj);
          e.add(in.tx[j]).add(o.tx[oj]);
          break;
        }
      }
    }
    if (episodes < p.minEpisodes() || moved < p.minOutflowShare() * outflow) {
      return;
    }
    s.fired(typology(), now);
    out.alert(
        e.alert(
            typology(),
            Math.min(1.0, 0.5 + 0.1 * episodes),
            now,
            tx.from()
                + " passed money straight through "
                + episodes
                + " times within "
                + p.window().toDays()
                + " days (each time "
                + Math.round(p.minShare() * 100)
                + "-"
                + Math.round(p.maxShare() * 100)
                + "% of an arrival left within "
                + p.maxDelay().toHours()
                + " h), "
                + Evidence.money(moved)
                + " in all",
            AlertFacts.of(
                typology().name(),
                tx.from(),
                episodes,
                p.window().toDays(),
                Math.round(p.minShare() * 100),
                Math.round(p.maxShare() * 100),
                p.maxDelay().toHours(),
                AlertFacts.amount(moved))));
  }
}
