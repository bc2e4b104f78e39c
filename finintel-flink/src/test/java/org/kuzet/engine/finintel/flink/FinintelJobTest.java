package org.kuzet.engine.finintel.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kuzet.engine.finintel.detect.DetectionSettings;
import org.kuzet.engine.finintel.io.TransactionFormat;

class FinintelJobTest {

  @RegisterExtension static final MiniClusterExtension FLINK = JobFixture.miniCluster();

  @TempDir static Path dir;
  static Path data;
  static List<String> expected;

  @BeforeAll
  static void generateAndDetectInProcess() throws IOException {
    data = JobFixture.generate(dir.resolve("transactions.csv"), 40_000, 11);
    expected = AlertCsvEncoder.inProcessLines(data);
    assertThat(expected).hasSizeGreaterThan(30);
  }

  static List<String> runJob(
      StreamFormat<Sequenced> format, Path out, int parallelism, Configuration conf)
      throws Exception {
    return JobFixture.runJob(
        data,
        format,
        out,
        parallelism,
        conf,
        (source, sink) -> new FinintelJob(source, sink, DetectionSettings.defaults()));
  }

  @Test
  void jobAlertsEqualTheInProcessEngineAlerts() throws Exception {
    List<String> flink =
        runJob(
            new TransactionFileFormat(TransactionFormat.IBM),
            dir.resolve("out-p2"),
            2,
            new Configuration());
    assertThat(flink).containsExactlyElementsOf(expected);
  }

  /**
   * At parallelism 1 the stages are chained into the source's task (no shuffle) and each trail
   * stage processes a time once the next begins: the same alerts.
   */
  @Test
  void jobAlertsAtParallelismOneEqualTheInProcessEngineAlerts() throws Exception {
    List<String> flink =
        runJob(
            new TransactionFileFormat(TransactionFormat.IBM),
            dir.resolve("out-p1"),
            1,
            new Configuration());
    assertThat(flink).containsExactlyElementsOf(expected);
  }

  /**
   * With RocksDB every state access goes through the job's own serializers (StateSerializer for the
   * detector state, the event list for the waiting events): any field they lose changes the alerts.
   */
  @Test
  void jobAlertsEqualTheInProcessEngineAlertsWithRocksDbState() throws Exception {
    Configuration conf = new Configuration();
    conf.setString("state.backend.type", "rocksdb");
    List<String> flink =
        runJob(
            new TransactionFileFormat(TransactionFormat.IBM), dir.resolve("out-rocksdb"), 2, conf);
    assertThat(flink).containsExactlyElementsOf(expected);
  }

  /**
   * At parallelism 1 nothing is shuffled: the source, the ordering, the five stages (one operator)
   * and the alerts' sink are one task; at parallelism 2 each stage is a task of its own.
   */
  @Test
  void atParallelismOneTheStagesAreChainedIntoTheSourceTask() {
    int[] tasks = new int[3];
    for (int p = 1; p <= 2; p++) {
      StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
      env.setParallelism(p);
      new FinintelJob(
              JobFixture.fileSource(data, new TransactionFileFormat(TransactionFormat.IBM)),
              FlinkCli.fileSink(dir.resolve("unused")),
              DetectionSettings.defaults())
          .build(env);
      tasks[p] = env.getStreamGraph().getJobGraph().getNumberOfVertices();
    }
    assertThat(tasks[1]).isEqualTo(1);
    assertThat(tasks[2]).isEqualTo(7);
  }

  /** A type without a serializer of its own would fall back to Kryo: the job refuses that. */
  @Test
  void theJobRefusesTypesThatWouldFallBackToKryo() {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    new FinintelJob(
            JobFixture.fileSource(data, new TransactionFileFormat(TransactionFormat.IBM)),
            FlinkCli.fileSink(dir.resolve("unused")),
            DetectionSettings.defaults())
        .build(env);
    var config = env.getConfig().getSerializerConfig();
    assertThat(config.hasGenericTypesDisabled()).isTrue();
    assertThatThrownBy(() -> TypeInformation.of(HashMap.class).createSerializer(config))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("Generic types have been disabled");
  }

  @Test
  void jdbcSinkHoldsEachAlertOnce() throws Exception {
    String url = "jdbc:h2:mem:alerts;DB_CLOSE_DELAY=-1;MODE=PostgreSQL";
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      c.createStatement()
          .execute(
              "create table fin_alert (alert_id varchar(40) primary key,"
                  + " typology varchar(40) not null, score double precision not null,"
                  + " detected_at timestamp not null, accounts text not null,"
                  + " transactions text not null, reason text not null)");
    }
    JdbcAlertSink sink = new JdbcAlertSink(url, "sa", "", "fin_alert", 50);
    // Writing the same alerts twice must leave each once: that is what makes replays harmless.
    Configuration noRestart = new Configuration();
    noRestart.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
    for (int run = 0; run < 2; run++) {
      StreamExecutionEnvironment env =
          StreamExecutionEnvironment.getExecutionEnvironment(noRestart);
      env.setParallelism(2);
      env.enableCheckpointing(200);
      new FinintelJob(
              JobFixture.fileSource(data, new TransactionFileFormat(TransactionFormat.IBM)),
              sink,
              DetectionSettings.defaults())
          .execute(env);
    }
    List<String> ids = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        ResultSet rs =
            c.createStatement().executeQuery("select alert_id from fin_alert order by alert_id")) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    List<String> expectedIds =
        expected.stream().map(l -> l.substring(0, l.indexOf(','))).sorted().toList();
    assertThat(ids).containsExactlyElementsOf(expectedIds);
  }

  @Test
  void restartFromACheckpointMidStreamGivesTheSameAlerts() throws Exception {
    JobFixture.FAILED.set(false);
    Configuration conf = JobFixture.restartingOnce(new Configuration());
    List<String> flink = runJob(new JobFixture.FailingOnce(), dir.resolve("out-restart"), 2, conf);
    assertThat(JobFixture.FAILED).isTrue();
    assertThat(flink).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
  }

  /**
   * The same at parallelism 1 with RocksDB: the stages' write-back caches of account state are
   * written at each checkpoint, and what a checkpoint missed would change the alerts.
   */
  @Test
  void restartAtParallelismOneWithRocksDbGivesTheSameAlerts() throws Exception {
    JobFixture.FAILED.set(false);
    Configuration conf = JobFixture.restartingOnce(new Configuration());
    conf.setString("state.backend.type", "rocksdb");
    List<String> flink =
        runJob(new JobFixture.FailingOnce(), dir.resolve("out-restart-p1"), 1, conf);
    assertThat(JobFixture.FAILED).isTrue();
    assertThat(flink).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
  }
}
