package org.kuzet.engine.finintel.flink;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.operators.ProcessingTimeService.ProcessingTimeCallback;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.StateInitializationContext;
import org.apache.flink.runtime.state.StateSnapshotContext;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.BoundedOneInput;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.util.OutputTag;
import org.kuzet.engine.finintel.detect.AccountEvent;

/**
 * Puts the transactions in the order the in-process engine processes them and turns each into its
 * two account events, right behind the source (parallelism 1, chained to it).
 *
 * <p>Exactly as in-process: a transaction more than the allowed lateness behind the newest one seen
 * is dropped; the others are held until no earlier one can come (the newest time seen minus the
 * lateness), then released one event time at a time: all arrivals of that time, then all
 * departures, each in input order. That is {@link AccountEvent#ORDER} restricted to stage 1, so
 * stage 1, which receives everything from this one task over one ordered channel per subtask,
 * processes each event as it arrives: no waiting list, no timer, no state access but the detector's
 * own. Watermarks (every {@code watermarkIntervalMillis}, at the boundary released so far) tell the
 * later stages when a time is complete.
 *
 * <p>What is held, and the newest time seen, are operator state, checkpointed with the source
 * position.
 */
final class EventOrder extends AbstractStreamOperator<AccountEvent>
    implements OneInputStreamOperator<Sequenced, AccountEvent>,
        BoundedOneInput,
        ProcessingTimeCallback {
  private static final long serialVersionUID = 1L;

  /** Every released transaction once, in processing order, for the learned layer. */
  static final OutputTag<Sequenced> TRANSACTIONS =
      new OutputTag<>("transactions", FinintelTypes.SEQUENCED);

  private final long bound;
  private final long watermarkIntervalMillis;
  private final boolean sendTransactions;
  private transient HeldTransactions held;
  private transient ListState<Sequenced> heldState;
  private transient ListState<Long> maxSeenState;
  private transient long maxSeen;
  private transient boolean seen;

  /** Everything earlier than this was released; nothing earlier can come any more. */
  private transient long released;

  private transient long watermarkSent;
  private transient List<Sequenced> batch;
  private transient StreamRecord<AccountEvent> record;
  private transient StreamRecord<Sequenced> transactionRecord;

  EventOrder(long boundMillis, long watermarkIntervalMillis) {
    this(boundMillis, watermarkIntervalMillis, false);
  }

  /** {@code sendTransactions}: also each released transaction to {@link #TRANSACTIONS}. */
  EventOrder(long boundMillis, long watermarkIntervalMillis, boolean sendTransactions) {
    this.bound = boundMillis;
    this.watermarkIntervalMillis = watermarkIntervalMillis;
    this.sendTransactions = sendTransactions;
  }

  @Override
  public void initializeState(StateInitializationContext context) throws Exception {
    super.initializeState(context);
    held = new HeldTransactions();
    batch = new ArrayList<>();
    record = new StreamRecord<>(null);
    transactionRecord = new StreamRecord<>(null);
    released = Long.MIN_VALUE;
    watermarkSent = Long.MIN_VALUE;
    heldState =
        context
            .getOperatorStateStore()
            .getListState(new ListStateDescriptor<>("held", FinintelTypes.SEQUENCED));
    maxSeenState =
        context
            .getOperatorStateStore()
            .getListState(new ListStateDescriptor<>("maxSeen", Types.LONG));
    for (Long m : maxSeenState.get()) {
      maxSeen = seen ? Math.max(maxSeen, m) : m;
      seen = true;
    }
    for (Sequenced s : heldState.get()) {
      held.add(s);
    }
    if (seen) {
      released = maxSeen - bound;
    }
  }

  @Override
  public void open() throws Exception {
    super.open();
    schedule();
  }

  private void schedule() {
    var time = getProcessingTimeService();
    time.registerTimer(time.getCurrentProcessingTime() + watermarkIntervalMillis, this);
  }

  @Override
  public void snapshotState(StateSnapshotContext context) throws Exception {
    super.snapshotState(context);
    maxSeenState.update(seen ? List.of(maxSeen) : List.of());
    heldState.update(held.toList());
  }

  @Override
  public void processElement(StreamRecord<Sequenced> element) {
    Sequenced s = element.getValue();
    long t = s.tx().epochMillis();
    if (seen && t < maxSeen - bound) {
      return; // late: the in-process engine drops it too
    }
    if (!seen || t > maxSeen) {
      maxSeen = t;
      seen = true;
    }
    held.add(s);
    release(maxSeen - bound);
  }

  /** Emits every event time earlier than {@code upTo}, one whole time at a time. */
  private void release(long upTo) {
    while (!held.isEmpty() && held.firstTime() < upTo) {
      long time = held.firstTime();
      while (!held.isEmpty() && held.firstTime() == time) {
        batch.add(held.poll());
      }
      int n = batch.size();
      if (sendTransactions) {
        for (int i = 0; i < n; i++) {
          output.collect(TRANSACTIONS, transactionRecord.replace(batch.get(i), time));
        }
      }
      for (int i = 0; i < n; i++) {
        Sequenced s = batch.get(i);
        output.collect(record.replace(AccountEvent.in(s.seq(), s.tx()), time));
      }
      for (int i = 0; i < n; i++) {
        Sequenced s = batch.get(i);
        output.collect(record.replace(AccountEvent.out(s.seq(), s.tx()), time));
      }
      batch.clear();
    }
    if (upTo > released) {
      released = upTo;
    }
  }

  @Override
  public void onProcessingTime(long time) {
    // Everything before `released` is out, and nothing earlier can come.
    if (released != Long.MIN_VALUE && released - 1 > watermarkSent) {
      watermarkSent = released - 1;
      output.emitWatermark(new Watermark(watermarkSent));
    }
    schedule();
  }

  /**
   * The source sends no watermarks of its own; the final one (end of input) first releases
   * everything still held.
   */
  @Override
  public void processWatermark(Watermark mark) throws Exception {
    if (mark.getTimestamp() == Long.MAX_VALUE) {
      release(Long.MAX_VALUE);
      watermarkSent = Long.MAX_VALUE;
      super.processWatermark(mark);
    }
  }

  @Override
  public void endInput() {
    release(Long.MAX_VALUE);
  }
}
