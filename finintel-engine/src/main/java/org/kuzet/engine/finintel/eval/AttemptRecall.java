package org.kuzet.engine.finintel.eval;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scheme recall per pattern of a patterns file: an attempt counts as found when the alerts'
 * evidence covers at least half of the transactions it lists (rows that matched no transaction of
 * the data file count as not covered).
 */
public final class AttemptRecall {
  /** Attempts of one pattern: how many were planted and how many found. */
  public record Row(int planted, int found) {
    public double recall() {
      return planted == 0 ? 0 : (double) found / planted;
    }
  }

  private final Map<String, int[]> counts = new TreeMap<>();
  private final int[] total = new int[2];

  public AttemptRecall(LaunderingPatterns patterns, Set<String> coveredIds) {
    for (LaunderingPatterns.Attempt a : patterns.attempts()) {
      List<String> ids = patterns.ids(a.index());
      int hit = 0;
      for (String id : ids) {
        if (coveredIds.contains(id)) {
          hit++;
        }
      }
      boolean found = 2 * hit >= patterns.size(a.index()) && hit > 0;
      int[] c = counts.computeIfAbsent(a.pattern(), k -> new int[2]);
      c[0]++;
      total[0]++;
      if (found) {
        c[1]++;
        total[1]++;
      }
    }
  }

  /** Per pattern name (FAN-IN, CYCLE, ...), in name order. */
  public Map<String, Row> rows() {
    Map<String, Row> m = new TreeMap<>();
    counts.forEach((k, c) -> m.put(k, new Row(c[0], c[1])));
    return m;
  }

  public Row total() {
    return new Row(total[0], total[1]);
  }
}
