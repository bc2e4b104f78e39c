package org.kuzet.engine.finintel.flink;

import org.apache.flink.api.common.state.ValueState;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.detect.AccountEvent;
import org.kuzet.engine.finintel.detect.AccountStage;
import org.kuzet.engine.finintel.detect.AccountState;
import org.kuzet.engine.finintel.detect.DetectionSettings;
import org.kuzet.engine.finintel.detect.StageOutput;

/** Stage 1 (local detectors, one-hop trails) with each account's state in keyed state. */
public final class AccountStageFunction extends SortedStageFunction {
  private static final long serialVersionUID = 1L;
  private transient AccountStage stage;
  private transient ValueState<AccountState> state;

  public AccountStageFunction(DetectionSettings settings, @Nullable Duration stateTtl,
      boolean passDepartures) {
    super(settings, stateTtl, passDepartures);
  }

  @Override
  void openStage() {
    stage = new AccountStage(settings);
    state = getRuntimeContext().getState(detectorState("account", FinintelTypes.ACCOUNT_STATE));
  }

  @Override
  void process(AccountEvent e, StageOutput out) throws Exception {
    AccountState s = state.value();
    if (s == null) {
      s = AccountState.create(settings);
    }
    stage.process(s, e, out);
    state.update(s);
  }
}
