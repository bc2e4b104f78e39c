package org.kuzet.engine.finintel.flink;

import java.time.Duration;
import java.util.Objects;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.DataStreamUtils;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.Alert;
import org.kuzet.engine.finintel.detect.AccountEvent;
import org.kuzet.engine.finintel.detect.AccountStage;
import org.kuzet.engine.finintel.detect.DetectionSettings;

/**
 * The detection job: transactions from the source, the engine's stages as keyed operators (keyed by
 * account), alerts to the sink. Event time comes from the transactions: {@link EventOrder} drops
 * what the in-process engine drops, releases the rest in the engine's order, and sends watermarks
 * at what it released, so both produce the same alerts. Detector state lives in Flink keyed state
 * and is checkpointed with the source position; with an exactly-once sink (the file sink) or an
 * idempotent one ({@link JdbcAlertSink}) a restart neither loses nor repeats alerts.
 */
public final class FinintelJob {
  /**
   * Keyed by the account itself: its hash is stable across JVMs and its strings' hashes are
   * computed once per record (a {@code bank:account} string key was built and hashed anew on both
   * sides of every exchange).
   */
  private static final KeySelector<AccountEvent, AccountRef> BY_ACCOUNT = AccountEvent::account;

  private final Source<Sequenced, ?, ?> source;
  private final Sink<Alert> sink;
  private final DetectionSettings settings;
  private final @Nullable Duration stateTtl;
  private final @Nullable LearnedModel model;
  private final int stateCache;

  /**
   * Accounts whose detector state a stage keeps as objects between checkpoints by default (see
   * {@link #withStateCache}).
   */
  public static final int DEFAULT_STATE_CACHE = 20_000;

  /** The job with detector state kept for {@link DetectionSettings#stateHorizon()} idle time. */
  public FinintelJob(Source<Sequenced, ?, ?> source, Sink<Alert> sink, DetectionSettings settings) {
    this(source, sink, settings, settings.stateHorizon());
  }

  /**
   * {@code stateTtl}: how long (in event time) an idle account's state is kept; null keeps it for
   * ever.
   */
  public FinintelJob(
      Source<Sequenced, ?, ?> source,
      Sink<Alert> sink,
      DetectionSettings settings,
      @Nullable Duration stateTtl) {
    this(source, sink, settings, stateTtl, null);
  }

  /**
   * With a model ({@code detect-train}) the engine's learned layer runs too: every transaction is
   * scored, learned alerts are raised and the rules' alerts re-scored or set aside, exactly as
   * in-process ({@link LearnedOperator}).
   */
  public FinintelJob(
      Source<Sequenced, ?, ?> source,
      Sink<Alert> sink,
      DetectionSettings settings,
      @Nullable Duration stateTtl,
      @Nullable LearnedModel model) {
    this(source, sink, settings, stateTtl, model, DEFAULT_STATE_CACHE);
  }

  private FinintelJob(
      Source<Sequenced, ?, ?> source,
      Sink<Alert> sink,
      DetectionSettings settings,
      @Nullable Duration stateTtl,
      @Nullable LearnedModel model,
      int stateCache) {
    if (stateCache < 0) {
      throw new IllegalArgumentException("state cache must be >= 0: " + stateCache);
    }
    this.stateCache = stateCache;
    this.model = model;
    this.source = Objects.requireNonNull(source, "source");
    this.sink = Objects.requireNonNull(sink, "sink");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.stateTtl = stateTtl;
  }

  /**
   * The same job with a write-back cache of {@code accounts} accounts' detector state per stage
   * subtask: an account's state is read from Flink's keyed state when first touched after a
   * checkpoint, kept as an object while it is used, and written back at the next checkpoint (or
   * when the cache is full), not read and written on every event. With RocksDB that saves a
   * deserialisation and a serialisation of the whole state per event; 0 turns it off.
   */
  public FinintelJob withStateCache(int accounts) {
    return new FinintelJob(source, sink, settings, stateTtl, model, accounts);
  }

