package org.kuzet.engine.finintel.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.Alert;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.Typology;

/**
 * Runs the detector stages in-process, single-threaded, over a stream of transactions.
 *
 * <p>Transactions may arrive up to {@link DetectionSettings#maxOutOfOrder()} late; they are held
 * until no earlier one can come and then processed one event time at a time: stage 1 takes all
 * arrivals then all departures of that time in input order, each later stage the trails the
 * previous one produced and then the departures again. Per account this is exactly the order {@link
 * AccountEvent#ORDER} gives, so a Flink job running the same stages produces the same alerts.
 * Accounts idle for longer than every window are dropped, so memory follows the active accounts,
 * not the history.
 */
public final class DetectionEngine {
  private final DetectionSettings settings;
  private final Consumer<Alert> alerts;
  private final AccountStage first;
  private final TrailStage[] later;
  private final AccountTable<AccountState> accounts = new AccountTable<>();
  private final Supplier<AccountState> newState;
  private final List<AccountTable<TrailState>> trailStates = new ArrayList<>();
  private final Pending pending = new Pending();
  private final Pending.Txs batchTx = new Pending.Txs();
  private final Pending.Seqs batchSeq = new Pending.Seqs();
  // Each batch transaction's account hashes, computed once: an account's hash is needed for its
  // state at every stage and as the other side's counterparty.
  private int[] fromHash = new int[256];
  private int[] toHash = new int[256];
  // Each batch transaction's beneficiary's and originator's state (see run).
  private AccountState[] toState = new AccountState[256];
  private AccountState[] fromState = new AccountState[256];
  // The sum of the cache-warming look-ups' results, kept only so they are not optimised away.
  private int warmed;
  private final long bound;
  private final long horizon;
  private final long sweepEvery;
  private final Output output;
  private final @Nullable LearnedLayer learned;
  private long seq;
  private long maxSeen = Long.MIN_VALUE;
  private long late;
  private long processed;
  private long alertCount;
  private long lastSweep = Long.MIN_VALUE;

  public DetectionEngine(DetectionSettings settings, Consumer<Alert> alerts) {
    this(settings, alerts, null);
  }

  /**
   * With a model, every transaction is also scored by it (in processing order) and the rules'
   * alerts are re-scored with it ({@link LearnedLayer}); without one the rules run alone.
   */
  public DetectionEngine(
      DetectionSettings settings, Consumer<Alert> alerts, @Nullable LaunderingModel model) {
    this(settings, alerts, model, LearnedLayer.DEFAULT_RULE_FLOOR);
  }

  /** With a model and the probability a rule alert's strongest payment must reach. */
  public DetectionEngine(
      DetectionSettings settings,
      Consumer<Alert> alerts,
      @Nullable LaunderingModel model,
      double ruleFloor) {
    this.settings = settings;
    this.alerts = alerts;
    this.first = new AccountStage(settings);
    this.newState = () -> new AccountState(settings);
    int stages = settings.stages();
    this.later = new TrailStage[stages - 1];
    for (int k = 2; k <= stages; k++) {
      later[k - 2] = new TrailStage(settings, k);
      trailStates.add(new AccountTable<>());
    }
    this.bound = settings.maxOutOfOrder().toMillis();
    this.horizon = first.horizonMillis() + bound;
    // Idle accounts are dropped a quarter horizon late at most: memory stays within 1.25 windows
    // while the sweep, a walk over every account, runs a few times per window instead of daily.
    this.sweepEvery = Math.max(86_400_000L, horizon / 4);
    this.output = new Output();
    this.learned =
        model == null ? null : new LearnedLayer(model, settings.units(), horizon, ruleFloor);
  }

  /** Offers the next transaction in input order; its sequence number is its position (from 1). */
  public void accept(Transaction tx) {
    seq++;
    long t = tx.epochMillis();
    if (maxSeen != Long.MIN_VALUE && t < maxSeen - bound) {
      late++;
      return;
    }
    if (t > maxSeen) {
      maxSeen = t;
    }
    pending.add(t, seq, tx);
    drain(maxSeen - bound);
  }

  /** Processes everything still held back. Call once at the end of the input. */
  public void finish() {
    drain(Long.MAX_VALUE);
  }

  private void drain(long upTo) {
    while (pending.size() > 0 && pending.firstTime() < upTo) {
      long time = pending.firstTime();
      int n = pending.takeBatch(time, batchTx, batchSeq);
      run(time, n);
    }
  }

