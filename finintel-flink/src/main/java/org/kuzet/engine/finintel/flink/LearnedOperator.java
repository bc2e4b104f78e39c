package org.kuzet.engine.finintel.flink;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.api.java.typeutils.TupleTypeInfo;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.runtime.state.StateInitializationContext;
import org.apache.flink.runtime.state.StateSnapshotContext;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.TwoInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.kuzet.engine.finintel.Alert;
import org.kuzet.engine.finintel.Typology;
import org.kuzet.engine.finintel.detect.AccountEvent;
import org.kuzet.engine.finintel.detect.DetectionSettings;
import org.kuzet.engine.finintel.detect.LaunderingModel;
import org.kuzet.engine.finintel.detect.LearnedLayer;
import org.kuzet.engine.finintel.detect.Parameters;
import org.kuzet.engine.finintel.detect.StageOutput;

/**
 * The engine's learned layer ({@link LearnedLayer}) as one task at parallelism 1, as sequential as
 * in-process: its features compare both ends of each payment with what came before it, over all
 * accounts, so it cannot be split by account.
 *
 * <p>Input 1 is every transaction {@link EventOrder} released, in the engine's processing order;
 * input 2 the rule alerts of every stage. Both wait for the watermark; then, one event time at a
 * time, the transactions of that time are scored (raising {@link Typology#LEARNED} alerts) and then
 * the rule alerts of that time are re-scored or set aside. That is what the in-process engine does
 * with each batch of one event time: score it, then run the rules, whose alerts find the batch's
 * probabilities and nothing later. Its state (the feature tables, the probabilities remembered for
 * the horizon, the flagged payments) is operator state, written by {@link ObjectGraph} at each
 * checkpoint, with what is still waiting.
 */
final class LearnedOperator extends AbstractStreamOperator<Alert>
    implements TwoInputStreamOperator<Sequenced, Alert, Alert> {
  private static final long serialVersionUID = 1L;
  private static final int CHUNK = 1 << 20;
  private static final Comparator<Tuple2<Long, Alert>> BY_TIME = Comparator.comparing(a -> a.f0);

  private final LearnedModel model;
  private final Parameters.UnitValues units;
  private final long horizon;

  private transient LearnedLayer layer;
  private transient ObjectGraph graph;
  private transient ArrayList<Sequenced> transactions;
  private transient ArrayList<Tuple2<Long, Alert>> ruleAlerts;
  private transient ListState<Sequenced> transactionState;
  private transient ListState<Tuple2<Long, Alert>> alertState;
  private transient ListState<byte[]> layerState;
  private transient StreamRecord<Alert> record;
  private transient long time;

  /** {@code horizon}: how long after a payment a rule alert may still name it, as in-process. */
  LearnedOperator(LearnedModel model, DetectionSettings settings, long horizon) {
    this.model = model;
    this.units = settings.units();
    this.horizon = horizon;
  }

  @Override
  public void initializeState(StateInitializationContext context) throws Exception {
    super.initializeState(context);
    layer = new LearnedLayer(model.model(), units, horizon, model.ruleFloor());
    graph = new ObjectGraph(Set.of(LaunderingModel.class, Parameters.UnitValues.class));
    transactions = new ArrayList<>();
    ruleAlerts = new ArrayList<>();
    record = new StreamRecord<>(null);
    var store = context.getOperatorStateStore();
    transactionState =
        store.getListState(
            new ListStateDescriptor<>("learned-transactions", FinintelTypes.SEQUENCED));
    alertState =
        store.getListState(
            new ListStateDescriptor<>(
                "learned-rule-alerts", new TupleTypeInfo<>(Types.LONG, FinintelTypes.ALERT)));
    layerState =
        store.getListState(
            new ListStateDescriptor<>(
                "learned-layer", PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO));
    if (context.isRestored()) {
      for (Sequenced s : transactionState.get()) {
        transactions.add(s);
      }
      for (Tuple2<Long, Alert> a : alertState.get()) {
        ruleAlerts.add(a);
      }
      List<byte[]> chunks = new ArrayList<>();
      for (byte[] c : layerState.get()) {
        chunks.add(c);
      }
      if (!chunks.isEmpty()) {
        int n = chunks.stream().mapToInt(c -> c.length).sum();
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] c : chunks) {
          System.arraycopy(c, 0, all, at, c.length);
          at += c.length;
        }
        graph.readInto(layer, new DataInputDeserializer(all));
      }
    }
  }

  @Override
  public void snapshotState(StateSnapshotContext context) throws Exception {
    super.snapshotState(context);
    transactionState.update(new ArrayList<>(transactions));
    alertState.update(new ArrayList<>(ruleAlerts));
    DataOutputSerializer out = new DataOutputSerializer(CHUNK);
    graph.write(layer, out);
    byte[] buf = out.getSharedBuffer();
    List<byte[]> chunks = new ArrayList<>();
    for (int at = 0; at < out.length(); at += CHUNK) {
      chunks.add(Arrays.copyOfRange(buf, at, Math.min(out.length(), at + CHUNK)));
    }
    layerState.update(chunks);
  }

  @Override
  public void processElement1(StreamRecord<Sequenced> element) {
    transactions.add(element.getValue()); // in processing order: one ordered channel
  }

  @Override
  public void processElement2(StreamRecord<Alert> element) {
    ruleAlerts.add(Tuple2.of(element.getTimestamp(), element.getValue()));
  }

  @Override
  public void processWatermark(Watermark mark) throws Exception {
    release(mark.getTimestamp());
    super.processWatermark(mark);
  }

  /** Scores and re-scores everything up to event time {@code w}, one event time at a time. */
  private void release(long w) {
    ruleAlerts.sort(BY_TIME); // stable: alerts of one time keep their order
    int i = 0;
    int j = 0;
    int n = transactions.size();
    int m = ruleAlerts.size();
    StageOutput learned =
        new StageOutput() {
          @Override
          public void alert(Alert alert) {
            emit(alert);
          }

          @Override
          public void forward(AccountEvent event) {
            throw new IllegalStateException("the learned layer forwards nothing");
          }
        };
    while (true) {
      long tx = i < n ? transactions.get(i).tx().epochMillis() : Long.MAX_VALUE;
      long al = j < m ? ruleAlerts.get(j).f0 : Long.MAX_VALUE;
      long t = Math.min(tx, al);
      if (t > w || (i == n && j == m)) {
        break;
      }
      time = t;
      for (; i < n && transactions.get(i).tx().epochMillis() == t; i++) {
        layer.score(transactions.get(i).tx(), learned);
      }
      for (; j < m && ruleAlerts.get(j).f0 == t; j++) {
        Alert a = ruleAlerts.get(j).f1;
        Alert c = a.typology() == Typology.LEARNED ? a : layer.combine(a);
        if (c != null) {
          emit(c);
        }
      }
    }
    transactions.subList(0, i).clear();
    ruleAlerts.subList(0, j).clear();
  }

  private void emit(Alert a) {
    output.collect(record.replace(a, time));
  }
}
