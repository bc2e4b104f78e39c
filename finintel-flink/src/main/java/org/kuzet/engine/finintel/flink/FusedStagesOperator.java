package org.kuzet.engine.finintel.flink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.runtime.state.KeyedStateBackend;
import org.apache.flink.runtime.state.StateInitializationContext;
import org.apache.flink.runtime.state.StateSnapshotContext;
import org.apache.flink.runtime.state.VoidNamespace;
import org.apache.flink.runtime.state.VoidNamespaceSerializer;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.BoundedOneInput;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.Alert;
import org.kuzet.engine.finintel.detect.AccountEvent;
import org.kuzet.engine.finintel.detect.AccountStage;
import org.kuzet.engine.finintel.detect.AccountState;
import org.kuzet.engine.finintel.detect.DetectionSettings;
import org.kuzet.engine.finintel.detect.StageOutput;
import org.kuzet.engine.finintel.detect.TrailStage;
import org.kuzet.engine.finintel.detect.TrailState;

/**
 * Every stage in one keyed operator, for parallelism 1, where every account is on the one subtask:
 * what {@code DetectionEngine} does in-process, with each stage's account states in Flink keyed
 * state. Stage 1 processes each event as it arrives ({@link EventOrder} sends them in the engine's
 * order); once an event time is complete (the next time begins, or a watermark passes it), stage 2
 * takes the trails stage 1 made in that time and then the time's departures from accounts where
 * trails of its length wait, stage 3 what stage 2 made, and so on, exactly as the engine runs a
 * batch.
 *
 * <p>Separate operators per stage, chained, did the same work but passed every departure through
 * four more operators (Flink's per-record calls, the key set for each, a waiting list sorted per
 * time, a cache lookup with the account's hash computed again in each). Here a departure is one
 * lookup per later stage with its hash computed once, as in-process.
 *
 * <p>The time being collected (stage 1's trails and the departures not yet seen by the later
 * stages) is operator state, written at each checkpoint. A checkpoint of this shape restores into
 * this shape only (parallelism 1); the separate stage operators have state of their own.
 */
