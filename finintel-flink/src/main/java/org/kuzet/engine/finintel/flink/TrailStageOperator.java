package org.kuzet.engine.finintel.flink;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.detect.AccountEvent;
import org.kuzet.engine.finintel.detect.DetectionSettings;
import org.kuzet.engine.finintel.detect.StageOutput;
import org.kuzet.engine.finintel.detect.TrailStage;
import org.kuzet.engine.finintel.detect.TrailState;

/**
 * Stage k ≥ 2 (trails of k hops) with each account's trails in keyed state. A departure from an
 * account where no trail waits changes nothing and keeps no state, as in-process.
 */
final class TrailStageOperator extends StageOperator<TrailState> {
  private static final long serialVersionUID = 1L;
  private final int k;
  private transient TrailStage stage;

  TrailStageOperator(
      DetectionSettings settings,
      int k,
      @Nullable Duration idle,
      boolean passDepartures,
      int cacheLimit) {
    super(settings, idle, passDepartures, false, cacheLimit, "trails", FinintelTypes.TRAIL_STATE);
    this.k = k;
  }

  @Override
  void open(DetectionSettings settings) {
    stage = new TrailStage(settings, k);
  }

  @Override
  @Nullable TrailState create(AccountEvent e) {
    return e.kind() == AccountEvent.OUT ? null : TrailState.create(settings);
  }

  @Override
  void process(TrailState s, AccountEvent e, StageOutput out) {
    stage.process(s, e, out);
  }

  @Override
  boolean idle(TrailState s, long now, long horizonMillis) {
    return s.idleSince(now, horizonMillis);
  }
}
