package org.kuzet.engine.finintel.flink;

import java.util.List;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Drops transactions more than the allowed lateness behind the latest one seen, exactly as the
 * in-process engine does, before watermarks are assigned. Whether a late transaction is used
 * then depends on the data alone, not on when Flink happened to emit a watermark. Runs with
 * parallelism 1 right behind the source, chained to it (no shuffle, no serialisation); its
 * high-water mark is operator state, checkpointed with the source position.
 */
public final class OrderGuard extends ProcessFunction<Sequenced, Sequenced>
    implements CheckpointedFunction {
  private static final long serialVersionUID = 1L;
  private final long bound;
  private transient ListState<Long> checkpointed;
  private transient long maxSeen;
  private transient boolean seen;

  public OrderGuard(long boundMillis) {
    this.bound = boundMillis;
  }

  @Override
  public void processElement(Sequenced s, Context ctx, Collector<Sequenced> out) {
    long t = s.tx().epochMillis();
    if (seen && t < maxSeen - bound) {
      return;
    }
    if (!seen || t > maxSeen) {
      maxSeen = t;
      seen = true;
    }
    out.collect(s);
  }

  @Override
  public void snapshotState(FunctionSnapshotContext context) throws Exception {
    checkpointed.update(seen ? List.of(maxSeen) : List.of());
  }

  @Override
  public void initializeState(FunctionInitializationContext context) throws Exception {
    checkpointed = context.getOperatorStateStore()
        .getListState(new ListStateDescriptor<>("maxSeen", Types.LONG));
    for (Long m : checkpointed.get()) {
      maxSeen = seen ? Math.max(maxSeen, m) : m;
      seen = true;
    }
  }
}
