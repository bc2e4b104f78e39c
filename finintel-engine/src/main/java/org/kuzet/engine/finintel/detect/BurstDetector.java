package org.kuzet.engine.finintel.detect;

import java.util.Locale;
import org.kuzet.engine.finintel.AlertFacts;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.Typology;

/**
 * Fan-in (payments in) or fan-out (payments out) measured against the account's own history: more
 * distinct counterparties within minutes, hours or days than its usual rate makes likely. The rate
 * is the account's faded payment count over the time it has been watched, blended with a prior, and
 * how sure that rate is counts too ({@link Surprise}), so a merchant's hundred payers a day and a
 * payroll-sized company's routine stay quiet while a private account that suddenly receives from
 * sixteen senders in four days does not, whatever the amounts, formats or currencies.
 *
 * <p>Every window ending now is tried (from the newest payment back to {@code window}); the one
 * with the least likely count is the finding. It fires again while it grows by {@code regrowth}, so
 * a fan-in spread over days is covered whole, not only its first few payments.
 */
final class BurstDetector implements LocalDetector {
  private final Parameters.Burst p;
  private final boolean inbound;
  private final long window;
  private final double halfLife;
  private final double priorRate;
  private final double priorWeight;
  // This call's set of counterparties: pairs of (generation stamp, counterparty) side by side,
  // used up to a mask sized by the ring being scanned, so a small account's set stays in a few
  // cache lines.
  private final int[] table;
  private int mask;
  private int generation;
  private final double minHistory;
  private final double largeAmount;
  private final double fadePerMilli;
  // exp(-age * fadePerMilli) for ages of whole minutes within the window, computed by the very
  // expression used otherwise, so a value from the table is bit for bit the one Math.exp gives:
  // timestamps are mostly whole minutes (bank exports, the generator), and profiling showed
  // Math.exp over every payment of a judged window as an eighth of all the time.
  private final double[] fades;
  private final Surprise.LogGammaMemo logGammas = new Surprise.LogGammaMemo();
  // The call in progress: the account's faded count and history, and the best window so far.
  private double total;
  private double best;
  private int bestD;
  private long bestStart;
  private double bestRate;

  BurstDetector(Parameters.Burst p, boolean inbound, int capacity) {
    this.table = new int[Integer.highestOneBit(capacity) * 8];
    this.p = p;
    this.inbound = inbound;
    this.window = p.window().toMillis();
    this.halfLife = p.halfLife().toMillis();
    this.priorRate = p.priorPerDay() / 86_400_000.0;
    this.priorWeight = p.priorWeight().toMillis();
    this.minHistory = p.minHistory().toMillis();
    this.fadePerMilli = Math.log(2) / halfLife;
    // At most 30 days of minutes (1.7 MB); a longer window reaches past it to Math.exp.
    this.fades = new double[(int) Math.min(window / 60_000L, 30 * 1440) + 1];
    for (int m = 0; m < fades.length; m++) {
      long age = m * 60_000L;
      fades[m] = Math.exp(-age * fadePerMilli);
    }
    this.largeAmount = p.largeAmount();
  }

  @Override
  public Typology typology() {
    return inbound ? Typology.FAN_IN : Typology.FAN_OUT;
  }

  @Override
  public void onIn(AccountState s, Transaction tx, long seq, long now, StageOutput out) {
    if (inbound) {
      check(s, s.in, s.inActivity, now, out);
    }
  }

  @Override
  public void onOut(AccountState s, Transaction tx, long seq, long now, StageOutput out) {
    if (!inbound) {
      check(s, s.out, s.outActivity, now, out);
    }
  }

