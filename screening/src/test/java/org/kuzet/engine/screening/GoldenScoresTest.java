package org.kuzet.engine.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Pins every hit (entry, score, matched name and the explanation's wording) of a fixed set of
 * queries against the real UN and OFAC lists, at the default threshold and at 50, so that work on
 * the engine's speed can show that no answer changed. The queries are {@code golden/queries.csv};
 * the answers {@code golden/expected.csv}.
 *
 * <p>A change that is meant to change answers (a matching rule) rewrites the expected file with
 * {@code -Dkuzet.golden.write=true} (run from the module folder) and shows the difference in its
 * commit, so that every changed answer is seen and reviewed.
 */
class GoldenScoresTest {

  private static final String QUERIES = "/golden/queries.csv";
  private static final Path EXPECTED_SOURCE = Path.of("src/test/resources/golden/expected.csv");
  private static final int[][] RUNS = {
    {ScreeningEngine.DEFAULT_THRESHOLD, ScreeningEngine.DEFAULT_LIMIT}, {50, 5}
  };
  private static final String[] HEADER = {
    "query_id", "threshold", "rank", "list", "entry_id", "score", "matched_name", "explanation"
  };

  @Test
  void everyAnswerOfTheFixedQueriesStaysAsPinned() throws Exception {
    ScreeningEngine engine =
        ScreeningEngine.of(Watchlists.loadDirectory(SharedData.path("watchlists")));
    List<List<String>> actual = new ArrayList<>();
    for (CSVRecord q : read(QUERIES)) {
      String birth = q.get("birth_date").strip();
      ScreeningQuery query =
          new ScreeningQuery(
              q.get("name"),
              birth.isEmpty() ? null : BirthDate.parse(birth),
              q.get("nationality"),
              q.get("document"));
      for (int[] run : RUNS) {
        int rank = 0;
        for (ScreeningHit h : engine.screen(query, run[0], run[1])) {
          actual.add(
              List.of(
                  q.get("id"),
                  String.valueOf(run[0]),
                  String.valueOf(++rank),
                  h.listName(),
                  h.entryId(),
                  String.valueOf(h.score()),
                  h.matchedName(),
                  h.explanation().render().strip().replaceAll("\\s*\\R\\s*", " | ")));
        }
      }
    }
    if (Boolean.getBoolean("kuzet.golden.write")) {
      StringWriter w = new StringWriter();
      try (CSVPrinter p =
          new CSVPrinter(
              w, CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator("\n").build())) {
        for (List<String> row : actual) {
          p.printRecord(row);
        }
      }
      Files.writeString(EXPECTED_SOURCE, w.toString(), StandardCharsets.UTF_8);
    }
    List<List<String>> expected = new ArrayList<>();
    for (CSVRecord r :
        Boolean.getBoolean("kuzet.golden.write") ? readSource() : read("/golden/expected.csv")) {
      expected.add(r.toList());
    }
    assertThat(expected)
        .as("the pinned answers hold hits at both thresholds")
        .hasSizeGreaterThan(100);
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  private static List<CSVRecord> readSource() throws IOException {
    try (Reader r = Files.newBufferedReader(EXPECTED_SOURCE, StandardCharsets.UTF_8);
        CSVParser p =
            CSVParser.parse(
                r, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
      return p.getRecords();
    }
  }

  private static List<CSVRecord> read(String resource) throws IOException {
    InputStream in = GoldenScoresTest.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " is missing from the test resources");
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
        CSVParser p =
            CSVParser.parse(
                r, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
      return p.getRecords();
    }
  }
}