final class FusedStagesOperator extends AbstractStreamOperator<Alert>
    implements OneInputStreamOperator<AccountEvent, Alert>, BoundedOneInput {
  private static final long serialVersionUID = 1L;

  private final DetectionSettings settings;
  private final long idleMillis;
  private final int cacheLimit;

  private transient AccountStage first;
  private transient TrailStage[] later;
  private transient Cached<AccountState> accounts;
  private transient List<Cached<TrailState>> trails;
  private transient ListState<AccountEvent> batchState;

  /** Stage 1's output in the time being collected: trails and notices for stage 2. */
  private transient ArrayList<AccountEvent> arrivals;

  private transient ArrayList<AccountEvent> next;

  /** The departures of the time being collected, in order, and their accounts' hashes. */
  private transient ArrayList<AccountEvent> departures;

  private transient int[] departureHash;
  private transient long batchTime;
  private transient long lastSweep;
  private transient Out out;

  /**
   * {@code idle}: drop an account's state untouched that long in event time (null keeps it); {@code
   * cacheLimit}: accounts per stage whose state is kept as objects between checkpoints.
   */
  FusedStagesOperator(DetectionSettings settings, @Nullable Duration idle, int cacheLimit) {
    this.settings = settings;
    this.idleMillis = idle == null ? 0 : idle.toMillis();
    this.cacheLimit = cacheLimit;
  }

  @Override
  public void initializeState(StateInitializationContext context) throws Exception {
    super.initializeState(context);
    arrivals = new ArrayList<>();
    next = new ArrayList<>();
    departures = new ArrayList<>();
    departureHash = new int[64];
    batchTime = Long.MIN_VALUE;
    lastSweep = Long.MIN_VALUE;
    batchState =
        context
            .getOperatorStateStore()
            .getListState(new ListStateDescriptor<>("batch", FinintelTypes.EVENT));
    for (AccountEvent e : batchState.get()) {
      batchTime = e.time();
      if (e.kind() == AccountEvent.OUT) {
        addDeparture(e);
      } else {
        arrivals.add(e);
      }
    }
  }

  @Override
  public void open() throws Exception {
    super.open();
    first = new AccountStage(settings);
    int stages = settings.stages();
    later = new TrailStage[stages - 1];
    trails = new ArrayList<>();
    accounts = new Cached<>("account", FinintelTypes.ACCOUNT_STATE);
    for (int k = 2; k <= stages; k++) {
      later[k - 2] = new TrailStage(settings, k);
      trails.add(new Cached<>("trails-" + k, FinintelTypes.TRAIL_STATE));
    }
    out = new Out();
  }

  /**
   * Flink would set the record's key before each record; the key matters only where keyed state is
   * read or written, which {@link Cached} does itself, so that is the only place it is set.
   */
  @Override
  public void setKeyContextElement(StreamRecord<AccountEvent> record) {}

  @Override
  public void processElement(StreamRecord<AccountEvent> element) throws Exception {
    AccountEvent e = element.getValue();
    long t = e.time();
    if (t != batchTime) {
      runLaterStages(); // nothing of an earlier time can come any more
      batchTime = t;
    }
    AccountRef a = e.account();
    int h = a.hashCode();
    AccountState s = accounts.get(a, h);
    if (s == null) {
      s = AccountState.create(settings);
      accounts.put(a, h, s);
    }
    out.time = t;
    out.forwarded = arrivals;
    first.process(s, e, out);
    accounts.processed(s);
    if (e.kind() == AccountEvent.OUT && later.length > 0) {
      addDeparture(e);
    }
  }

  private void addDeparture(AccountEvent e) {
    int n = departures.size();
    if (n == departureHash.length) {
      departureHash = Arrays.copyOf(departureHash, 2 * n);
    }
    departureHash[n] = e.account().hashCode();
    departures.add(e);
  }

  /** Stages 2.. on the time collected, as the in-process engine runs them on a batch. */
  private void runLaterStages() throws Exception {
    if (arrivals.isEmpty() && departures.isEmpty()) {
      return;
    }
    out.time = batchTime;
    ArrayList<AccountEvent> in = arrivals;
    for (int k = 0; k < later.length; k++) {
      TrailStage stage = later[k];
      Cached<TrailState> states = trails.get(k);
      out.forwarded = next;
      for (int i = 0, n = in.size(); i < n; i++) {
        AccountEvent e = in.get(i);
        AccountRef a = e.account();
        int h = a.hashCode();
        TrailState s = states.get(a, h);
        if (s == null) {
          s = TrailState.create(settings);
          states.put(a, h, s);
        }
        stage.process(s, e, out);
        states.processed(s);
      }
      // Departures only matter where trails of this length may wait.
      for (int i = 0, n = departures.size(); i < n; i++) {
        AccountEvent d = departures.get(i);
        TrailState s = states.get(d.account(), departureHash[i]);
        if (s != null) {
          stage.process(s, d, out);
          states.processed(s);
        }
      }
      in.clear();
      next = in;
      in = out.forwarded;
    }
    in.clear(); // the last stage forwards nothing
    arrivals = in;
    departures.clear();
  }

  @Override
  public void processWatermark(Watermark mark) throws Exception {
    long w = mark.getTimestamp();
    if (batchTime != Long.MIN_VALUE && batchTime <= w) {
      runLaterStages(); // the watermark says the time is complete
    }
    if (idleMillis > 0 && w != Long.MAX_VALUE) {
      if (lastSweep == Long.MIN_VALUE) {
        lastSweep = w;
      } else if (w - lastSweep > Math.max(86_400_000L, idleMillis / 4)) {
        sweep(w);
        lastSweep = w;
      }
    }
    super.processWatermark(mark);
  }

  @Override
  public void endInput() throws Exception {
    runLaterStages();
  }

  @Override
  public void snapshotState(StateSnapshotContext context) throws Exception {
    // Before the keyed state backend takes its snapshot; see StageOperator for why the caches
    // are emptied as well.
    accounts.flush();
    for (Cached<TrailState> c : trails) {
      c.flush();
    }
    super.snapshotState(context);
    List<AccountEvent> batch = new ArrayList<>(arrivals);
    batch.addAll(departures);
    batchState.update(batch);
  }

  /** Clears every stage's state of accounts idle past the horizon at event time {@code now}. */
  private void sweep(long now) throws Exception {
    accounts.sweep(s -> s.idleSince(now, idleMillis));
    for (Cached<TrailState> c : trails) {
      c.sweep(s -> s.idleSince(now, idleMillis));
    }
  }

  private interface Idle<S> {
    boolean test(S state);
  }

  /**
   * One stage's keyed state behind a write-back cache of the accounts touched since the last
   * checkpoint (see {@link StageOperator}); without a cache every access reads or writes keyed
   * state.
   */
  private final class Cached<S> {
    private final String name;
    private final ValueState<S> state;
    private final @Nullable StateCache cache;

    Cached(String name, TypeInformation<S> type) throws Exception {
      this.name = name;
      this.state =
          getPartitionedState(
              VoidNamespace.INSTANCE,
              VoidNamespaceSerializer.INSTANCE,
              new ValueStateDescriptor<>(name, type));
      this.cache = cacheLimit > 0 ? new StateCache(cacheLimit) : null;
    }

    /** The account's state, or null when it has none. */
    @SuppressWarnings("unchecked")
    @Nullable S get(AccountRef a, int hash) throws Exception {
      StateCache c = cache;
      if (c == null) {
        setCurrentKey(a);
        return state.value();
      }
      Object v = c.get(a, hash);
      if (v == null) {
        if (c.size() >= cacheLimit) {
          flush();
        }
        setCurrentKey(a);
        S s = state.value();
        c.put(a, hash, s == null ? NONE : s);
        return s;
      }
      return v == NONE ? null : (S) v;
    }

    /** Gives an account that had none its new state. */
    void put(AccountRef a, int hash, S s) throws Exception {
      StateCache c = cache;
      if (c == null) {
        setCurrentKey(a);
        state.update(s);
      } else {
        c.put(a, hash, s); // get() put the account in the cache, so it has room
      }
    }

    /**
     * After the state {@link #get} or {@link #put} last handled was processed: without a cache it
     * is written back at once (RocksDB keeps a copy, not the object).
     */
    void processed(S s) throws Exception {
      if (cache == null) {
        state.update(s); // the key is still the one get() or put() set
      }
    }

    @SuppressWarnings("unchecked")
    void flush() throws Exception {
      StateCache c = cache;
      if (c == null) {
        return;
      }
      c.forEach(
          (a, s) -> {
            if (s != NONE) {
              setCurrentKey(a);
              state.update((S) s);
            }
          });
      c.clear();
    }

    void sweep(Idle<S> idle) throws Exception {
      flush();
      List<AccountRef> keys = new ArrayList<>();
      KeyedStateBackend<AccountRef> backend = getKeyedStateBackend();
      try (var all = backend.<VoidNamespace>getKeys(name, VoidNamespace.INSTANCE)) {
        all.forEach(keys::add);
      }
      for (AccountRef a : keys) {
        setCurrentKey(a);
        S s = state.value();
        if (s != null && idle.test(s)) {
          state.clear();
        }
      }
    }
  }

  /** In a cache: the account has no state. */
  private static final Object NONE = new Object();

  private final class Out implements StageOutput {
    private final StreamRecord<Alert> record = new StreamRecord<>(null);
    long time;
    ArrayList<AccountEvent> forwarded = new ArrayList<>();

    @Override
    public void alert(Alert alert) {
      output.collect(record.replace(alert, time));
    }

    @Override
    public void forward(AccountEvent event) {
      forwarded.add(event);
    }
  }
}
