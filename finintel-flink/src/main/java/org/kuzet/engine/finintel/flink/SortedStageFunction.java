package org.kuzet.engine.finintel.flink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.Alert;
import org.kuzet.engine.finintel.detect.AccountEvent;
import org.kuzet.engine.finintel.detect.DetectionSettings;
import org.kuzet.engine.finintel.detect.StageOutput;

/**
 * Common part of the stage operators: buffers an account's events in keyed state until the
 * watermark passes their time, then processes them in {@link AccountEvent#ORDER}, the order the
 * in-process engine uses. Forwarded events go to the main output, alerts to {@link #ALERTS}.
 */
abstract class SortedStageFunction extends KeyedProcessFunction<String, AccountEvent, AccountEvent> {
  private static final long serialVersionUID = 1L;
  static final OutputTag<Alert> ALERTS = new OutputTag<>("alerts", TypeInformation.of(Alert.class));

  final DetectionSettings settings;
  private final @Nullable Duration stateTtl;
  private transient MapState<Long, List<AccountEvent>> buffer;

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
   * event time moves at least as fast as the wall clock (live traffic, or a replay).
   */
  <T> ValueStateDescriptor<T> detectorState(String name, Class<T> type) {
    ValueStateDescriptor<T> d = new ValueStateDescriptor<>(name, TypeInformation.of(type));
    if (stateTtl != null) {
      d.enableTimeToLive(StateTtlConfig.newBuilder(stateTtl)
          .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
          .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
          .cleanupFullSnapshot()
          .cleanupIncrementally(10, false)
          .build());
    }
    return d;
  }

  @Override
  public void open(OpenContext ctx) throws Exception {
    buffer = getRuntimeContext().getMapState(new MapStateDescriptor<>("buffer", Types.LONG,
        Types.LIST(TypeInformation.of(AccountEvent.class))));
    openStage();
  }

  abstract void openStage() throws Exception;

  abstract void process(AccountEvent e, StageOutput out) throws Exception;

  @Override
  public void processElement(AccountEvent e, Context ctx, Collector<AccountEvent> out)
      throws Exception {
    List<AccountEvent> at = buffer.get(e.time());
    if (at == null) {
      at = new ArrayList<>(2);
      ctx.timerService().registerEventTimeTimer(e.time());
    }
    at.add(e);
    buffer.put(e.time(), at);
  }

  @Override
  public void onTimer(long time, OnTimerContext ctx, Collector<AccountEvent> out)
      throws Exception {
    List<AccountEvent> at = buffer.get(time);
    if (at == null) {
      return;
    }
    buffer.remove(time);
    at.sort(AccountEvent.ORDER);
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
    for (AccountEvent e : at) {
      process(e, o);
      if (passDepartures && e.kind() == AccountEvent.OUT) {
        out.collect(e);
      }
    }
  }
}
