package org.kuzet.evaluation.aml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The written files follow the AMLworld formats and agree with each other. */
class AmlFilesTest {

  private static final String CURRENCY =
      "(US Dollar|Euro|Ruble|Yuan|Rupee|UK Pound|Yen|Swiss Franc|Australian Dollar|Canadian Dollar"
          + "|Mexican Peso|Brazil Real|Saudi Riyal|Shekel|Bitcoin)";
  private static final String FORMAT = "(ACH|Wire|Cheque|Credit Card|Cash|Reinvestment|Bitcoin)";
  private static final Pattern ROW =
      Pattern.compile(
          "\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2},0\\d{2,6},8[0-9A-F]{8},0\\d{2,6},8[0-9A-F]{8},"
              + "\\d+\\.\\d{2,6},"
              + CURRENCY
              + ",\\d+\\.\\d{2,6},"
              + CURRENCY
              + ","
              + FORMAT
              + ",[01]");

  @TempDir static Path dir;
  private static List<String> transactions;
  private static List<AmlFixtures.Block> blocks;

  @BeforeAll
  static void generate() throws IOException {
    AmlFixtures.smallRun(5, dir);
    transactions = AmlFixtures.lines(dir.resolve(AmlFiles.TRANSACTIONS));
    blocks = AmlFixtures.blocks(dir.resolve(AmlFiles.PATTERNS));
  }

  @Test
  void transactionsHaveTheAmlWorldHeader() {
    assertThat(transactions.get(0))
        .isEqualTo(
            "Timestamp,From Bank,Account,To Bank,Account,Amount Received,Receiving Currency,"
                + "Amount Paid,Payment Currency,Payment Format,Is Laundering");
  }

  @Test
  void everyRowIsWellFormedAndRowsAreInTimeOrder() {
    String previous = "";
    for (String row : transactions.subList(1, transactions.size())) {
      assertThat(row).matches(ROW);
      String timestamp = row.substring(0, 16);
      assertThat(timestamp).isGreaterThanOrEqualTo(previous);
      previous = timestamp;
    }
  }

  @Test
  void aboutAsManyRowsAsAskedFor() {
    assertThat(transactions.size() - 1)
        .isBetween(AmlFixtures.TRANSACTIONS * 9 / 10, AmlFixtures.TRANSACTIONS * 11 / 10);
  }

  @Test
  void labelledRowsAreExactlyThePatternRows() {
    List<String> labelled =
        transactions.stream().skip(1).filter(row -> row.endsWith(",1")).sorted().toList();
    List<String> inPatterns =
        blocks.stream().flatMap(block -> block.rows().stream()).sorted().toList();

    assertThat(labelled).isNotEmpty().isEqualTo(inPatterns);
  }

  @Test
  void everyTypologyIsPresentWithTheAskedNumberOfSchemes() {
    Map<String, Long> perTypology =
        blocks.stream()
            .collect(Collectors.groupingBy(AmlFixtures.Block::typology, Collectors.counting()));

    Map<String, Long> expected = new HashMap<>();
    for (Typology typology : Typology.values()) {
      expected.put(typology.label(), (long) AmlFixtures.SCHEMES_PER_TYPOLOGY);
    }
    assertThat(perTypology).isEqualTo(expected);
  }

  @Test
  void blocksOpenAndCloseAsInAmlWorld() {
    Set<String> headerForms = new TreeSet<>();
    for (AmlFixtures.Block block : blocks) {
      assertThat(block.end()).isEqualTo("END LAUNDERING ATTEMPT - " + block.typology());
      assertThat(block.rows())
          .isNotEmpty()
          .allSatisfy(row -> assertThat(row).matches(ROW).endsWith(",1"));
      headerForms.add(block.begin().replaceAll("\\d+", "N"));
    }
    assertThat(headerForms)
        .contains(
            "BEGIN LAUNDERING ATTEMPT - FAN-IN:  Max N-degree Fan-In",
            "BEGIN LAUNDERING ATTEMPT - FAN-OUT:  Max N-degree Fan-Out",
            "BEGIN LAUNDERING ATTEMPT - CYCLE:  Max N hops",
            "BEGIN LAUNDERING ATTEMPT - RANDOM:  Max N hops",
            "BEGIN LAUNDERING ATTEMPT - STACK",
            "BEGIN LAUNDERING ATTEMPT - BIPARTITE",
            "BEGIN LAUNDERING ATTEMPT - GATHER-SCATTER",
            "BEGIN LAUNDERING ATTEMPT - SCATTER-GATHER");
  }

  @Test
  void schemesCsvHasOneLinePerBlockThatAgreesWithIt() throws IOException {
    List<String> lines = AmlFixtures.lines(dir.resolve(AmlFiles.SCHEMES));
    assertThat(lines.get(0))
        .isEqualTo(
            "scheme_id,typology,accounts,transactions,degree_or_hops,span_minutes,amount_behaviour,"
                + "currencies,formats,first_timestamp,last_timestamp");
    assertThat(lines).hasSize(blocks.size() + 1);
    for (int i = 0; i < blocks.size(); i++) {
      String[] fields = lines.get(i + 1).split(",", -1);
      AmlFixtures.Block block = blocks.get(i);
      assertThat(fields).hasSize(11);
      assertThat(fields[1]).isEqualTo(block.typology());
      assertThat(Integer.parseInt(fields[3])).isEqualTo(block.rows().size());
      assertThat(fields[9]).isEqualTo(block.rows().get(0).substring(0, 16));
      assertThat(fields[10]).isEqualTo(block.rows().get(block.rows().size() - 1).substring(0, 16));
      if (block.begin().contains("Max ")) {
        assertThat(block.begin()).contains("Max " + fields[4]);
      }
    }
  }

  @Test
  void lookAlikesCsvListsEveryKind() throws IOException {
    List<String> lines = AmlFixtures.lines(dir.resolve(AmlFiles.LOOK_ALIKES));
    assertThat(lines.get(0)).isEqualTo(AmlFiles.LOOK_ALIKES_HEADER);
    Set<String> kinds =
        lines.stream().skip(1).map(line -> line.split(",")[1]).collect(Collectors.toSet());
    List<String> expected = new ArrayList<>();
    Arrays.stream(LookAlikeKind.values()).forEach(kind -> expected.add(kind.label()));
    assertThat(kinds).containsExactlyInAnyOrderElementsOf(expected);
  }
}
