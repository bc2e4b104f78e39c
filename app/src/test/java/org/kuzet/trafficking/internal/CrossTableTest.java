package org.kuzet.trafficking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kuzet.trafficking.AnonymisedCount;

/** Primary and secondary suppression of small cells. */
class CrossTableTest {

  @Test
  void smallCellsAreHiddenAndSoIsAComplementInTheirRowAndColumn() {
    // rows x columns, last row and column are the totals
    int[][] n = {
      {20, 3, 23},
      {15, 12, 27},
      {35, 15, 50}
    };
    boolean[][] hidden = CrossTable.suppress(n, true);
    assertThat(hidden[0][1]).as("3 is primary").isTrue();
    // Row 0 needs a second hidden cell, and so does column 1.
    assertThat(count(hidden[0])).isGreaterThanOrEqualTo(2);
    assertThat(hidden[0][1] && (hidden[1][1] || hidden[2][1])).isTrue();
    assertLinesSafe(n, hidden, true);
  }

  @Test
  void aTableWithoutSmallCellsIsPublishedWhole() {
    int[][] n = {{10, 0, 10}, {12, 30, 42}, {22, 30, 52}};
    boolean[][] hidden = CrossTable.suppress(n, true);
    for (boolean[] row : hidden) {
      assertThat(count(row)).isZero();
    }
  }

  @Test
  void randomTablesNeverLeaveASmallCellOrASolvableLine() {
    var random = new Random(42);
    for (int round = 0; round < 300; round++) {
      int rows = 1 + random.nextInt(6);
      int cols = 1 + random.nextInt(5);
      int[][] n = new int[rows + 1][cols + 1];
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < cols; j++) {
          n[i][j] = random.nextInt(4) == 0 ? 0 : random.nextInt(25);
          n[i][cols] += n[i][j];
          n[rows][j] += n[i][j];
          n[rows][cols] += n[i][j];
        }
      }
      boolean[][] hidden = CrossTable.suppress(n, true);
      for (int i = 0; i <= rows; i++) {
        for (int j = 0; j <= cols; j++) {
          if (n[i][j] > 0 && n[i][j] < AnonymisedCount.THRESHOLD) {
            assertThat(hidden[i][j]).isTrue();
          }
        }
      }
      assertLinesSafe(n, hidden, true);
    }
  }

  @Test
  void tablesFromCasesCountVictimsAndRefuseMultiValuedColumns() {
    var facts = new ArrayList<CaseFacts>();
    for (int i = 0; i < 30; i++) {
      facts.add(fact(2024, Gender.FEMALE, 25));
    }
    for (int i = 0; i < 4; i++) {
      facts.add(fact(2024, Gender.MALE, 16));
    }
    for (int i = 0; i < 12; i++) {
      facts.add(fact(2025, Gender.FEMALE, 30));
    }
    var t = CrossTable.of(facts, Dimension.YEAR_OF_REGISTRATION, Dimension.GENDER);
    assertThat(t.rowValues()).containsExactly("2024", "2025");
    assertThat(t.columnValues()).containsExactly("Female", "Male");
    // 4 men in 2024 is too few; with the 2024 total shown, 30 women would give it away.
    assertThat(t.cell(0, 1).isSuppressed()).isTrue();
    assertThat(t.cell(0, 0).isSuppressed()).isTrue();
    assertThat(t.rowTotal(0).value()).isEqualTo(34);
    assertThat(t.cell(1, 0).value()).isEqualTo(12);
    assertThat(t.columnTotal(1).isSuppressed()).isTrue();
    assertThat(t.columnTotal(0).isSuppressed()).isTrue();
    assertThat(t.grandTotal().value()).isEqualTo(46);
    assertThat(t.cells()).allMatch(c -> c.isSuppressed() || c.value() == 0 || c.value() >= 10);
    assertThatThrownBy(() -> CrossTable.of(facts, Dimension.GENDER, Dimension.MEANS_OF_CONTROL))
        .hasMessageContaining("columns: meansOfControl");
    var ages = CrossTable.of(facts, Dimension.AGE_BROAD, null);
    assertThat(ages.rowValues()).containsExactly("9--17", "24--26", "30--38");
  }

  static CaseFacts fact(int year, Gender gender, int age) {
    return new CaseFacts(
        year,
        gender,
        age,
        "KAZ",
        null,
        Set.of(MeansOfControl.DEBT_BONDAGE),
        Set.of(ExploitationType.FORCED_LABOUR),
        Set.of(),
        Set.of("KAZ"),
        true);
  }

  /** No row (and no column, when columns add up) holds exactly one hidden cell. */
  static void assertLinesSafe(int[][] n, boolean[][] hidden, boolean columnsAdd) {
    for (int i = 0; i < n.length; i++) {
      assertThat(count(hidden[i])).as("row %d", i).isNotEqualTo(1);
    }
    if (columnsAdd) {
      for (int j = 0; j < n[0].length; j++) {
        int c = 0;
        for (boolean[] row : hidden) {
          c += row[j] ? 1 : 0;
        }
        assertThat(c).as("column %d", j).isNotEqualTo(1);
      }
    }
  }

  static int count(boolean[] row) {
    int c = 0;
    for (boolean b : row) {
      c += b ? 1 : 0;
    }
    return c;
  }

  @Test
  void anonymisedCountsRefuseSmallNumbers() {
    assertThat(AnonymisedCount.of(3).isSuppressed()).isTrue();
    assertThat(AnonymisedCount.of(0).value()).isZero();
    assertThat(AnonymisedCount.of(10).value()).isEqualTo(10);
    assertThatThrownBy(() -> new AnonymisedCount(9)).isInstanceOf(IllegalArgumentException.class);
    assertThat(List.of(AnonymisedCount.suppressed())).allMatch(AnonymisedCount::isSuppressed);
  }
}