  /** Adds the pipeline to the environment; returns the alert stream (already sent to the sink). */
  public DataStream<Alert> build(StreamExecutionEnvironment env) {
    // Every type has a serializer of its own (FinintelTypes): a Kryo fallback is a bug, so it
    // fails the job instead of slowing it down. Records are immutable, so chained operators
    // may pass them on without copies.
    env.configure(
        new Configuration()
            .set(PipelineOptions.GENERIC_TYPES, false)
            .set(PipelineOptions.OBJECT_REUSE, true));
    long bound = settings.maxOutOfOrder().toMillis();
    long interval = env.getConfig().getAutoWatermarkInterval();
    // Source and ordering run at parallelism 1 in one chained task: records pass between them
    // as objects, and each transaction leaves it as two account events in the engine's order.
    SingleOutputStreamOperator<AccountEvent> events =
        env.fromSource(source, WatermarkStrategy.noWatermarks(), "transactions")
            .setParallelism(1)
            .transform(
                "event-order",
                FinintelTypes.EVENT,
                new EventOrder(bound, interval > 0 ? interval : 200, model != null))
            .uid("event-order")
            .setParallelism(1);

    // Above parallelism 1 each stage is a keyed operator of its own and passes the departures
    // it was given on to the next stage with its own output (see StageOperator), so they are
    // shuffled from the parallel stages, not all from the single source task. At parallelism 1
    // there is nothing to shuffle: every account is on the one subtask, so the stream is only
    // declared keyed and one operator chained into the source's task runs all stages.
    int stages = settings.stages();
    DataStream<Alert> alerts;
    if (env.getParallelism() == 1) {
      // Every account is on the one subtask: all stages in one operator, which runs each event
      // time through them as the in-process engine runs a batch (FusedStagesOperator).
      alerts =
          DataStreamUtils.reinterpretAsKeyedStream(events, BY_ACCOUNT, FinintelTypes.ACCOUNT)
              .transform(
                  "stages",
                  FinintelTypes.ALERT,
                  new FusedStagesOperator(settings, stateTtl, stateCache))
              .uid("stages");
    } else {
      SingleOutputStreamOperator<AccountEvent> stage =
          events
              .keyBy(BY_ACCOUNT, FinintelTypes.ACCOUNT)
              .transform(
                  "stage-1-accounts",
                  FinintelTypes.EVENT,
                  new AccountStageOperator(settings, stateTtl, stages > 1, stateCache))
              .uid("stage-1-accounts");
      alerts = stage.getSideOutput(StageOperator.ALERTS);
      for (int k = 2; k <= stages; k++) {
        stage =
            stage
                .keyBy(BY_ACCOUNT, FinintelTypes.ACCOUNT)
                .transform(
                    "stage-" + k + "-trails",
                    FinintelTypes.EVENT,
                    new TrailStageOperator(settings, k, stateTtl, k < stages, stateCache))
                .uid("stage-" + k + "-trails");
        alerts = alerts.union(stage.getSideOutput(StageOperator.ALERTS));
      }
    }
    if (model != null) {
      // The learned layer sees every transaction once, in processing order, and every rule
      // alert; how long it remembers a payment's probability is the in-process engine's horizon.
      long horizon = new AccountStage(settings).horizonMillis() + bound;
      alerts =
          events
              .getSideOutput(EventOrder.TRANSACTIONS)
              .connect(alerts)
              .transform(
                  "learned-layer",
                  FinintelTypes.ALERT,
                  new LearnedOperator(model, settings, horizon))
              .uid("learned-layer")
              .setParallelism(1);
    }
    alerts.sinkTo(sink).name("alerts").uid("alerts");
    return alerts;
  }

  public JobExecutionResult execute(StreamExecutionEnvironment env) throws Exception {
    build(env);
    return env.execute("kuzet-finintel-detection");
  }
}
