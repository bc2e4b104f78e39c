package org.kuzet.engine.finintel.flink;

import java.time.Duration;
import java.util.Objects;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.Alert;
import org.kuzet.engine.finintel.detect.AccountEvent;
import org.kuzet.engine.finintel.detect.DetectionSettings;

/**
 * The detection job: transactions from the source, the engine's stages as keyed operators
 * (keyed by account), alerts to the sink. Event time comes from the transactions; watermarks
 * trail the latest one by the allowed lateness, and an {@link OrderGuard} ahead of them drops
 * what the in-process engine drops, so both produce the same alerts. Detector state lives in
 * Flink keyed state and is checkpointed with the source position; with an exactly-once sink
 * (the file sink) or an idempotent one ({@link JdbcAlertSink}) a restart neither loses nor
 * repeats alerts.
 */
public final class FinintelJob {
  /**
   * Keyed by the account itself: its hash is stable across JVMs and its strings' hashes are
   * computed once per record (a {@code bank:account} string key was built and hashed anew on
   * both sides of every exchange).
   */
  private static final KeySelector<AccountEvent, AccountRef> BY_ACCOUNT = AccountEvent::account;

  private final Source<Sequenced, ?, ?> source;
  private final Sink<Alert> sink;
  private final DetectionSettings settings;
  private final @Nullable Duration stateTtl;

  /** The job with detector state kept for {@link DetectionSettings#stateHorizon()} idle time. */
  public FinintelJob(Source<Sequenced, ?, ?> source, Sink<Alert> sink,
      DetectionSettings settings) {
    this(source, sink, settings, settings.stateHorizon());
  }

  /** {@code stateTtl}: how long an idle account's state is kept; null keeps it for ever. */
  public FinintelJob(Source<Sequenced, ?, ?> source, Sink<Alert> sink,
      DetectionSettings settings, @Nullable Duration stateTtl) {
    this.source = Objects.requireNonNull(source, "source");
    this.sink = Objects.requireNonNull(sink, "sink");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.stateTtl = stateTtl;
  }

  /** Adds the pipeline to the environment; returns the alert stream (already sent to the sink). */
  public DataStream<Alert> build(StreamExecutionEnvironment env) {
    // Every type has a serializer of its own (FinintelTypes): a Kryo fallback is a bug, so it
    // fails the job instead of slowing it down. Records are immutable, so chained operators
    // may pass them on without copies.
    env.configure(new Configuration()
        .set(PipelineOptions.GENERIC_TYPES, false)
        .set(PipelineOptions.OBJECT_REUSE, true));
    long bound = settings.maxOutOfOrder().toMillis();
    // Source, order guard and watermarks run at parallelism 1 in one chained task: records pass
    // between them as objects. Everything after is keyed by account and runs at the job's
    // parallelism.
    DataStream<Sequenced> ordered = env
        .fromSource(source, WatermarkStrategy.noWatermarks(), "transactions")
        .setParallelism(1)
        .process(new OrderGuard(bound), FinintelTypes.SEQUENCED)
        .name("order-guard").uid("order-guard")
        .setParallelism(1)
        .assignTimestampsAndWatermarks(WatermarkStrategy
            .<Sequenced>forBoundedOutOfOrderness(Duration.ofMillis(bound))
            .withTimestampAssigner((s, ts) -> s.tx().epochMillis()))
        .name("event-time").uid("event-time")
        .setParallelism(1);
    DataStream<AccountEvent> events = ordered
        .flatMap(new SplitIntoAccountEvents(), FinintelTypes.EVENT)
        .name("account-events").uid("account-events");

    // Each stage passes the departures it was given on to the next stage with its own output
    // (see SortedStageFunction), so they are shuffled from the parallel stages, not all from
    // the single source task.
    int stages = settings.stages();
    SingleOutputStreamOperator<AccountEvent> stage = events
        .keyBy(BY_ACCOUNT, FinintelTypes.ACCOUNT)
        .process(new AccountStageFunction(settings, stateTtl, stages > 1), FinintelTypes.EVENT)
        .name("stage-1-accounts").uid("stage-1-accounts");
    DataStream<Alert> alerts = stage.getSideOutput(SortedStageFunction.ALERTS);
    for (int k = 2; k <= stages; k++) {
      stage = stage
          .keyBy(BY_ACCOUNT, FinintelTypes.ACCOUNT)
          .process(new TrailStageFunction(settings, k, stateTtl, k < stages), FinintelTypes.EVENT)
          .name("stage-" + k + "-trails").uid("stage-" + k + "-trails");
      alerts = alerts.union(stage.getSideOutput(SortedStageFunction.ALERTS));
    }
    alerts.sinkTo(sink).name("alerts").uid("alerts");
    return alerts;
  }

  public JobExecutionResult execute(StreamExecutionEnvironment env) throws Exception {
    build(env);
    return env.execute("kuzet-finintel-detection");
  }
}
