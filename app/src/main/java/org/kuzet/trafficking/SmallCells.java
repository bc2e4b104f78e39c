package org.kuzet.trafficking;

import java.util.ArrayList;
import org.jspecify.annotations.Nullable;

/**
 * The small-cell rule for any published table of counts about people, as the trafficking statistics
 * apply it (and, through this API, other modules' statistics for outside readers):
 *
 * <ol>
 *   <li>Primary suppression: every cell, totals included, counting 1 to 9 people (below {@link
 *       AnonymisedCount#THRESHOLD}) is hidden.
 *   <li>Secondary suppression: wherever cells add up to a total that is shown, a line holding
 *       exactly one hidden cell could be solved for it, so the smallest other non-zero cell of that
 *       line is hidden as well, until no line has exactly one hidden cell.
 * </ol>
 */
public final class SmallCells {

  private SmallCells() {}

  /**
   * One line of counts whose last element is their total: which to hide. No line is left with
   * exactly one hidden cell.
   */
  public static boolean[] suppressLine(int[] cellsAndTotal) {
    return suppress(new int[][] {cellsAndTotal}, false)[0];
  }

  /**
   * Which cells of the counts (totals in the last row and column) must be hidden.
   *
   * @param columnsAdd whether each column's cells add up to its total (false when a victim can
   *     appear in several rows)
   */
  public static boolean[][] suppress(int[][] n, boolean columnsAdd) {
    int rows = n.length;
    int cols = n[0].length;
    boolean[][] hidden = new boolean[rows][cols];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        hidden[i][j] = n[i][j] > 0 && n[i][j] < AnonymisedCount.THRESHOLD;
      }
    }
    // Each line is a set of cells whose shown members let a reader compute a hidden one.
    var lines = new ArrayList<int[][]>();
    for (int i = 0; i < rows; i++) {
      int[][] line = new int[cols][];
      for (int j = 0; j < cols; j++) {
        line[j] = new int[] {i, j};
      }
      lines.add(line);
    }
    if (columnsAdd) {
      for (int j = 0; j < cols; j++) {
        int[][] line = new int[rows][];
        for (int i = 0; i < rows; i++) {
          line[i] = new int[] {i, j};
        }
        lines.add(line);
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int[][] line : lines) {
        int count = 0;
        for (int[] cell : line) {
          if (hidden[cell[0]][cell[1]]) {
            count++;
          }
        }
        if (count == 1) {
          int[] pick = complement(n, hidden, line);
          if (pick != null) {
            hidden[pick[0]][pick[1]] = true;
            changed = true;
          }
        }
      }
    }
    return hidden;
  }

  /** The smallest shown non-zero cell of the line (a zero only when nothing else is left). */
  private static int @Nullable [] complement(int[][] n, boolean[][] hidden, int[][] line) {
    int[] best = null;
    for (int[] cell : line) {
      if (hidden[cell[0]][cell[1]]) {
        continue;
      }
      int v = n[cell[0]][cell[1]];
      if (best == null) {
        best = cell;
        continue;
      }
      int b = n[best[0]][best[1]];
      boolean better = (b == 0 && v > 0) || (v > 0 && v < b);
      if (better) {
        best = cell;
      }
    }
    return best;
  }
}