  private void check(AccountState s, Ring r, Activity act, long now, StageOutput out) {
    long from = now - window;
    int fromMinute = Contacts.minutes(from);
    // An upper bound of every count judged below: the payments within the window from first
    // contacts. Most calls end here, without the fading and the set of counterparties.
    // While the account's history is too short for every window (a new account), only payments
    // of at least largeAmount are judged (see judge), so only they count here.
    double least =
        act.exposure(now, halfLife) < minHistory
            ? Math.max(p.minAmount(), largeAmount)
            : p.minAmount();
    int firstContacts = 0;
    for (int i = r.size - 1; i >= 0; i--) {
      int j = r.at(i);
      if (r.time(j) < from) {
        break;
      }
      if (r.contactSince(j) >= fromMinute && r.amount(j) >= least) {
        firstContacts++;
      }
    }
    if (firstContacts < p.minCounterparties()) {
      return;
    }
    total = act.countAt(now, halfLife);
    generation++;
    mask = Math.min(table.length / 2, Integer.highestOneBit(Math.max(r.size, 4)) * 4) - 1;
    long minSpan = p.minSpan().toMillis();
    int d = 0;
    int large = 0;
    double after = 0;
    int summed = r.size; // after covers the entries from this position on
    best = 0;
    bestD = 0;
    bestStart = now;
    int pending = 0;
    int pendingLarge = 0;
    long pendingStart = now;
    double pendingAfter = 0;
    for (int i = r.size - 1; i >= 0; i--) {
      int j = r.at(i);
      long t = r.time(j);
      if (t < from) {
        break;
      }
      if (now - t > minSpan && pending > 0) {
        judge(act, pending, pendingLarge, pendingStart, minSpan, pendingAfter);
        pending = 0;
      }
      // Within the window an entry is a first contact or not for all payments of its
      // counterparty alike (see Ring), so one that is not needs no place in the set.
      if (r.amount(j) < p.minAmount()
          || r.contactSince(j) < fromMinute
          || !add(r.counterparty(j))) {
        continue;
      }
      d++;
      if (r.amount(j) >= largeAmount) {
        large++;
      }
      if (d >= p.minCounterparties()) {
        // The payments from here to now, counted as faded as the history is, so that what is
        // left is the history before. Only a count of at least minCounterparties is judged, so
        // the sum is taken only then, entry by entry in the same order as ever.
        for (; summed > i; summed--) {
          after += fade(now - r.time(r.at(summed - 1)));
        }
      }
      if (now - t <= minSpan) {
        // Within the shortest span every count is judged over that span: only the largest.
        pending = d;
        pendingLarge = large;
        pendingStart = t;
        pendingAfter = after;
        continue;
      }
      judge(act, d, large, t, now - t, after);
    }
    if (pending > 0) {
      judge(act, pending, pendingLarge, pendingStart, minSpan, pendingAfter);
    }
    if (best < p.minSurprise()) {
      return;
    }
    Typology ty = typology();
    int last = inbound ? s.fanInDegree : s.fanOutDegree;
    if (s.coolingDown(ty, now, window) && bestD < p.regrowth() * last) {
      return;
    }
    Evidence e = new Evidence();
    double sum = 0;
    for (int i = 0; i < r.size; i++) {
      int j = r.at(i);
      if (r.time(j) >= bestStart
          && r.amount(j) >= p.minAmount()
          && r.contactSince(j) >= fromMinute) {
        e.add(r.tx[j]);
        sum += r.amount(j);
      }
    }
    s.fired(ty, now);
    if (inbound) {
      s.fanInDegree = bestD;
    } else {
      s.fanOutDegree = bestD;
    }
    double usual = bestRate * 86_400_000.0;
    Transaction any = r.tx[r.at(r.size - 1)];
    String account = (inbound ? any.to() : any.from()).toString();
    out.alert(
        e.alert(
            ty,
            score(best, bestD),
            now,
            String.format(
                Locale.ROOT,
                "%s %s %d %s within %s, %s in all; its usual rate is %.1f "
                    + "counterparties a day, so this is a 1 in %s event",
                account,
                inbound ? "received from" : "paid",
                bestD,
                inbound ? "new senders" : "new beneficiaries",
                TrailExtender.hours(now - bestStart),
                Evidence.money(sum),
                usual,
                odds(best)),
            AlertFacts.of(
                "BURST" + (inbound ? ".in" : ".out"),
                account,
                bestD,
                Math.round((now - bestStart) / 3_600_000.0),
                AlertFacts.amount(sum),
                String.format(Locale.ROOT, "%.1f", usual),
                odds(best))));
  }

  /**
   * Judges {@code d} counterparties ({@code large} of them paying at least {@code largeAmount})
   * whose payments began at {@code start} ({@code after} payments from then on), as a window of
   * {@code span} (never shorter than {@code minSpan}): against the history before {@code start}.
   */
  private void judge(Activity act, int d, int large, long start, long span, double after) {
    if (d < p.minCounterparties()) {
      return; // nor can large, which counts some of the d
    }
    double watched = act.exposure(start, halfLife);
    double seen = Math.max(0, total - after);
    if (watched < minHistory) {
      // Too little history to know the account's rate (a new account, the first days of a
      // file): judged against the prior alone, and only on payments far larger than usual, which
      // a new shop's customers or a first payroll do not make.
      d = large;
      watched = 0;
      seen = 0;
    }
    if (d < p.minCounterparties()) {
      return;
    }
    double shape = seen + priorRate * priorWeight;
    watched += priorWeight;
    if (shape > p.maxShape()) {
      // Activity varies from day to day (weekdays, paydays, seasons) more than a steady rate
      // would: a long history makes the usual rate sure, but never surer than this.
      watched *= p.maxShape() / shape;
      shape = p.maxShape();
    }
    if (d <= 2 * shape / watched * span) {
      return;
    }
    // Only a finding less likely than the best so far matters: the tail is summed only then.
    double sur =
        Surprise.negativeBinomialAbove(d, shape, watched / (watched + span), best, logGammas);
    if (sur > best) {
      best = sur;
      bestD = d;
      bestStart = start;
      bestRate = shape / watched;
    }
  }

  /** {@code exp(-age * fadePerMilli)}: how much a payment {@code age} ms old still counts. */
  private double fade(long age) {
    long m = age / 60_000L;
    if (m * 60_000L == age && age >= 0 && m < fades.length) {
      return fades[(int) m];
    }
    return Math.exp(-age * fadePerMilli);
  }

  /** Adds a counterparty to this call's set; false when it was there already. */
  private boolean add(int cp) {
    int h = (cp * 0x9E3779B1) & mask;
    while (table[2 * h] == generation) {
      if (table[2 * h + 1] == cp) {
        return false;
      }
      h = (h + 1) & mask;
    }
    table[2 * h] = generation;
    table[2 * h + 1] = cp;
    return true;
  }

  /** Unusual (surprise) and strong (degree): both raise the score, neither alone reaches 1. */
  static double score(double surprise, int degree) {
    double unusual = 1 - Math.pow(10, -surprise / 6);
    double strong = 1 - 2.0 / (degree + 2);
    return Math.max(0.01, Math.min(1.0, 0.6 * unusual + 0.4 * strong));
  }

  static String odds(double surprise) {
    double v = Math.pow(10, Math.min(surprise, 12));
    return surprise >= 12 ? "10^12+" : String.format(Locale.ROOT, "%,.0f", v);
  }
}
