package org.kuzet.engine.finintel.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.PaymentType;
import org.kuzet.engine.finintel.Transaction;

class LaunderingModelTest {
  @TempDir Path dir;

  /** Two stumps on the destination's 5-day in-degree (f20) and the amount (f0). */
  private static final String[] DUMP = {
    "0:[f20<4.5] yes=1,no=2,missing=1,gain=50,cover=10\n\t1:leaf=-1,cover=8\n\t2:leaf=2,cover=2",
    "0:[f0<3] yes=1,no=2,missing=2,gain=5,cover=10\n\t1:leaf=-0.5,cover=8\n\t2:leaf=0.5,cover=2"
  };

  private Path write(double threshold) throws IOException {
    StringWriter w = new StringWriter();
    LaunderingModel.write(w, "test model", threshold, -1.0, DUMP);
    Path p = dir.resolve("m.model");
    Files.writeString(p, w.toString());
    return p;
  }

  @Test
  void evaluatesTheTreesAsWritten() throws IOException {
    LaunderingModel m = LaunderingModel.read(write(0.5));
    float[] x = new float[TransactionFeatures.COUNT];
    Arrays.fill(x, Float.NaN);
    // NaN in f20 goes left (-1), NaN in f0 goes right (+0.5): margin -1 - 1 + 0.5.
    assertThat(m.margin(x)).isEqualTo(-1.5);
    x[20] = 9;
    x[0] = 2;
    assertThat(m.margin(x)).isEqualTo(-1 + 2 - 0.5);
    assertThat(m.probability(x)).isCloseTo(1 / (1 + Math.exp(-0.5)), Offset.offset(1e-12));
    double[] g = m.decidingGain(x);
    assertThat(g[20]).isEqualTo(50);
    assertThat(g[0]).isEqualTo(5);
  }

  @Test
  void refusesOtherFilesVersionsAndFeaturesNamingWhatDiffers() throws IOException {
    Path p = write(0.5);
    String text = Files.readString(p);
    Files.writeString(p, "hello\n");
    assertThatThrownBy(() -> LaunderingModel.read(p))
        .hasMessageContaining("not a Kuzet " + "detection model");
    Files.writeString(p, text.replace("kuzet-detect-model 1", "kuzet-detect-model 2"));
    assertThatThrownBy(() -> LaunderingModel.read(p))
        .hasMessageContaining("format version 2")
        .hasMessageContaining("reads version 1");
    Files.writeString(p, text.replace("log_amount,", "amount,"));
    assertThatThrownBy(() -> LaunderingModel.read(p))
        .hasMessageContaining("trained on the " + "features")
        .hasMessageContaining("train it again");
    Files.writeString(p, text.replace("[f20<4.5]", "[f99<4.5]"));
    assertThatThrownBy(() -> LaunderingModel.read(p))
        .hasMessageContaining("f99 does not exist")
        .hasMessageContaining("line");
    Files.writeString(p, text.replace("end\n", ""));
    assertThatThrownBy(() -> LaunderingModel.read(p)).hasMessageContaining("expected 'end'");
    Files.writeString(p, text.replace("yes=1,no=2,missing=1", "yes=1,no=7,missing=1"));
    assertThatThrownBy(() -> LaunderingModel.read(p)).hasMessageContaining("missing node 7");
  }

  @Test
  void featuresUseOnlyThePast() {
    List<Transaction> txs = new ArrayList<>();
    AccountRef hub = new AccountRef("1", "HUB");
    for (int i = 0; i < 12; i++) {
      txs.add(
          new Transaction(
              String.valueOf(i + 1),
              Instant.parse("2022-09-01T10:00:00Z").plusSeconds(600L * i),
              new AccountRef("2", "S" + i),
              hub,
              new BigDecimal("9000.00"),
              "USD",
              PaymentType.WIRE));
    }
    float[][] all = features(txs);
    float[][] prefix = features(txs.subList(0, 6));
    for (int i = 0; i < 6; i++) {
      assertThat(prefix[i]).containsExactly(all[i]);
    }
    int inDegree = TransactionFeatures.NAMES.indexOf("dst_in_deg_1d");
    // The hub's distinct senders so far (a sketch: at most the true count).
    assertThat(all[0][inDegree]).isEqualTo(1);
    assertThat(all[11][inDegree]).isBetween(9f, 12f);
    assertThat(all[11][TransactionFeatures.NAMES.indexOf("dst_in_cnt_5d")]).isEqualTo(12);
  }

  private static float[][] features(List<Transaction> txs) {
    TransactionFeatures f = new TransactionFeatures(Parameters.UnitValues.defaults());
    float[][] out = new float[txs.size()][TransactionFeatures.COUNT];
    for (int i = 0; i < txs.size(); i++) {
      f.next(txs.get(i), out[i]);
    }
    return out;
  }
}
