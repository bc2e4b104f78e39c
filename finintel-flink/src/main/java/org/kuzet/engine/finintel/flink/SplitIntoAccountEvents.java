package org.kuzet.engine.finintel.flink;

import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;
import org.kuzet.engine.finintel.detect.AccountEvent;

/** Each transaction becomes an arrival at its beneficiary and a departure at its originator. */
public final class SplitIntoAccountEvents implements FlatMapFunction<Sequenced, AccountEvent> {
  private static final long serialVersionUID = 1L;

  @Override
  public void flatMap(Sequenced s, Collector<AccountEvent> out) {
    out.collect(AccountEvent.in(s.seq(), s.tx()));
    out.collect(AccountEvent.out(s.seq(), s.tx()));
  }
}
