package org.kuzet.engine.finintel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
    assertThat(
            FinintelCli.run(
                "generate", "--transactions", "30000", "--seed", "3", "--out", data.toString()))
        .isZero();
    assertThat(
            FinintelCli.run(
                "detect", "--in", data.toString(), "--format", "ibm", "--out", alerts.toString()))
        .isZero();
    List<String> lines = Files.readAllLines(alerts);
    assertThat(lines.get(0)).isEqualTo("alert_id,typology,score,accounts,transactions");
    assertThat(lines).hasSizeGreaterThan(10);
    assertThat(lines.get(1))
        .matches(
            "[A-Z]{3}-[0-9a-f]{16},[a-z_]+,[01]\\.\\d{3},"
                + "\"?[^,]+:[^,]+(;[^,]+:[^,]+)*\"?,\"?\\d+(;\\d+)*\"?");
  }

  @Test
  void badUsageAndBadInputExitWithTwo() throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "not,an,ibm,file\n");
    assertThat(
            FinintelCli.run(
                "detect",
                "--in",
                bad.toString(),
                "--format",
                "ibm",
                "--out",
                dir.resolve("a.csv").toString()))
        .isEqualTo(2);
    assertThat(Files.exists(dir.resolve("a.csv"))).isFalse();
    assertThat(
            FinintelCli.run(
                "detect",
                "--in",
                bad.toString(),
                "--format",
                "xls",
                "--out",
                dir.resolve("a.csv").toString()))
        .isEqualTo(2);
    assertThat(FinintelCli.run("detect", "--format", "ibm")).isEqualTo(2);
    assertThat(
            FinintelCli.run(
                "detect",
                "--in",
                dir.resolve("missing.csv").toString(),
                "--format",
                "ibm",
                "--out",
                dir.resolve("a.csv").toString()))
        .isEqualTo(2);
  }

  @Test
  void detectEvalRefusesUnlabelledInput() throws IOException {
    Path f = dir.resolve("unlabelled.csv");
    Files.writeString(
        f,
        "Timestamp,From Bank,Account,To Bank,Account,Amount Received,"
            + "Receiving Currency,Amount Paid,Payment Currency,Payment Format\n"
            + "2022/09/01 00:20,1,A,2,B,10,US Dollar,10,US Dollar,Wire\n");
    assertThat(FinintelCli.run("detect-eval", "--in", f.toString(), "--format", "ibm"))
        .isEqualTo(2);
  }

  /** An IBM file: a quiet account with a week of history, then nine new senders in hours. */
  private Path fanInFile(StringBuilder scheme) throws IOException {
    StringBuilder b =
        new StringBuilder(
            "Timestamp,From Bank,Account,To Bank,Account,"
                + "Amount Received,Receiving Currency,Amount Paid,Payment Currency,Payment Format,"
                + "Is Laundering\n");
    for (int day = 1; day <= 9; day += 2) {
      b.append(
          String.format(
              "2022/09/%02d 10:00,011,FRIEND,022,QUIET,120.00,US Dollar,120.00,"
                  + "US Dollar,Wire,0%n",
              day));
      b.append(
          String.format(
              "2022/09/%02d 12:00,022,QUIET,033,SHOP,45.00,US Dollar,45.00,"
                  + "US Dollar,Credit Card,0%n",
              day));
    }
    for (int i = 0; i < 9; i++) {
      String row =
          String.format(
              "2022/09/10 %02d:%02d,0%d4,MULE%d,022,QUIET,%d.00,Euro,%d.00," + "Euro,ACH,1%n",
              8 + i / 4, (i * 13) % 60, i, i, 2_000 + i * 700, 2_000 + i * 700);
      b.append(row);
      scheme.append(row);
    }
    Path data = dir.resolve("fanin.csv");
    Files.writeString(data, b.toString());
    return data;
  }

  @Test
  void detectEvalReportsSchemeRecallPerPatternAndTheAlertBudget() throws IOException {
    StringBuilder rows = new StringBuilder();
    Path data = fanInFile(rows);
    Path patterns = dir.resolve("patterns.txt");
    Files.writeString(
        patterns,
        "BEGIN LAUNDERING ATTEMPT - FAN-IN:  Max 9-degree Fan-In\n"
            + rows
            + "END LAUNDERING ATTEMPT - FAN-IN\n\n");
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream old = System.out;
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      assertThat(
              FinintelCli.run(
                  "detect-eval",
                  "--in",
                  data.toString(),
                  "--format",
                  "ibm",
                  "--patterns",
                  patterns.toString()))
          .isZero();
    } finally {
      System.setOut(old);
    }
    String out = buf.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .containsPattern("fan-in +1 +1 +1\\.000")
        .contains("top 0.1% = 1 accounts")
        .contains("top 0.5% = 1 accounts");
  }

  @Test
  void aPatternsFileWithARowOutsideAnAttemptIsRefusedNamingTheLine() throws IOException {
    Path data = fanInFile(new StringBuilder());
    Path patterns = dir.resolve("bad-patterns.txt");
    Files.writeString(
        patterns, "2022/09/10 08:00,004,MULE0,022,QUIET,2000.00,Euro,2000.00," + "Euro,ACH,1\n");
    assertThat(
            FinintelCli.run(
                "detect-eval",
                "--in",
                data.toString(),
                "--format",
                "ibm",
                "--patterns",
                patterns.toString()))
        .isEqualTo(2);
  }
}
