package org.kuzet.engine.finintel.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kuzet.engine.finintel.Alert;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.synth.GeneratorSettings;
import org.kuzet.engine.finintel.synth.SyntheticGenerator;

/**
 * Work on the engine's speed must not change what it finds: every alert of a fixed generated input
 * (id, typology, score, accounts, time and reason, in the order raised), with the rules alone and
 * with a small learned model, must equal the checked-in record made before. A change meant to alter
 * the findings writes the record again with {@code -Dkuzet.sameAlerts.write=DIR} and says so in its
 * commit.
 */
class SameAlertsTest {
  /** Stumps on features every part of {@link TransactionFeatures} feeds. */
  static final String[] TREES = {
    "0:[f0<3.6] yes=1,no=2,missing=1,gain=40,cover=10\n\t1:leaf=-1,cover=8\n\t2:leaf=1.2,cover=2",
    "0:[f20<3.5] yes=1,no=2,missing=1,gain=30,cover=10\n\t1:leaf=-0.6,cover=8\n\t2:leaf=1.1,cover=2",
    "0:[f7<3.5] yes=1,no=2,missing=1,gain=25,cover=10\n\t1:leaf=-0.4,cover=8\n\t2:leaf=0.9,cover=2",
    "0:[f34<1.5] yes=1,no=2,missing=1,gain=20,cover=10\n\t1:leaf=-0.3,cover=8\n\t2:leaf=0.8,cover=2",
    "0:[f33<0.5] yes=1,no=2,missing=1,gain=15,cover=10\n\t1:leaf=-0.1,cover=8\n\t2:leaf=1.5,cover=2",
    "0:[f11<0.8] yes=1,no=2,missing=1,gain=12,cover=10\n\t1:leaf=-0.2,cover=8\n\t2:leaf=0.6,cover=2",
    "0:[f18<6.5] yes=1,no=2,missing=2,gain=10,cover=10\n\t1:leaf=-0.2,cover=8\n\t2:leaf=0.5,cover=2",
    "0:[f26<2] yes=1,no=2,missing=1,gain=8,cover=10\n\t1:leaf=-0.1,cover=8\n\t2:leaf=0.4,cover=2",
    "0:[f12<2] yes=1,no=2,missing=2,gain=6,cover=10\n\t1:leaf=0.3,cover=8\n\t2:leaf=-0.2,cover=2",
    "0:[f31<0.5] yes=1,no=2,missing=1,gain=5,cover=10\n\t1:leaf=0.1,cover=8\n\t2:leaf=-0.3,cover=2"
  };

  @TempDir Path dir;

  static List<Transaction> input() throws IOException {
    List<Transaction> txs = new ArrayList<>();
    new SyntheticGenerator(GeneratorSettings.of(30_000, 11)).generate((t, l) -> txs.add(t));
    return txs;
  }

  static LaunderingModel model() throws IOException {
    StringWriter w = new StringWriter();
    LaunderingModel.write(w, "stumps for the same-alerts check", 0.9, -2.0, TREES);
    return LaunderingModel.parse(w.toString().lines().toList(), Path.of("stumps.model"));
  }

  static List<String> alerts(List<Transaction> txs, LaunderingModel model) {
    List<String> out = new ArrayList<>();
    DetectionEngine e =
        new DetectionEngine(DetectionSettings.defaults(), a -> out.add(line(a)), model);
    for (Transaction t : txs) {
      e.accept(t);
    }
    e.finish();
    out.add(
        "processed " + e.processed() + ", alerts " + e.alerts() + ", set aside " + e.setAside());
    return out;
  }

  static String line(Alert a) {
    // The id hashes the evidence; the reason (its figures) is kept as a hash to keep the file
    // small.
    return a.id()
        + "|"
        + a.typology()
        + "|"
        + a.score()
        + "|"
        + a.accounts()
        + "|"
        + a.detectedAt()
        + "|"
        + Integer.toHexString(a.reason().hashCode());
  }

  private static List<String> expected(String name) throws IOException {
    try (InputStream in = SameAlertsTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  private static void check(String name, List<String> actual) throws IOException {
    String write = System.getProperty("kuzet.sameAlerts.write");
    if (write != null) {
      Files.write(Path.of(write).resolve(name), actual, StandardCharsets.UTF_8);
      return;
    }
    List<String> want = expected(name);
    assertThat(actual).hasSizeGreaterThan(50);
    assertThat(actual).containsExactlyElementsOf(want);
  }

  @Test
  void rulesRaiseExactlyTheRecordedAlerts() throws IOException {
    check("same-alerts-rules.txt", alerts(input(), null));
  }

  @Test
  void rulesAndModelRaiseExactlyTheRecordedAlerts() throws IOException {
    List<String> a = alerts(input(), model());
    assertThat(a).anyMatch(l -> l.contains("|LEARNED|"));
    check("same-alerts-model.txt", a);
  }
}
