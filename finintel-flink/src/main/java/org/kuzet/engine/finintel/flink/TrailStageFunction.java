package org.kuzet.engine.finintel.flink;

import org.apache.flink.api.common.state.ValueState;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.detect.AccountEvent;
import org.kuzet.engine.finintel.detect.DetectionSettings;
import org.kuzet.engine.finintel.detect.StageOutput;
import org.kuzet.engine.finintel.detect.TrailStage;
import org.kuzet.engine.finintel.detect.TrailState;

/** Stage k ≥ 2 (trails of k hops) with each account's trails in keyed state. */
public final class TrailStageFunction extends SortedStageFunction {
  private static final long serialVersionUID = 1L;
  private final int k;
  private transient TrailStage stage;
  private transient ValueState<TrailState> state;

  public TrailStageFunction(DetectionSettings settings, int k, @Nullable Duration stateTtl,
      boolean passDepartures) {
    super(settings, stateTtl, passDepartures);
    this.k = k;
  }

  @Override
  void openStage() {
    stage = new TrailStage(settings, k);
    state = getRuntimeContext().getState(detectorState("trails", FinintelTypes.TRAIL_STATE));
  }

  @Override
  void process(AccountEvent e, StageOutput out) throws Exception {
    TrailState s = state.value();
    if (s == null) {
      if (e.kind() == AccountEvent.OUT) {
        return; // no trail waits here, as in-process: keep no state for it
      }
      s = TrailState.create(settings);
    }
    stage.process(s, e, out);
    state.update(s);
  }
}