  private void run(long time, int n) {
    Transaction[] batch = batchTx.array;
    long[] s = batchSeq.array;
    if (learned != null) {
      // Scored before the rules see the batch, so a rule alert on it finds its probabilities.
      for (int i = 0; i < n; i++) {
        learned.score(batch[i], output);
      }
    }
    if (fromHash.length < n) {
      fromHash = new int[batch.length];
      toHash = new int[batch.length];
    }
    int[] hf = fromHash;
    int[] ht = toHash;
    for (int i = 0; i < n; i++) {
      Transaction tx = batch[i];
      hf[i] = tx.from().hashCode();
      ht[i] = tx.to().hashCode();
    }
    // Every account's state is looked up (or created) first, and then each state's relation with
    // the counterparty, before any is processed: profiling showed stage 1 bound by cache misses on
    // the way to a state and into its contact table, and lookups with no dependence on each other
    // let the processor wait for several misses at once instead of one after the other. Creating
    // a state early changes nothing (a new state does not depend on time), and the look-ups into
    // the contact tables only warm the cache: the processing below looks again, after the batch's
    // earlier payments have touched the tables.
    if (toState.length < n) {
      toState = new AccountState[batch.length];
      fromState = new AccountState[batch.length];
    }
    AccountState[] tos = toState;
    AccountState[] froms = fromState;
    for (int i = 0; i < n; i++) {
      Transaction tx = batch[i];
      tos[i] = state(tx.to(), ht[i]);
      froms[i] = state(tx.from(), hf[i]);
    }
    int warm = 0;
    for (int i = 0; i < n; i++) {
      warm += Contacts.since(tos[i], hf[i]) + Contacts.since(froms[i], ht[i]);
    }
    warmed += warm;
    for (int i = 0; i < n; i++) {
      first.in(tos[i], s[i], batch[i], hf[i], output);
    }
    for (int i = 0; i < n; i++) {
      first.out(froms[i], s[i], batch[i], ht[i], output);
    }
    Arrays.fill(tos, 0, n, null);
    Arrays.fill(froms, 0, n, null);
    for (int k = 0; k < later.length; k++) {
      List<AccountEvent> arrivals = output.take();
      AccountTable<TrailState> states = trailStates.get(k);
      TrailStage stage = later[k];
      for (AccountEvent e : arrivals) {
        stage.process(trailState(states, e.account()), e, output);
      }
      for (int i = 0; i < n; i++) {
        Transaction tx = batch[i];
        // Departures only matter where trails of this length may wait.
        TrailState ts = states.get(tx.from(), hf[i]);
        if (ts != null) {
          stage.process(ts, new AccountEvent(AccountEvent.OUT, time, s[i], tx, null, 0), output);
        }
      }
    }
    output.take();
    processed += n;
    if (lastSweep == Long.MIN_VALUE) {
      lastSweep = time;
    } else if (time - lastSweep > sweepEvery) {
      sweep(time);
      lastSweep = time;
    }
  }

  private AccountState state(AccountRef a, int h) {
    return accounts.getOrAdd(a, h, newState);
  }

  private TrailState trailState(AccountTable<TrailState> states, AccountRef a) {
    TrailState s = states.get(a);
    if (s == null) {
      s = new TrailState(settings);
      states.add(a, s);
    }
    return s;
  }

  /** Drops the state of accounts idle past every window: keeping it could change nothing. */
  private void sweep(long now) {
    accounts.removeIf(s -> s.idleSince(now, horizon));
    for (AccountTable<TrailState> m : trailStates) {
      m.removeIf(s -> s.idleSince(now, horizon));
    }
  }

  public long late() {
    return late;
  }

  public long processed() {
    return processed;
  }

  public long alerts() {
    return alertCount;
  }

  /** Rule alerts the model set aside (0 without a model). */
  public long setAside() {
    return learned == null ? 0 : learned.setAside();
  }

  /** Accounts with state held right now (stage 1), a measure of the active window. */
  public int activeAccounts() {
    return accounts.size();
  }

  private final class Output implements StageOutput {
    private List<AccountEvent> forwarded = new ArrayList<>();

    @Override
    public void alert(Alert alert) {
      if (learned != null && alert.typology() != Typology.LEARNED) {
        alert = learned.combine(alert);
        if (alert == null) {
          return;
        }
      }
      alertCount++;
      alerts.accept(alert);
    }

    @Override
    public void forward(AccountEvent event) {
      forwarded.add(event);
    }

    List<AccountEvent> take() {
      List<AccountEvent> f = forwarded;
      forwarded = new ArrayList<>();
      return f;
    }
  }

  /** Convenience: all alerts of a finite input, in the order found. */
  public static List<Alert> detect(DetectionSettings settings, Iterable<Transaction> txs) {
    List<Alert> out = new ArrayList<>();
    DetectionEngine e = new DetectionEngine(settings, out::add);
    for (Iterator<Transaction> it = txs.iterator(); it.hasNext(); ) {
      e.accept(it.next());
    }
    e.finish();
    return out;
  }
}
