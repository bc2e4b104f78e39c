package org.kuzet.engine.finintel.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.Alert;
import org.kuzet.engine.finintel.PaymentType;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.Typology;
import org.kuzet.engine.finintel.detect.AccountEvent;
import org.kuzet.engine.finintel.detect.DetectionEngine;
import org.kuzet.engine.finintel.detect.DetectionSettings;
import org.kuzet.engine.finintel.detect.StageOutput;
import org.kuzet.engine.finintel.detect.Trail;
import org.kuzet.engine.finintel.detect.TrailStage;
import org.kuzet.engine.finintel.detect.TrailState;

/**
 * The job's operators on their own, in Flink's operator test harnesses: the ordering task releases
 * transactions in the engine's order and drops the late ones, stage 1 processes its ordered input
 * at once, a trail stage holds events until the watermark (also across a snapshot and restore), and
 * idle accounts are dropped by event time.
 */
class StageOperatorHarnessTest {
  static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");
  static final DetectionSettings STRUCTURING =
      DetectionSettings.defaults().only(Set.of(Typology.STRUCTURING));
  static final Duration IDLE = Duration.ofDays(16);

  static Transaction payment(String id, double hours, String from, String to, long amount) {
    return new Transaction(
        id,
        T0.plus(Duration.ofMinutes(Math.round(hours * 60))),
        new AccountRef("KZ1", from),
        new AccountRef("KZ1", to),
        BigDecimal.valueOf(amount),
        "KZT",
        PaymentType.CASH);
  }

  /** Cash just under the 10,000 threshold from several payers into X, {@code hours} apart. */
  static Transaction deposit(int n, double hours) {
    return payment("t" + n, hours, "S" + n, "X", 9_400 + 100 * n);
  }

  static KeyedOneInputStreamOperatorTestHarness<AccountRef, AccountEvent, AccountEvent> stage1(
      Duration idle) throws Exception {
    return stage1(idle, 0);
  }

  static KeyedOneInputStreamOperatorTestHarness<AccountRef, AccountEvent, AccountEvent> stage1(
      Duration idle, int cache) throws Exception {
    return new KeyedOneInputStreamOperatorTestHarness<>(
        new AccountStageOperator(STRUCTURING, idle, false, cache),
        AccountEvent::account,
        FinintelTypes.ACCOUNT);
  }

  /** Feeds a transaction as EventOrder does: arrival at the beneficiary, departure at the payer. */
  static void feed(
      KeyedOneInputStreamOperatorTestHarness<AccountRef, AccountEvent, AccountEvent> h,
      long seq,
      Transaction t)
      throws Exception {
    h.processElement(new StreamRecord<>(AccountEvent.in(seq, t), t.epochMillis()));
    h.processElement(new StreamRecord<>(AccountEvent.out(seq, t), t.epochMillis()));
  }

  static List<Alert> alerts(KeyedOneInputStreamOperatorTestHarness<?, ?, ?> h) {
    List<Alert> out = new ArrayList<>();
    var side = h.getSideOutput(StageOperator.ALERTS);
    if (side != null) {
      side.forEach(r -> out.add(r.getValue()));
    }
    return out;
  }

  @Test
  void eventOrderReleasesWholeEventTimesInTheEngineOrderAndDropsLateOnes() throws Exception {
    long hour = 3_600_000L;
    Transaction a = payment("a", 5, "P", "Q", 100);
    Transaction b = payment("b", 4.5, "R", "S", 100); // earlier, within the lateness: kept
    Transaction c = payment("c", 5, "S", "T", 100); // same time as a
    Transaction d = payment("d", 8, "T", "U", 100);
    Transaction late = payment("late", 5.5, "U", "V", 100); // more than 1 h behind d: dropped
    Transaction e = payment("e", 9.5, "V", "W", 100);
    try (var h =
        new OneInputStreamOperatorTestHarness<Sequenced, AccountEvent>(
            new EventOrder(hour, 200), RecordSerializer.OfSequenced.INSTANCE)) {
      h.open();
      long seq = 0;
      for (Transaction t : List.of(a, b, c, d, late)) {
        h.processElement(new Sequenced(++seq, t), t.epochMillis());
      }
      // d (8:00) released everything before 7:00: b, then a and c (arrivals, then departures).
      assertThat(h.extractOutputValues())
          .extracting(x -> x.tx().id() + (x.kind() == 0 ? "+" : "-"))
          .containsExactly("b+", "b-", "a+", "c+", "a-", "c-");
      h.setProcessingTime(200); // the periodic watermark: 7:00 is complete, minus 1 ms
      assertThat(h.getOutput())
          .filteredOn(Watermark.class::isInstance)
          .singleElement()
          .isEqualTo(new Watermark(d.epochMillis() - hour - 1));
      h.processElement(new Sequenced(6, e), e.epochMillis()); // releases d (8:00 < 8:30)
      h.processWatermark(Long.MAX_VALUE); // end of input: e is released before the watermark
      assertThat(h.extractOutputValues())
          .extracting(x -> x.tx().id() + (x.kind() == 0 ? "+" : "-"))
          .containsExactly("b+", "b-", "a+", "c+", "a-", "c-", "d+", "d-", "e+", "e-");
      assertThat(h.getOutput()).last().isEqualTo(Watermark.MAX_WATERMARK);
    }
  }

