package org.kuzet.engine.finintel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FinintelCliTest {
  @TempDir Path dir;

  @Test
  void detectWritesAlertsWithTheAgreedHeader() throws IOException {
    Path data = dir.resolve("g.csv");
    Path alerts = dir.resolve("alerts.csv");
    assertThat(FinintelCli.run("generate", "--transactions", "30000", "--seed", "3", "--out",
        data.toString())).isZero();
    assertThat(FinintelCli.run("detect", "--in", data.toString(), "--format", "ibm", "--out",
        alerts.toString())).isZero();
    List<String> lines = Files.readAllLines(alerts);
    assertThat(lines.get(0)).isEqualTo("alert_id,typology,score,accounts,transactions");
    assertThat(lines).hasSizeGreaterThan(10);
    assertThat(lines.get(1)).matches("[A-Z]{3}-[0-9a-f]{16},[a-z_]+,[01]\\.\\d{3},"
        + "\"?[^,]+:[^,]+(;[^,]+:[^,]+)*\"?,\"?\\d+(;\\d+)*\"?");
  }

  @Test
  void badUsageAndBadInputExitWithTwo() throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "not,an,ibm,file\n");
    assertThat(FinintelCli.run("detect", "--in", bad.toString(), "--format", "ibm", "--out",
        dir.resolve("a.csv").toString())).isEqualTo(2);
    assertThat(Files.exists(dir.resolve("a.csv"))).isFalse();
    assertThat(FinintelCli.run("detect", "--in", bad.toString(), "--format", "xls", "--out",
        dir.resolve("a.csv").toString())).isEqualTo(2);
    assertThat(FinintelCli.run("detect", "--format", "ibm")).isEqualTo(2);
    assertThat(FinintelCli.run("detect", "--in", dir.resolve("missing.csv").toString(),
        "--format", "ibm", "--out", dir.resolve("a.csv").toString())).isEqualTo(2);
  }

  @Test
  void detectEvalRefusesUnlabelledInput() throws IOException {
    Path f = dir.resolve("unlabelled.csv");
    Files.writeString(f, "Timestamp,From Bank,Account,To Bank,Account,Amount Received,"
        + "Receiving Currency,Amount Paid,Payment Currency,Payment Format\n"
        + "2022/09/01 00:20,1,A,2,B,10,US Dollar,10,US Dollar,Wire\n");
    assertThat(FinintelCli.run("detect-eval", "--in", f.toString(), "--format", "ibm"))
        .isEqualTo(2);
  }
}
