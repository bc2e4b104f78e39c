package org.kuzet.engine.finintel.flink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.runtime.state.KeyGroupRangeAssignment;
import org.apache.flink.runtime.state.KeyedStateBackend;
import org.apache.flink.runtime.state.StateInitializationContext;
import org.apache.flink.runtime.state.StateSnapshotContext;
import org.apache.flink.runtime.state.VoidNamespace;
import org.apache.flink.runtime.state.VoidNamespaceSerializer;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.util.OutputTag;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.Alert;
import org.kuzet.engine.finintel.detect.AccountEvent;
import org.kuzet.engine.finintel.detect.DetectionSettings;
import org.kuzet.engine.finintel.detect.StageOutput;

/**
 * A detector stage as a keyed operator: the engine's stage class with each account's state in Flink
 * keyed state ({@code S}). Forwarded events go to the main output, alerts to {@link #ALERTS}; with
 * {@code passDepartures} each departure goes on to the next stage after it was processed, so later
 * stages see all departures without a shuffle from the source. Used above parallelism 1; at 1
 * {@link FusedStagesOperator} runs all stages in one operator.
 *
 * <p>Stage 1 receives everything from the one ordering task ({@link EventOrder}) over one channel,
 * already in {@link AccountEvent#ORDER}, and processes each event as it arrives. A later stage
 * receives from every subtask of the one before, so an account's events may come in any order: it
 * holds them in one list per subtask (not per account: no keyed state, no timer) and, when the
 * watermark passes, processes everything due in {@link AccountEvent#ORDER}. The list is operator
 * state, redistributed by key group on restore.
 *
 * <p>Idle state is dropped by event time, as in-process: whenever the watermark moved on by a
 * quarter of the idle horizon (at least a day), every account idle for longer than it is cleared.
 * The engine treats an account idle past the horizon as new anyway, so dropping it changes no
 * result. (Flink's own state TTL counts processing time and wrapped every state access; its cleanup
 * cost a fifth of the job.)
 */
