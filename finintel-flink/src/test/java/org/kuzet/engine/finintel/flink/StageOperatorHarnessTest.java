package org.kuzet.engine.finintel.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.Alert;
import org.kuzet.engine.finintel.PaymentType;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.Typology;
import org.kuzet.engine.finintel.detect.AccountEvent;
import org.kuzet.engine.finintel.detect.DetectionEngine;
import org.kuzet.engine.finintel.detect.DetectionSettings;

/**
 * The stage-1 operator on its own, in Flink's keyed operator test harness: events wait for the
 * watermark, event-time timers release them in order, state survives a snapshot and restore, and
 * the state TTL forgets idle accounts.
 */
class StageOperatorHarnessTest {
  static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");
  static final DetectionSettings STRUCTURING =
      DetectionSettings.defaults().only(Set.of(Typology.STRUCTURING));
  static final Duration TTL = Duration.ofDays(16);

  /** Cash just under the 10,000 threshold from several payers into X, {@code hours} apart. */
  static Transaction deposit(int n, double hours) {
    BigDecimal a = BigDecimal.valueOf(9_400 + 100 * n);
    return new Transaction("t" + n, T0.plus(Duration.ofMinutes(Math.round(hours * 60))),
        new AccountRef("KZ1", "S" + n), new AccountRef("KZ1", "X"), a, "KZT", PaymentType.CASH);
  }

  static KeyedOneInputStreamOperatorTestHarness<AccountRef, AccountEvent, AccountEvent> harness(
      Duration ttl) throws Exception {
    return new KeyedOneInputStreamOperatorTestHarness<>(
        new KeyedProcessOperator<>(new AccountStageFunction(STRUCTURING, ttl, false)),
        AccountEvent::account, FinintelTypes.ACCOUNT);
  }

  /** Feeds a transaction as the job does: arrival at the beneficiary, departure at the payer. */
  static void feed(KeyedOneInputStreamOperatorTestHarness<AccountRef, AccountEvent, AccountEvent> h,
      long seq, Transaction t) throws Exception {
    h.processElement(new StreamRecord<>(AccountEvent.in(seq, t), t.epochMillis()));
    h.processElement(new StreamRecord<>(AccountEvent.out(seq, t), t.epochMillis()));
  }

  static List<Alert> alerts(
      KeyedOneInputStreamOperatorTestHarness<AccountRef, AccountEvent, AccountEvent> h) {
    List<Alert> out = new ArrayList<>();
    var side = h.getSideOutput(SortedStageFunction.ALERTS);
    if (side != null) {
      side.forEach(r -> out.add(r.getValue()));
    }
    return out;
  }

  @Test
  void eventsWaitForTheWatermarkThenFireInEventTimeOrder() throws Exception {
    try (var h = harness(TTL)) {
      h.open();
      feed(h, 1, deposit(1, 1));
      feed(h, 2, deposit(2, 20));
      feed(h, 3, deposit(3, 50));
      // Six events (arrival and departure of three payments) for four accounts: one timer per
      // account, at its earliest waiting event. Nothing is processed before the watermark passes.
      assertThat(h.numEventTimeTimers()).isEqualTo(4);
      assertThat(alerts(h)).isEmpty();

      h.processWatermark(deposit(2, 20).epochMillis());
      assertThat(alerts(h)).isEmpty(); // two deposits so far, three are needed
      // X processed both due deposits on one timer and set it again for the third.
      assertThat(h.numEventTimeTimers()).isEqualTo(2);

      h.processWatermark(deposit(3, 50).epochMillis());
      assertThat(alerts(h)).singleElement().satisfies(a -> {
        assertThat(a.typology()).isEqualTo(Typology.STRUCTURING);
        assertThat(a.transactionIds()).containsExactly("t1", "t2", "t3");
      });
      assertThat(h.numEventTimeTimers()).isZero();
    }
  }

  @Test
  void stateAndWaitingEventsSurviveASnapshotAndRestore() throws Exception {
    OperatorSubtaskState snapshot;
    try (var h = harness(TTL)) {
      h.open();
      feed(h, 1, deposit(1, 1));
      h.processWatermark(deposit(1, 1).epochMillis()); // t1 is in X's state now
      feed(h, 2, deposit(2, 20)); // t2 still waits for its watermark
      snapshot = h.snapshot(1L, 1L);
    }
    try (var restored = harness(TTL)) {
      restored.initializeState(snapshot);
      restored.open();
      assertThat(restored.numEventTimeTimers()).isEqualTo(2); // t2's arrival and departure
      feed(restored, 3, deposit(3, 50));
      restored.processWatermark(Long.MAX_VALUE);
      List<Alert> expected = DetectionEngine.detect(STRUCTURING,
          List.of(deposit(1, 1), deposit(2, 20), deposit(3, 50)));
      assertThat(alerts(restored)).containsExactlyElementsOf(expected).hasSize(1);
    }
  }

  @Test
  void theTtlForgetsAnAccountIdleLongerThanItAndOnlyThen() throws Exception {
    for (boolean idle : new boolean[] {false, true}) {
      try (var h = harness(TTL)) {
        h.open();
        h.setStateTtlProcessingTime(0);
        feed(h, 1, deposit(1, 1));
        feed(h, 2, deposit(2, 20));
        h.processWatermark(deposit(2, 20).epochMillis());
        assertThat(h.numKeyedStateEntries()).isPositive();
        h.setStateTtlProcessingTime(idle ? TTL.toMillis() + 1 : TTL.toMillis() - 1);
        feed(h, 3, deposit(3, 50));
        h.processWatermark(Long.MAX_VALUE);
        // Kept: the third deposit completes the pattern. Expired: X starts afresh with one.
        assertThat(alerts(h)).hasSize(idle ? 0 : 1);
      }
    }
  }
}
