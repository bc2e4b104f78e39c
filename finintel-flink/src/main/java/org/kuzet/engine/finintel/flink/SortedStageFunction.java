package org.kuzet.engine.finintel.flink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.Alert;
import org.kuzet.engine.finintel.detect.AccountEvent;
import org.kuzet.engine.finintel.detect.DetectionSettings;
import org.kuzet.engine.finintel.detect.StageOutput;

/**
 * Common part of the stage operators: buffers an account's events in keyed state until the
 * watermark passes their time, then processes them in {@link AccountEvent#ORDER}, the order the
 * in-process engine uses. Forwarded events go to the main output, alerts to {@link #ALERTS}.
 *
 * <p>An account's waiting events are one list with one event-time timer, at the earliest of
 * them; when it fires, everything the watermark has passed is processed at once and the timer
 * is set again for what remains. (One map entry and one timer per distinct event time cost
 * several times more: the timer queue and the per-key map dominated the profile.)
 */
abstract class SortedStageFunction
    extends KeyedProcessFunction<AccountRef, AccountEvent, AccountEvent> {
  private static final long serialVersionUID = 1L;
  static final OutputTag<Alert> ALERTS = new OutputTag<>("alerts", FinintelTypes.ALERT);

  final DetectionSettings settings;
  private final @Nullable Duration stateTtl;
  private transient ValueState<List<AccountEvent>> buffer;

  private final boolean passDepartures;

  /**
   * {@code passDepartures}: send each departure on to the next stage after processing it (every
   * stage but the last), so later stages see all departures without a shuffle from the source.
   */
  SortedStageFunction(DetectionSettings settings, @Nullable Duration stateTtl,
      boolean passDepartures) {
    this.settings = settings;
    this.stateTtl = stateTtl;
    this.passDepartures = passDepartures;
  }

  /**
   * The detector state's descriptor, with the time-to-live when one is set: an account's state
   * untouched that long is dropped, so state follows the active accounts, not the history.
   * Flink's TTL runs on processing time; with a TTL of at least {@link
   * DetectionSettings#stateHorizon()} it only drops what could no longer change a result while
   * event time moves at least as fast as the wall clock (live traffic, or a replay). Expired
   * state is dropped from full snapshots, by RocksDB's compaction, and on the heap by checking
   * one more entry on every access (ten per access cost a fifth of the job's time).
   */
  <T> ValueStateDescriptor<T> detectorState(String name, TypeInformation<T> type) {
    ValueStateDescriptor<T> d = new ValueStateDescriptor<>(name, type);
    if (stateTtl != null) {
      d.enableTimeToLive(StateTtlConfig.newBuilder(stateTtl)
          .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
          .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
          .cleanupFullSnapshot()
          .cleanupIncrementally(1, false)
          .cleanupInRocksdbCompactFilter(1000)
          .build());
    }
    return d;
  }

  @Override
  public void open(OpenContext ctx) throws Exception {
    buffer = getRuntimeContext().getState(
        new ValueStateDescriptor<>("waiting", FinintelTypes.EVENTS));
    openStage();
  }

  abstract void openStage() throws Exception;

  abstract void process(AccountEvent e, StageOutput out) throws Exception;

  @Override
  public void processElement(AccountEvent e, Context ctx, Collector<AccountEvent> out)
      throws Exception {
    List<AccountEvent> waiting = buffer.value();
    if (waiting == null) {
      waiting = new ArrayList<>(2);
      ctx.timerService().registerEventTimeTimer(e.time());
    } else if (e.time() < earliest(waiting)) {
      ctx.timerService().registerEventTimeTimer(e.time());
    }
    waiting.add(e);
    buffer.update(waiting);
  }

  private static long earliest(List<AccountEvent> events) {
    long min = Long.MAX_VALUE;
    for (AccountEvent e : events) {
      min = Math.min(min, e.time());
    }
    return min;
  }

  @Override
  public void onTimer(long time, OnTimerContext ctx, Collector<AccountEvent> out)
      throws Exception {
    List<AccountEvent> waiting = buffer.value();
    if (waiting == null) {
      return;
    }
    long watermark = ctx.timerService().currentWatermark();
    List<AccountEvent> due = waiting;
    List<AccountEvent> later = null;
    for (AccountEvent e : waiting) {
      if (e.time() > watermark) {
        later = new ArrayList<>(2);
        break;
      }
    }
    if (later != null) {
      due = new ArrayList<>(waiting.size());
      for (AccountEvent e : waiting) {
        (e.time() > watermark ? later : due).add(e);
      }
      buffer.update(later);
      ctx.timerService().registerEventTimeTimer(earliest(later));
    } else {
      buffer.clear();
    }
    if (due.isEmpty()) {
      return;
    }
    due.sort(AccountEvent.ORDER);
    StageOutput o = new StageOutput() {
      @Override
      public void alert(Alert alert) {
        ctx.output(ALERTS, alert);
      }

      @Override
      public void forward(AccountEvent event) {
        out.collect(event);
      }
    };
    for (AccountEvent e : due) {
      process(e, o);
      if (passDepartures && e.kind() == AccountEvent.OUT) {
        out.collect(e);
      }
    }
  }
}