abstract class StageOperator<S> extends AbstractStreamOperator<AccountEvent>
    implements OneInputStreamOperator<AccountEvent, AccountEvent> {
  private static final long serialVersionUID = 1L;
  static final OutputTag<Alert> ALERTS = new OutputTag<>("alerts", FinintelTypes.ALERT);

  final DetectionSettings settings;
  private final long idleMillis;
  private final boolean passDepartures;
  private final boolean ordered;
  private final int cacheLimit;
  private final String stateName;
  private final TypeInformation<S> stateType;

  private transient ValueState<S> state;
  private transient ArrayList<AccountEvent> waiting;
  private transient @Nullable ListState<AccountEvent> waitingState; // only when not ordered
  private transient long lastSweep;
  private transient Out out;

  /**
   * Write-back cache of the accounts' states touched since the last checkpoint ({@link #NONE}:
   * known to have none), written to keyed state at each checkpoint, before a sweep and when it
   * holds {@code cacheLimit} accounts.
   */
  private transient @Nullable StateCache cache;

  /** In the cache: the account has no state and the event created none. */
  private static final Object NONE = new Object();

  /**
   * {@code idle}: drop an account's state untouched that long in event time; null keeps it. {@code
   * ordered}: the input arrives in {@link AccountEvent#ORDER} over one channel (stage 1). {@code
   * cacheLimit}: accounts held in the write-back cache at most (0: none, every event reads and
   * writes keyed state).
   */
  StageOperator(
      DetectionSettings settings,
      @Nullable Duration idle,
      boolean passDepartures,
      boolean ordered,
      int cacheLimit,
      String stateName,
      TypeInformation<S> stateType) {
    this.settings = settings;
    this.idleMillis = idle == null ? 0 : idle.toMillis();
    this.passDepartures = passDepartures;
    this.ordered = ordered;
    this.cacheLimit = cacheLimit;
    this.stateName = stateName;
    this.stateType = stateType;
  }

  /** A fresh state for the event's account, or null when the event needs none. */
  abstract @Nullable S create(AccountEvent e);

  abstract void open(DetectionSettings settings);

  abstract void process(S state, AccountEvent e, StageOutput out);

  abstract boolean idle(S state, long now, long horizonMillis);

  @Override
  public void initializeState(StateInitializationContext context) throws Exception {
    super.initializeState(context);
    waiting = new ArrayList<>();
    lastSweep = Long.MIN_VALUE;
    if (ordered) {
      return;
    }
    // Union state: every subtask sees all waiting events after a restore and keeps its own.
    waitingState =
        context
            .getOperatorStateStore()
            .getUnionListState(new ListStateDescriptor<>("waiting", FinintelTypes.EVENT));
    var task = getRuntimeContext().getTaskInfo();
    for (AccountEvent e : waitingState.get()) {
      if (KeyGroupRangeAssignment.assignKeyToParallelOperator(
              e.account(),
              task.getMaxNumberOfParallelSubtasks(),
              task.getNumberOfParallelSubtasks())
          == task.getIndexOfThisSubtask()) {
        waiting.add(e);
      }
    }
  }

  @Override
  public void open() throws Exception {
    super.open();
    state =
        getPartitionedState(
            VoidNamespace.INSTANCE,
            VoidNamespaceSerializer.INSTANCE,
            new ValueStateDescriptor<>(stateName, stateType));
    out = new Out();
    cache = cacheLimit > 0 ? new StateCache(cacheLimit) : null;
    open(settings);
  }

  @Override
  public void snapshotState(StateSnapshotContext context) throws Exception {
    // Before the keyed state backend takes its snapshot (after this method returns). The cache
    // is emptied too: the heap backend's snapshot runs on, and objects it holds must not change;
    // the next read of each account goes through the backend, which copies it while a snapshot
    // needs the old one.
    flush();
    super.snapshotState(context);
    if (waitingState != null) { // set by initializeState when not ordered
      waitingState.update(new ArrayList<>(waiting));
    }
  }

  @Override
  public void processElement(StreamRecord<AccountEvent> element) throws Exception {
    AccountEvent e = element.getValue();
    if (ordered) {
      apply(e);
    } else {
      waiting.add(e);
    }
  }

  /**
   * Flink would set the record's key before each record; it matters only where keyed state is read
   * or written, and {@link #apply} sets it there (with the cache, only when an account is first
   * touched after a checkpoint), so the key group is not computed for every record.
   */
  @Override
  public void setKeyContextElement(StreamRecord<AccountEvent> record) {}

  /** Processes the waiting events due at {@code w} in {@link AccountEvent#ORDER}. */
  private void processDue(long w) throws Exception {
    waiting.sort(AccountEvent.ORDER);
    int due = 0;
    while (due < waiting.size() && waiting.get(due).time() <= w) {
      due++;
    }
    List<AccountEvent> now = waiting.subList(0, due);
    for (AccountEvent e : now) {
      apply(e);
    }
    now.clear();
  }

  @Override
  public void processWatermark(Watermark mark) throws Exception {
    long w = mark.getTimestamp();
    if (!ordered && !waiting.isEmpty()) {
      processDue(w);
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

  @SuppressWarnings("unchecked")
  private void apply(AccountEvent e) throws Exception {
    S s;
    StateCache cache = this.cache; // set exactly when cacheLimit > 0
    if (cache != null) {
      AccountRef a = e.account();
      Object c = cache.get(a);
      if (c == null) {
        if (cache.size() >= cacheLimit) {
          flush();
        }
        setCurrentKey(a);
        s = state.value();
        if (s == null) {
          s = create(e);
        }
        cache.put(a, s == null ? NONE : s);
      } else if (c == NONE) {
        s = create(e);
        if (s != null) {
          cache.put(a, s);
        }
      } else {
        s = (S) c;
      }
    } else {
      setCurrentKey(e.account());
      s = state.value();
      if (s == null) {
        s = create(e);
      }
    }
    if (s != null) {
      out.time = e.time();
      process(s, e, out);
      if (cacheLimit == 0) {
        state.update(s);
      }
    }
    if (passDepartures && e.kind() == AccountEvent.OUT) {
      out.forward(e);
    }
  }

  /** Writes every cached state to keyed state and empties the cache. */
  @SuppressWarnings("unchecked")
  private void flush() throws Exception {
    if (cache == null) {
      return;
    }
    cache.forEach(
        (a, s) -> {
          if (s != NONE) {
            setCurrentKey(a);
            state.update((S) s);
          }
        });
    cache.clear();
  }

  /** Clears the state of every account idle past the horizon at event time {@code now}. */
  private void sweep(long now) throws Exception {
    flush();
    List<AccountRef> idle = new ArrayList<>();
    KeyedStateBackend<AccountRef> backend = getKeyedStateBackend();
    try (var keys = backend.<VoidNamespace>getKeys(stateName, VoidNamespace.INSTANCE)) {
      keys.forEach(idle::add);
    }
    for (AccountRef a : idle) {
      setCurrentKey(a);
      S s = state.value();
      if (s != null && idle(s, now, idleMillis)) {
        state.clear();
      }
    }
  }

  private final class Out implements StageOutput {
    private final StreamRecord<AccountEvent> record = new StreamRecord<>(null);
    long time;

    @Override
    public void alert(Alert alert) {
      output.collect(ALERTS, new StreamRecord<>(alert, time));
    }

    @Override
    public void forward(AccountEvent event) {
      output.collect(record.replace(event, event.time()));
    }
  }
}
