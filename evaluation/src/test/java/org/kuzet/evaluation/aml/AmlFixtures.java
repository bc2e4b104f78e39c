package org.kuzet.evaluation.aml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Small data sets written through the command line, and readers for what it writes. */
final class AmlFixtures {

  static final int TRANSACTIONS = 20_000;
  static final int SCHEMES_PER_TYPOLOGY = 8;

  private AmlFixtures() {}

  /** Writes a small data set for {@code seed} into {@code dir}. */
  static Path smallRun(long seed, Path dir) {
    int exit =
        new CommandLine(new AmlCommand())
            .execute(
                "--seed", Long.toString(seed),
                "--out", dir.toString(),
                "--transactions", Integer.toString(TRANSACTIONS),
                "--schemes-per-typology", Integer.toString(SCHEMES_PER_TYPOLOGY),
                "--days", "30");
    assertThat(exit).isZero();
    return dir;
  }

  static AmlDataset smallDataset(long seed) {
    return AmlGenerator.generate(new AmlSettings(seed, TRANSACTIONS, SCHEMES_PER_TYPOLOGY, 30));
  }

  static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  /** One BEGIN ... END block of patterns.txt. */
  record Block(String begin, String end, List<String> rows) {

    String typology() {
      String type = begin.substring("BEGIN LAUNDERING ATTEMPT - ".length());
      int colon = type.indexOf(':');
      return colon < 0 ? type : type.substring(0, colon);
    }
  }

  static List<Block> blocks(Path patterns) throws IOException {
    List<Block> blocks = new ArrayList<>();
    String begin = null;
    List<String> rows = new ArrayList<>();
    for (String line : lines(patterns)) {
      if (line.startsWith("BEGIN LAUNDERING ATTEMPT - ")) {
        assertThat(begin).as("a block opened inside another").isNull();
        begin = line;
        rows = new ArrayList<>();
      } else if (line.startsWith("END LAUNDERING ATTEMPT - ")) {
        assertThat(begin).as("END without BEGIN").isNotNull();
        blocks.add(new Block(begin, line, rows));
        begin = null;
      } else if (!line.isEmpty()) {
        assertThat(begin).as("a row outside any block: " + line).isNotNull();
        rows.add(line);
      }
    }
    assertThat(begin).as("an unclosed block").isNull();
    return blocks;
  }
}
