package org.kuzet.engine.finintel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kuzet.engine.finintel.Alert;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.Typology;
import org.kuzet.engine.finintel.detect.DetectionEngine;
import org.kuzet.engine.finintel.detect.DetectionSettings;
import org.kuzet.engine.finintel.detect.LaunderingModel;
import org.kuzet.engine.finintel.eval.Dataset;

/**
 * detect-train on one labelled file, split by time, then detection with the model on another: the
 * model file is written and read back, the engine's own evaluation of the trees agrees with
 * XGBoost's (the trainer refuses to write a model otherwise), and learned alerts are mostly
 * laundering.
 */
class DetectTrainTest {
  @TempDir static Path dir;
  static Path model;
  static String trainOutput;

  @BeforeAll
  static void train() throws IOException {
    Path data = dir.resolve("train.csv");
    assertThat(
            FinintelCli.run(
                "generate", "--transactions", "120000", "--seed", "11", "--out", data.toString()))
        .isZero();
    model = dir.resolve("m.model");
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      assertThat(
              FinintelCli.run(
                  "detect-train",
                  "--in",
                  data.toString(),
                  "--format",
                  "ibm",
                  "--holdout",
                  "0.3",
                  "--rounds",
                  "20",
                  "--out",
                  model.toString()))
          .isZero();
    } finally {
      System.setOut(old);
    }
    trainOutput = buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void reportsTheHeldOutLaterPartAndWritesAVersionedModel() throws IOException {
    assertThat(trainOutput).contains("held out (latest 30% of each file by time");
    assertThat(trainOutput).containsPattern("F1 0\\.\\d{3}");
    List<String> lines = Files.readAllLines(model);
    assertThat(lines).contains("kuzet-detect-model 1");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("end");
    LaunderingModel m = LaunderingModel.read(model);
    assertThat(m.trees()).isEqualTo(20);
  }

  @Test
  void learnedAlertsOnUnseenDataAreMostlyLaunderingAndSayWhy() throws IOException {
    Dataset d = Dataset.generate(60_000, 12);
    LaunderingModel m = LaunderingModel.read(model);
    List<Alert> alerts = new ArrayList<>();
    DetectionEngine e = new DetectionEngine(DetectionSettings.defaults(), alerts::add, m);
    for (Transaction t : d.transactions()) {
      e.accept(t);
    }
    e.finish();
    List<Alert> learned = alerts.stream().filter(a -> a.typology() == Typology.LEARNED).toList();
    assertThat(learned).isNotEmpty();
    long hits =
        learned.stream()
            .filter(
                a ->
                    d.launderingIds().contains(a.transactionIds().get(0))
                        || a.transactionIds().stream().anyMatch(d.launderingIds()::contains))
            .count();
    assertThat(hits).isGreaterThan(learned.size() / 2);
    Alert a = learned.get(0);
    assertThat(a.reason())
        .contains("learned model scored payment")
        .contains("threshold")
        .contains("the figures that decided it most");
    // Rule alerts carry the model's view of their strongest payment.
    assertThat(alerts)
        .anySatisfy(
            r -> {
              assertThat(r.typology()).isNotEqualTo(Typology.LEARNED);
              assertThat(r.reason()).contains("learned model");
            });
  }

  @Test
  void withoutAModelTheRulesRunAsBefore() {
    Dataset d = Dataset.generate(30_000, 5);
    List<Alert> alone = DetectionEngine.detect(DetectionSettings.defaults(), d.transactions());
    List<Alert> viaNull = new ArrayList<>();
    DetectionEngine e = new DetectionEngine(DetectionSettings.defaults(), viaNull::add, null);
    d.transactions().forEach(e::accept);
    e.finish();
    assertThat(viaNull).isEqualTo(alone);
    assertThat(alone).noneMatch(a -> a.typology() == Typology.LEARNED);
  }

  @Test
  void detectAndEvalAcceptTheModelAndRefuseAStrangeOne() throws IOException {
    Path data = dir.resolve("eval.csv");
    assertThat(
            FinintelCli.run(
                "generate", "--transactions", "20000", "--seed", "4", "--out", data.toString()))
        .isZero();
    Path alerts = dir.resolve("alerts.csv");
    assertThat(
            FinintelCli.run(
                "detect",
                "--in",
                data.toString(),
                "--format",
                "ibm",
                "--model",
                model.toString(),
                "--out",
                alerts.toString()))
        .isZero();
    assertThat(Files.readAllLines(alerts)).anyMatch(l -> l.contains(",learned,"));
    assertThat(
            FinintelCli.run(
                "detect-eval",
                "--in",
                data.toString(),
                "--format",
                "ibm",
                "--model",
                model.toString()))
        .isZero();
    Path strange = dir.resolve("strange.model");
    Files.writeString(strange, "not a model\n");
    assertThat(
            FinintelCli.run(
                "detect",
                "--in",
                data.toString(),
                "--format",
                "ibm",
                "--model",
                strange.toString(),
                "--out",
                dir.resolve("b.csv").toString()))
        .isEqualTo(2);
    assertThat(Files.exists(dir.resolve("b.csv"))).isFalse();
  }
}
