package org.kuzet.engine.finintel.flink;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.detect.AccountEvent;
import org.kuzet.engine.finintel.detect.AccountStage;
import org.kuzet.engine.finintel.detect.AccountState;
import org.kuzet.engine.finintel.detect.DetectionSettings;
import org.kuzet.engine.finintel.detect.StageOutput;

/**
 * Stage 1 (local detectors, one-hop trails) with each account's state in keyed state. Its input
 * comes in order from {@link EventOrder}, so it processes each event as it arrives.
 */
final class AccountStageOperator extends StageOperator<AccountState> {
  private static final long serialVersionUID = 1L;
  private transient AccountStage stage;

  AccountStageOperator(
      DetectionSettings settings, @Nullable Duration idle, boolean passDepartures, int cacheLimit) {
    super(settings, idle, passDepartures, true, cacheLimit, "account", FinintelTypes.ACCOUNT_STATE);
  }

  @Override
  void open(DetectionSettings settings) {
    stage = new AccountStage(settings);
  }

  @Override
  AccountState create(AccountEvent e) {
    return AccountState.create(settings);
  }

  @Override
  void process(AccountState s, AccountEvent e, StageOutput out) {
    stage.process(s, e, out);
  }

  @Override
  boolean idle(AccountState s, long now, long horizonMillis) {
    return s.idleSince(now, horizonMillis);
  }
}
