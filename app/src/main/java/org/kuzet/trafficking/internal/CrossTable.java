package org.kuzet.trafficking.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.trafficking.AnonymisedCount;
import org.kuzet.trafficking.SmallCells;

/**
 * A table of victim counts, rows by one dimension and columns by another (or a single column), with
 * row and column totals, safe to publish:
 *
 * <ol>
 *   <li>Primary suppression: every cell, total included, describing 1 to 9 victims is hidden.
 *   <li>Secondary suppression: wherever cells add up to a total that is shown (each row with its
 *       total; each column with its total when the rows are single-valued; the totals themselves),
 *       a line holding exactly one hidden cell could be solved for it, so the smallest other
 *       non-zero cell of that line is hidden as well, until no line has exactly one hidden cell.
 * </ol>
 *
 * The grid has {@code rows + 1} rows and {@code columns + 1} columns; the last row and column are
 * the totals.
 */
record CrossTable(
    Dimension rowDimension,
    @Nullable Dimension columnDimension,
    List<String> rowValues,
    List<String> columnValues,
    List<List<AnonymisedCount>> grid) {

  CrossTable {
    rowValues = List.copyOf(rowValues);
    columnValues = List.copyOf(columnValues);
    grid = grid.stream().map(List::copyOf).toList();
  }

  /** The column heading used when no column dimension is chosen. */
  static final String VICTIMS = "victims";

  static CrossTable of(List<CaseFacts> facts, Dimension rows, @Nullable Dimension columns) {
    if (columns != null && columns.multiValued) {
      throw new IllegalArgumentException(
          "columns: " + columns.ctdc + " can hold several values per victim; use it for rows");
    }
    if (columns == rows) {
      throw new IllegalArgumentException("columns: choose a dimension other than the rows");
    }
    var rowSet = new LinkedHashSet<String>();
    var colSet = new LinkedHashSet<String>();
    for (CaseFacts f : facts) {
      rowSet.addAll(rows.valuesOf(f));
      colSet.add(columns == null ? VICTIMS : columns.valuesOf(f).get(0));
    }
    List<String> rowValues = rows.order(rowSet);
    List<String> colValues = columns == null ? List.of(VICTIMS) : columns.order(colSet);
    int r = rowValues.size();
    int c = colValues.size();
    int[][] n = new int[r + 1][c + 1];
    Map<String, Integer> rowIndex = index(rowValues);
    Map<String, Integer> colIndex = index(colValues);
    for (CaseFacts f : facts) {
      int j = at(colIndex, columns == null ? VICTIMS : columns.valuesOf(f).get(0));
      for (String v : new HashSet<>(rows.valuesOf(f))) {
        int i = at(rowIndex, v);
        n[i][j]++;
        n[i][c]++;
      }
      n[r][j]++;
      n[r][c]++;
    }
    boolean[][] hidden = suppress(n, !rows.multiValued);
    var grid = new ArrayList<List<AnonymisedCount>>();
    for (int i = 0; i <= r; i++) {
      var line = new ArrayList<AnonymisedCount>();
      for (int j = 0; j <= c; j++) {
        line.add(hidden[i][j] ? AnonymisedCount.suppressed() : new AnonymisedCount(n[i][j]));
      }
      grid.add(line);
    }
    return new CrossTable(rows, columns, rowValues, colValues, grid);
  }

  /** Which cells must be hidden: the one rule, in {@link SmallCells}. */
  static boolean[][] suppress(int[][] n, boolean columnsAdd) {
    return SmallCells.suppress(n, columnsAdd);
  }

  private static Map<String, Integer> index(List<String> values) {
    var map = new HashMap<String, Integer>();
    for (int i = 0; i < values.size(); i++) {
      map.put(values.get(i), i);
    }
    return map;
  }

  AnonymisedCount cell(int row, int column) {
    return grid.get(row).get(column);
  }

  AnonymisedCount rowTotal(int row) {
    return grid.get(row).get(columnValues.size());
  }

  AnonymisedCount columnTotal(int column) {
    return grid.get(rowValues.size()).get(column);
  }

  AnonymisedCount grandTotal() {
    return grid.get(rowValues.size()).get(columnValues.size());
  }

  /** Every cell, totals included, for checks. */
  Set<AnonymisedCount> cells() {
    var all = new HashSet<AnonymisedCount>();
    grid.forEach(all::addAll);
    return all;
  }

  /** The position of a value the index was built from. */
  private static int at(Map<String, Integer> index, String value) {
    return Objects.requireNonNull(index.get(value), () -> "not indexed: " + value);
  }
}
