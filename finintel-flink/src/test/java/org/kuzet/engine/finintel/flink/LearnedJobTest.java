package org.kuzet.engine.finintel.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kuzet.engine.finintel.Alert;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.cli.FinintelCli;
import org.kuzet.engine.finintel.detect.AccountEvent;
import org.kuzet.engine.finintel.detect.DetectionSettings;
import org.kuzet.engine.finintel.detect.LaunderingModel;
import org.kuzet.engine.finintel.detect.LearnedLayer;
import org.kuzet.engine.finintel.detect.Parameters;
import org.kuzet.engine.finintel.detect.StageOutput;
import org.kuzet.engine.finintel.io.TransactionFormat;
import org.kuzet.engine.finintel.io.TransactionSource;

/**
 * The job with a learned model (trained here by detect-train on a small generated set) gives the
 * in-process engine's alerts with the same model: learned alerts, rule alerts re-scored, rule
 * alerts set aside, also after a restart from a checkpoint mid-stream, which restores the learned
 * layer's feature tables from operator state.
 */
class LearnedJobTest {

  @RegisterExtension static final MiniClusterExtension FLINK = JobFixture.miniCluster();

  @TempDir static Path dir;
  static Path data;
  static LearnedModel model;
  static List<String> expected;
  static List<String> rulesOnly;

  @BeforeAll
  static void trainAndDetectInProcess() throws IOException {
    Path train = dir.resolve("train.csv");
    assertThat(
            FinintelCli.run(
                "generate", "--transactions", "60000", "--seed", "21", "--out", train.toString()))
        .isZero();
    Path file = dir.resolve("m.model");
    PrintStream old = System.out;
    System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    try {
      assertThat(
              FinintelCli.run(
                  "detect-train",
                  "--in",
                  train.toString(),
                  "--format",
                  "ibm",
                  "--holdout",
                  "0.3",
                  "--rounds",
                  "15",
                  "--out",
                  file.toString()))
          .isZero();
    } finally {
      System.setOut(old);
    }
    model = LearnedModel.read(file);
    data = JobFixture.generate(dir.resolve("transactions.csv"), 40_000, 11);
    expected = AlertCsvEncoder.inProcessLines(data, model);
    rulesOnly = AlertCsvEncoder.inProcessLines(data);
    // The model changes what is raised: learned alerts appear, rule alerts are re-scored.
    assertThat(expected).anyMatch(l -> l.contains(",learned,"));
    assertThat(expected).isNotEqualTo(rulesOnly);
  }

  static List<String> runJob(
      StreamFormat<Sequenced> format, Path out, int parallelism, Configuration conf)
      throws Exception {
    DetectionSettings settings = DetectionSettings.defaults();
    return JobFixture.runJob(
        data,
        format,
        out,
        parallelism,
        conf,
        (source, sink) -> new FinintelJob(source, sink, settings, settings.stateHorizon(), model));
  }

  @Test
  void jobAlertsWithTheModelEqualTheInProcessEngineAlerts() throws Exception {
    List<String> flink =
        runJob(
            new TransactionFileFormat(TransactionFormat.IBM),
            dir.resolve("out-p2"),
            2,
            new Configuration());
    assertThat(flink).containsExactlyElementsOf(expected);
  }

  @Test
  void restartFromACheckpointMidStreamRestoresTheLearnedLayer() throws Exception {
    JobFixture.FAILED.set(false);
    Configuration conf = JobFixture.restartingOnce(new Configuration());
    List<String> flink = runJob(new JobFixture.FailingOnce(), dir.resolve("out-restart"), 2, conf);
    assertThat(JobFixture.FAILED).isTrue();
    assertThat(flink).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
  }

  /**
   * A learned layer written half way and read into a fresh one scores the rest exactly as the layer
   * that never stopped.
   */
  @Test
  void aLearnedLayerReadBackFromItsSnapshotGoesOnAsTheOriginal() throws IOException {
    List<Transaction> txs = new ArrayList<>();
    try (InputStream in = Files.newInputStream(data);
        TransactionSource src = TransactionFormat.IBM.open(in, e -> {}, null)) {
      for (Transaction t; (t = src.next()) != null; ) {
        txs.add(t);
      }
    }
    txs.sort((a, b) -> Long.compare(a.epochMillis(), b.epochMillis()));
    LaunderingModel m = model.model();
    Parameters.UnitValues units = DetectionSettings.defaults().units();
    long horizon = Duration.ofDays(16).toMillis();
    LearnedLayer original = new LearnedLayer(m, units, horizon, model.ruleFloor());
    List<Alert> before = new ArrayList<>();
    int half = txs.size() / 2;
    for (Transaction t : txs.subList(0, half)) {
      original.score(t, collect(before));
    }
    ObjectGraph graph = new ObjectGraph(Set.of(LaunderingModel.class, Parameters.UnitValues.class));
    DataOutputSerializer out = new DataOutputSerializer(1 << 16);
    graph.write(original, out);
    LearnedLayer restored = new LearnedLayer(m, units, horizon, model.ruleFloor());
    new ObjectGraph(Set.of(LaunderingModel.class, Parameters.UnitValues.class))
        .readInto(restored, new DataInputDeserializer(out.getCopyOfBuffer()));
    assertThat(restored.scored()).isEqualTo(half);

    List<Alert> a = new ArrayList<>();
    List<Alert> b = new ArrayList<>();
    for (Transaction t : txs.subList(half, txs.size())) {
      original.score(t, collect(a));
      restored.score(t, collect(b));
    }
    assertThat(a).isNotEmpty();
    assertThat(b).isEqualTo(a);
    // And the rule side: every remembered probability came back.
    for (Alert x : before) {
      assertThat(restored.combine(x)).isEqualTo(original.combine(x));
    }
    DataOutputSerializer again = new DataOutputSerializer(1 << 16);
    DataOutputSerializer again2 = new DataOutputSerializer(1 << 16);
    graph.write(original, again);
    graph.write(restored, again2);
    assertThat(again2.length()).isEqualTo(again.length());
  }

  private static StageOutput collect(List<Alert> into) {
    return new StageOutput() {
      @Override
      public void alert(Alert alert) {
        into.add(alert);
      }

      @Override
      public void forward(AccountEvent event) {
        throw new AssertionError();
      }
    };
  }
}