  @Test
  void stageOneProcessesItsOrderedInputAtOnceWithoutTimers() throws Exception {
    try (var h = stage1(IDLE)) {
      h.open();
      feed(h, 1, deposit(1, 1));
      feed(h, 2, deposit(2, 20));
      assertThat(alerts(h)).isEmpty(); // two deposits so far, three are needed
      feed(h, 3, deposit(3, 50));
      assertThat(h.numEventTimeTimers()).isZero();
      assertThat(alerts(h))
          .containsExactlyElementsOf(
              DetectionEngine.detect(
                  STRUCTURING, List.of(deposit(1, 1), deposit(2, 20), deposit(3, 50))))
          .hasSize(1);
    }
  }

  /** Scatter-gather: money from A through B1..B4, each a two-hop trail ending at C. */
  static AccountEvent trail(int i, double hours) {
    Transaction first = payment("s" + i, hours - 2, "A", "B" + i, 50_000);
    Transaction second = payment("g" + i, hours, "B" + i, "C", 49_000);
    return new AccountEvent(
        AccountEvent.IN,
        second.epochMillis(),
        100 + i,
        second,
        new Trail(new Transaction[] {first, second}, new long[] {i, 100 + i}),
        0);
  }

  static KeyedOneInputStreamOperatorTestHarness<AccountRef, AccountEvent, AccountEvent> stage2(
      int cache) throws Exception {
    return new KeyedOneInputStreamOperatorTestHarness<>(
        new TrailStageOperator(DetectionSettings.defaults(), 2, IDLE, true, cache),
        AccountEvent::account,
        FinintelTypes.ACCOUNT);
  }

  /**
   * With and without the write-back cache of account states (1: written back at every other
   * account; 1000: only at the checkpoint, which must carry it).
   */
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 1000})
  void aTrailStageHoldsEventsUntilTheWatermarkAlsoAcrossARestore(int cache) throws Exception {
    Transaction onwards = payment("o", 12.5, "C", "D", 150_000);
    AccountEvent departure = AccountEvent.out(200, onwards);
    List<AccountEvent> all =
        List.of(trail(1, 10), trail(2, 11.5), trail(3, 12), departure, trail(4, 13));
    // The reference: the engine's stage 2 on the same events in the engine's order.
    List<Alert> expected = new ArrayList<>();
    List<AccountEvent> forwarded = new ArrayList<>();
    TrailStage reference = new TrailStage(DetectionSettings.defaults(), 2);
    TrailState s = TrailState.create(DetectionSettings.defaults());
    StageOutput out =
        new StageOutput() {
          @Override
          public void alert(Alert alert) {
            expected.add(alert);
          }

          @Override
          public void forward(AccountEvent event) {
            forwarded.add(event);
          }
        };
    all.stream().sorted(AccountEvent.ORDER).forEach(e -> reference.process(s, e, out));
    assertThat(expected).isNotEmpty();

    OperatorSubtaskState snapshot;
    try (var h = stage2(cache)) {
      h.open();
      for (AccountEvent e : List.of(trail(3, 12), departure, trail(1, 10))) {
        h.processElement(new StreamRecord<>(e, e.time()));
      }
      h.processWatermark(trail(1, 10).time()); // only the first trail is due
      assertThat(alerts(h)).isEmpty();
      assertThat(h.extractOutputValues()).isEmpty(); // the departure still waits
      snapshot = h.snapshot(1L, 1L);
    }
    try (var restored = stage2(cache)) {
      restored.initializeState(snapshot);
      restored.open();
      for (AccountEvent e : List.of(trail(4, 13), trail(2, 11.5))) {
        restored.processElement(new StreamRecord<>(e, e.time()));
      }
      restored.processWatermark(Long.MAX_VALUE);
      assertThat(alerts(restored)).containsExactlyElementsOf(expected);
      // The departure went on to stage 3 after the trails it extended.
      List<AccountEvent> sent = restored.extractOutputValues();
      assertThat(sent).contains(departure);
      assertThat(sent).hasSize(forwarded.size() + 1);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1000})
  void accountsIdleLongerThanTheHorizonInEventTimeAreDroppedAndOnlyThose(int cache)
      throws Exception {
    for (boolean idle : new boolean[] {false, true}) {
      try (var h = stage1(IDLE, cache)) {
        h.open();
        feed(h, 1, deposit(1, 1));
        feed(h, 2, deposit(2, 20));
        long last = deposit(2, 20).epochMillis();
        h.processWatermark(last);
        if (cache > 0) {
          assertThat(h.numKeyedStateEntries()).isZero(); // all three still in the cache
          h.snapshot(1L, 1L); // a checkpoint writes them to keyed state
        }
        assertThat(h.numKeyedStateEntries()).isEqualTo(3); // X, S1, S2
        // The sweep runs when event time moved a quarter horizon on; it drops what was idle
        // longer than the horizon at that time.
        h.processWatermark(last + (idle ? IDLE.toMillis() + 1 : IDLE.toMillis() - 1));
        // S1's only payment was at 1:00: it is idle past the horizon in both cases.
        assertThat(h.numKeyedStateEntries()).isEqualTo(idle ? 0 : 2);
      }
    }
  }
}
