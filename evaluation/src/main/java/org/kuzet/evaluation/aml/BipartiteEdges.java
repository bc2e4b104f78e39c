package org.kuzet.evaluation.aml;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The payments between two groups of accounts: each pair with the given density, and every account
 * in both groups in at least one, since an account with no payment is no member.
 */
final class BipartiteEdges {

  private BipartiteEdges() {}

  /** Pairs {from, to} of indices into the two groups. */
  static List<int[]> between(int from, int to, double density, SplittableRandom random) {
    boolean[][] chosen = new boolean[from][to];
    for (int i = 0; i < from; i++) {
      for (int j = 0; j < to; j++) {
        chosen[i][j] = random.nextDouble() < density;
      }
    }
    for (int i = 0; i < from; i++) {
      chosen[i][random.nextInt(to)] |= !any(chosen[i]);
    }
    for (int j = 0; j < to; j++) {
      boolean paid = false;
      for (int i = 0; i < from; i++) {
        paid |= chosen[i][j];
      }
      if (!paid) {
        chosen[random.nextInt(from)][j] = true;
      }
    }
    List<int[]> edges = new ArrayList<>();
    for (int i = 0; i < from; i++) {
      for (int j = 0; j < to; j++) {
        if (chosen[i][j]) {
          edges.add(new int[] {i, j});
        }
      }
    }
    return edges;
  }

  private static boolean any(boolean[] row) {
    for (boolean b : row) {
      if (b) {
        return true;
      }
    }
    return false;
  }
}
