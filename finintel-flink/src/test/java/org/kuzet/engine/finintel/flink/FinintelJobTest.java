package org.kuzet.engine.finintel.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.core.fs.FSDataInputStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kuzet.engine.finintel.Alert;
import org.kuzet.engine.finintel.detect.DetectionSettings;
import org.kuzet.engine.finintel.io.IbmAmlCsvWriter;
import org.kuzet.engine.finintel.io.TransactionFormat;
import org.kuzet.engine.finintel.synth.GeneratorSettings;
import org.kuzet.engine.finintel.synth.SyntheticGenerator;

class FinintelJobTest {

  @RegisterExtension
  static final MiniClusterExtension FLINK = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder()
          .setNumberTaskManagers(1)
          .setNumberSlotsPerTaskManager(2)
          .build());

  @TempDir static Path dir;
  static Path data;
  static List<String> expected;

  @BeforeAll
  static void generateAndDetectInProcess() throws IOException {
    data = dir.resolve("transactions.csv");
    try (BufferedWriter w = Files.newBufferedWriter(data, StandardCharsets.UTF_8);
        IbmAmlCsvWriter csv = new IbmAmlCsvWriter(w)) {
      new SyntheticGenerator(GeneratorSettings.of(40_000, 11))
          .generate((t, l) -> csv.write(t, l.laundering()));
    }
    expected = AlertCsvEncoder.inProcessLines(data);
    assertThat(expected).hasSizeGreaterThan(30);
  }

  static List<String> runJob(StreamFormat<Sequenced> format, Path out, int parallelism,
      Configuration conf) throws Exception {
    if (!conf.contains(RestartStrategyOptions.RESTART_STRATEGY)) {
      conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none"); // fail loudly, never loop
    }
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(parallelism);
    env.enableCheckpointing(100);
    FileSource<Sequenced> source = FileSource
        .forRecordStreamFormat(format, new org.apache.flink.core.fs.Path(data.toUri()))
        .build();
    FileSink<Alert> sink = FileSink
        .forRowFormat(new org.apache.flink.core.fs.Path(out.toUri()), new AlertCsvEncoder())
        .withBucketAssigner(new BasePathBucketAssigner<>())
        .build();
    new FinintelJob(source, sink, DetectionSettings.defaults()).execute(env);
    return AlertCsvEncoder.partFileLines(out);
  }

  @Test
  void jobAlertsEqualTheInProcessEngineAlerts() throws Exception {
    List<String> flink = runJob(new TransactionFileFormat(TransactionFormat.IBM),
        dir.resolve("out-p2"), 2, new Configuration());
    assertThat(flink).containsExactlyElementsOf(expected);
  }

  /**
   * At parallelism 1 the stages are chained into the source's task (no shuffle) and each trail
   * stage processes a time once the next begins: the same alerts.
   */
  @Test
  void jobAlertsAtParallelismOneEqualTheInProcessEngineAlerts() throws Exception {
    List<String> flink = runJob(new TransactionFileFormat(TransactionFormat.IBM),
        dir.resolve("out-p1"), 1, new Configuration());
    assertThat(flink).containsExactlyElementsOf(expected);
  }

  /**
   * With RocksDB every state access goes through the job's own serializers (StateSerializer for
   * the detector state, the event list for the waiting events): any field they lose changes
   * the alerts.
   */
  @Test
  void jobAlertsEqualTheInProcessEngineAlertsWithRocksDbState() throws Exception {
    Configuration conf = new Configuration();
    conf.setString("state.backend.type", "rocksdb");
    List<String> flink = runJob(new TransactionFileFormat(TransactionFormat.IBM),
        dir.resolve("out-rocksdb"), 2, conf);
    assertThat(flink).containsExactlyElementsOf(expected);
  }

  /**
   * At parallelism 1 nothing is shuffled: the source, the ordering and all five stages are one
   * task (what is left is the alerts' sink); at parallelism 2 each stage is a task of its own.
   */
  @Test
  void atParallelismOneTheStagesAreChainedIntoTheSourceTask() {
    int[] tasks = new int[3];
    for (int p = 1; p <= 2; p++) {
      StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
      env.setParallelism(p);
      new FinintelJob(FileSource.forRecordStreamFormat(
              new TransactionFileFormat(TransactionFormat.IBM),
              new org.apache.flink.core.fs.Path(data.toUri())).build(),
          FlinkCli.fileSink(dir.resolve("unused")), DetectionSettings.defaults()).build(env);
      tasks[p] = env.getStreamGraph().getJobGraph().getNumberOfVertices();
    }
    assertThat(tasks[1]).isEqualTo(2);
    assertThat(tasks[2]).isEqualTo(7);
  }

  /** A type without a serializer of its own would fall back to Kryo: the job refuses that. */
  @Test
  void theJobRefusesTypesThatWouldFallBackToKryo() {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    new FinintelJob(FileSource.forRecordStreamFormat(
            new TransactionFileFormat(TransactionFormat.IBM),
            new org.apache.flink.core.fs.Path(data.toUri())).build(),
        FlinkCli.fileSink(dir.resolve("unused")), DetectionSettings.defaults()).build(env);
    var config = env.getConfig().getSerializerConfig();
    assertThat(config.hasGenericTypesDisabled()).isTrue();
    assertThatThrownBy(() -> TypeInformation
            .of(HashMap.class).createSerializer(config))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("Generic types have been disabled");
  }

  @Test
  void jdbcSinkHoldsEachAlertOnce() throws Exception {
    String url = "jdbc:h2:mem:alerts;DB_CLOSE_DELAY=-1;MODE=PostgreSQL";
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      c.createStatement().execute("create table fin_alert (alert_id varchar(40) primary key,"
          + " typology varchar(40) not null, score double precision not null,"
          + " detected_at timestamp not null, accounts text not null,"
          + " transactions text not null, reason text not null)");
    }
    JdbcAlertSink sink = new JdbcAlertSink(url, "sa", "", "fin_alert", 50);
    // Writing the same alerts twice must leave each once: that is what makes replays harmless.
    Configuration noRestart = new Configuration();
    noRestart.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
    for (int run = 0; run < 2; run++) {
      StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(noRestart);
      env.setParallelism(2);
      env.enableCheckpointing(200);
      new FinintelJob(FileSource.forRecordStreamFormat(
              new TransactionFileFormat(TransactionFormat.IBM),
              new org.apache.flink.core.fs.Path(data.toUri())).build(),
          sink, DetectionSettings.defaults()).execute(env);
    }
    List<String> ids = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        ResultSet rs = c.createStatement()
            .executeQuery("select alert_id from fin_alert order by alert_id")) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    List<String> expectedIds = expected.stream().map(l -> l.substring(0, l.indexOf(',')))
        .sorted().toList();
    assertThat(ids).containsExactlyElementsOf(expectedIds);
  }

  /** Fails once mid-stream, after checkpoints were taken; the job restarts from the last one. */
  static final AtomicBoolean FAILED = new AtomicBoolean();

  static final class FailingOnce extends TransactionFileFormat {
    private static final long serialVersionUID = 1L;

    FailingOnce() {
      super(TransactionFormat.IBM);
    }

    @Override
    public Reader<Sequenced> createReader(Configuration config, FSDataInputStream in)
        throws IOException {
      Reader<Sequenced> r = super.createReader(config, in);
      return new Reader<>() {
        private long n;

        @Override
        public Sequenced read() throws IOException {
          n++;
          if (n % 100 == 0) {
            try {
              Thread.sleep(2); // slow enough for several checkpoints to complete
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          if (n == 25_000 && FAILED.compareAndSet(false, true)) {
            throw new IOException("injected failure after 25,000 transactions");
          }
          return r.read();
        }

        @Override
        public void close() throws IOException {
          r.close();
        }
      };
    }
  }

  @Test
  void restartFromACheckpointMidStreamGivesTheSameAlerts() throws Exception {
    FAILED.set(false);
    Configuration conf = new Configuration();
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 2);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(200));
    List<String> flink = runJob(new FailingOnce(), dir.resolve("out-restart"), 2, conf);
    assertThat(FAILED).isTrue();
    assertThat(flink).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
  }

  /**
   * The same at parallelism 1 with RocksDB: the stages' write-back caches of account state are
   * written at each checkpoint, and what a checkpoint missed would change the alerts.
   */
  @Test
  void restartAtParallelismOneWithRocksDbGivesTheSameAlerts() throws Exception {
    FAILED.set(false);
    Configuration conf = new Configuration();
    conf.setString("state.backend.type", "rocksdb");
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 2);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(200));
    List<String> flink = runJob(new FailingOnce(), dir.resolve("out-restart-p1"), 1, conf);
    assertThat(FAILED).isTrue();
    assertThat(flink).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
  }
}
