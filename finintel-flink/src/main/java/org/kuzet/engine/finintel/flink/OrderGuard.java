package org.kuzet.engine.finintel.flink;

import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Drops transactions more than the allowed lateness behind the latest one seen, exactly as the
 * in-process engine does, before watermarks are assigned. Whether a late transaction is used
 * then depends on the data alone, not on when Flink happened to emit a watermark. Runs with
 * parallelism 1 on a single key, its high-water mark in keyed state.
 */
public final class OrderGuard extends KeyedProcessFunction<Integer, Sequenced, Sequenced> {
  private static final long serialVersionUID = 1L;
  private final long bound;
  private transient ValueState<Long> maxSeen;

  public OrderGuard(long boundMillis) {
    this.bound = boundMillis;
  }

  @Override
  public void open(OpenContext ctx) {
    maxSeen = getRuntimeContext().getState(new ValueStateDescriptor<>("maxSeen", Long.class));
  }

  @Override
  public void processElement(Sequenced s, Context ctx, Collector<Sequenced> out)
      throws Exception {
    long t = s.tx().epochMillis();
    Long max = maxSeen.value();
    if (max != null && t < max - bound) {
      return;
    }
    if (max == null || t > max) {
      maxSeen.update(t);
    }
    out.collect(s);
  }
}
