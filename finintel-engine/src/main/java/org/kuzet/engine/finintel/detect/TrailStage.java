package org.kuzet.engine.finintel.detect;

import java.util.HashSet;
import java.util.Set;
import org.kuzet.engine.finintel.AlertFacts;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.Typology;

/**
 * Stage k ≥ 2, keyed by account: receives the trails of k hops that ended at the account (and, at
 * stage 2, bipartite notices) and the account's outgoing payments. Finds scatter-gather (stage 2),
 * layering stacks (stage 3 on), bipartite sinks (stage 2), and extends trails for cycles and
 * chains.
 */
public final class TrailStage {
  private final DetectionSettings settings;
  private final int stage;
  private final TrailExtender extender;
  private final Parameters.Trails p;
  private final long gap;
  private final long bipartiteWindow;

  public TrailStage(DetectionSettings s, int stage) {
    if (stage < 2 || stage > s.stages()) {
      throw new IllegalArgumentException("stage " + stage + " is not in 2.." + s.stages());
    }
    this.settings = s;
    this.stage = stage;
    this.extender = new TrailExtender(s);
    this.p = s.trails();
    this.gap = p.maxHopGap().toMillis();
    this.bipartiteWindow = s.bipartite().window().toMillis();
  }

  public int stage() {
    return stage;
  }

  public void process(TrailState s, AccountEvent e, StageOutput out) {
    long now = e.time();
    s.lastSeen = now;
    if (e.kind() == AccountEvent.OUT) {
      if (!e.tx().from().equals(e.tx().to())) {
        extender.extend(s.trails, stage, e.tx(), e.seq(), now, out);
      }
      return;
    }
    if (e.trail() == null) {
      notice(s, e, out);
      return;
    }
    s.trails.evictBefore(now - gap);
    s.trails.add(e.trail());
    if (stage == 2 && settings.on(Typology.SCATTER_GATHER)) {
      parallel(s, e.trail(), now, out, Typology.SCATTER_GATHER, p.minScatterIntermediates());
    } else if (stage >= 3 && settings.on(Typology.LAYERING_STACK)) {
      parallel(s, e.trail(), now, out, Typology.LAYERING_STACK, p.minStackPaths());
    }
  }

  /** Trails from one origin reaching this account through distinct first intermediaries. */
  private void parallel(
      TrailState s, Trail t, long now, StageOutput out, Typology typology, int min) {
    long window = p.window().toMillis();
    if (s.coolingDown(typology, now, window)) {
      return;
    }
    Set<String> via = new HashSet<>();
    Evidence e = new Evidence();
    double total = 0;
    for (Trail o : s.trails.trails) {
      if (o.start().equals(t.start()) && now - o.startTime() <= window) {
        if (via.add(o.txs()[0].to().key())) {
          total += o.last().amountReceived().doubleValue();
        }
        e.addAll(o.txs());
      }
    }
    if (via.size() < min) {
      return;
    }
    s.fired(typology, now);
    String what =
        typology == Typology.SCATTER_GATHER
            ? "scattered through " + via.size() + " intermediaries and gathered again at "
            : "passed along " + via.size() + " parallel chains of " + stage + " hops to ";
    out.alert(
        e.alert(
            typology,
            Math.min(1.0, 0.5 + 0.1 * via.size()),
            now,
            "money from "
                + t.start()
                + " "
                + what
                + t.end()
                + " ("
                + Evidence.money(total)
                + " arrived)",
            AlertFacts.of(
                typology.name(), t.start(), via.size(), stage, t.end(), AlertFacts.amount(total))));
  }

  private void notice(TrailState s, AccountEvent e, StageOutput out) {
    long now = e.time();
    Parameters.Bipartite b = settings.bipartite();
    int[] senders = s.noticeSender;
    long[] times = s.noticeTime;
    Transaction[] txs = s.noticeTx;
    if (senders == null || times == null || txs == null) { // allocated with the first notice
      int cap = 16;
      senders = s.noticeSender = new int[cap];
      times = s.noticeTime = new long[cap];
      txs = s.noticeTx = new Transaction[cap];
    }
    // Drop notices that aged out, keep one (the latest) per sender.
    int n = 0;
    int sender = AccountState.hash(e.tx().from());
    for (int i = 0; i < s.notices; i++) {
      if (now - times[i] <= bipartiteWindow && senders[i] != sender) {
        senders[n] = senders[i];
        times[n] = times[i];
        txs[n++] = txs[i];
      }
    }
    for (int i = n; i < s.notices; i++) {
      txs[i] = null;
    }
    if (n == senders.length) {
      System.arraycopy(senders, 1, senders, 0, n - 1);
      System.arraycopy(times, 1, times, 0, n - 1);
      System.arraycopy(txs, 1, txs, 0, n - 1);
      n--;
    }
    senders[n] = sender;
    times[n] = e.tx().epochMillis();
    txs[n++] = e.tx();
    s.notices = n;
    if (n < b.minSources() || s.coolingDown(Typology.BIPARTITE, now, bipartiteWindow)) {
      return;
    }
    double[] amounts = new double[n];
    for (int i = 0; i < n; i++) {
      amounts[i] = txs[i].amountReceived().doubleValue();
    }
    if (Evidence.cv(amounts, n) > b.maxAmountCv()) {
      return;
    }
    Evidence ev = new Evidence();
    double total = 0;
    for (int i = 0; i < n; i++) {
      ev.add(txs[i]);
      total += txs[i].amountReceived().doubleValue();
    }
    s.fired(Typology.BIPARTITE, now);
    out.alert(
        ev.alert(
            Typology.BIPARTITE,
            Math.min(1.0, 0.5 + 0.1 * n),
            now,
            n
                + " senders that each pay "
                + b.minSinks()
                + "-"
                + b.maxSinks()
                + " beneficiaries alike amounts within "
                + b.window().toHours()
                + " h all paid "
                + e.tx().to()
                + ", "
                + Evidence.money(total)
                + " in all",
            AlertFacts.of(
                Typology.BIPARTITE.name(),
                n,
                b.minSinks(),
                b.maxSinks(),
                b.window().toHours(),
                e.tx().to(),
                AlertFacts.amount(total))));
  }
}
