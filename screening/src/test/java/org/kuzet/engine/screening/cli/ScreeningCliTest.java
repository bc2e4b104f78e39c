package org.kuzet.engine.screening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreeningCliTest {

  @TempDir Path dir;

  private Path lists() throws Exception {
    Path lists = Files.createDirectories(dir.resolve("lists"));
    Files.writeString(
        lists.resolve("kz-wanted.csv"),
        "id,name,aliases,birth_date,nationality,document\n"
            + "KZ-1,Нұрлан Әбішұлы Серікбаев,,1975-03-02,KZ,N12345678\n"
            + "KZ-2,\"Serikbayev, Nurlan\",,,,\n"
            + "KZ-3,Иван Петров,,,,\n");
    return lists;
  }

  @Test
  void writesOneRowPerHitBestFirst() throws Exception {
    Path in = dir.resolve("q.csv");
    Files.writeString(
        in,
        "id,name,birth_date,nationality,document\n"
            + "q1,Serikbaev Nurlan,1975-03-02,KZ,\n"
            + "q2,John Smith,,,\n"
            + "q3,\"Петров, Иван\",,,\n");
    Path out = dir.resolve("hits.csv");
    int code =
        ScreeningCli.execute(
            "screen",
            "--lists",
            lists().toString(),
            "--in",
            in.toString(),
            "--out",
            out.toString());
    assertThat(code).isZero();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("query_id,list,entry_id,matched_name,score");
    assertThat(lines).hasSize(4);
    assertThat(lines.get(1)).startsWith("q1,kz-wanted,KZ-1,Нұрлан Әбішұлы Серікбаев,");
    assertThat(lines.get(2)).startsWith("q1,kz-wanted,KZ-2,\"Serikbayev, Nurlan\",");
    int first = Integer.parseInt(lines.get(1).substring(lines.get(1).lastIndexOf(',') + 1));
    int second = Integer.parseInt(lines.get(2).substring(lines.get(2).lastIndexOf(',') + 1));
    assertThat(first).isGreaterThanOrEqualTo(second);
    assertThat(lines.get(3)).startsWith("q3,kz-wanted,KZ-3,");
  }

  @Test
  void limitAndThresholdAreApplied() throws Exception {
    Path in = dir.resolve("q.csv");
    Files.writeString(in, "id,name\nq1,Serikbaev Nurlan\n");
    Path out = dir.resolve("hits.csv");
    assertThat(
            ScreeningCli.execute(
                "screen",
                "--lists",
                lists().toString(),
                "--in",
                in.toString(),
                "--out",
                out.toString(),
                "--limit",
                "1"))
        .isZero();
    assertThat(Files.readAllLines(out)).hasSize(2);
    assertThat(
            ScreeningCli.execute(
                "screen",
                "--lists",
                lists().toString(),
                "--in",
                in.toString(),
                "--out",
                out.toString(),
                "--threshold",
                "100"))
        .isZero();
    assertThat(Files.readAllLines(out)).hasSize(1);
  }

  @Test
  void badInputExitsWithTwoAndSaysWhere() throws Exception {
    Path in = dir.resolve("q.csv");
    Files.writeString(in, "id,name,birth_date\nq1,A B,1975-13-40\n");
    PrintStream oldErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int code =
          ScreeningCli.execute(
              "screen",
              "--lists",
              lists().toString(),
              "--in",
              in.toString(),
              "--out",
              dir.resolve("o.csv").toString());
      assertThat(code).isEqualTo(2);
      assertThat(err.toString(StandardCharsets.UTF_8)).contains("q.csv, line 2, field birth_date");
      assertThat(ScreeningCli.execute("screen", "--lists", lists().toString())).isEqualTo(2);
      assertThat(
              ScreeningCli.execute(
                  "screen",
                  "--lists",
                  dir.resolve("none").toString(),
                  "--in",
                  in.toString(),
                  "--out",
                  dir.resolve("o.csv").toString()))
          .isEqualTo(2);
      assertThat(
              ScreeningCli.execute(
                  "screen",
                  "--lists",
                  lists().toString(),
                  "--in",
                  in.toString(),
                  "--out",
                  dir.resolve("o.csv").toString(),
                  "--threshold",
                  "101"))
          .isEqualTo(2);
    } finally {
      System.setErr(oldErr);
    }
    assertThat(dir.resolve("o.csv")).doesNotExist();
  }
}
