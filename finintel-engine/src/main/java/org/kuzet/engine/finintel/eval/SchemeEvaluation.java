package org.kuzet.engine.finintel.eval;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kuzet.engine.finintel.Alert;
import org.kuzet.engine.finintel.Typology;
import org.kuzet.engine.finintel.synth.PlantedScheme;

/**
 * Scores alerts against planted schemes. A scheme counts as found when the alerts' evidence covers
 * at least half of its transactions; an alert counts as correct when at least half of its evidence
 * transactions are planted laundering.
 */
public final class SchemeEvaluation {
  /** Per typology: schemes planted, schemes found, alerts raised, correct alerts. */
  public record Row(int planted, int found, int alerts, int correctAlerts) {
    public double recall() {
      return planted == 0 ? 0 : (double) found / planted;
    }

    public double precision() {
      return alerts == 0 ? 0 : (double) correctAlerts / alerts;
    }
  }

  private final Map<Typology, Row> rows = new EnumMap<>(Typology.class);
  private final Row total;

  public SchemeEvaluation(
      List<PlantedScheme> schemes, List<Alert> alerts, Set<String> launderingIds) {
    Set<String> covered = new HashSet<>();
    Map<Typology, int[]> counts = new EnumMap<>(Typology.class);
    for (Typology t : Typology.values()) {
      counts.put(t, new int[4]);
    }
    for (Alert a : alerts) {
      covered.addAll(a.transactionIds());
      int hits = 0;
      for (String id : a.transactionIds()) {
        if (launderingIds.contains(id)) {
          hits++;
        }
      }
      int[] c = Objects.requireNonNull(counts.get(a.typology())); // a row per typology
      c[2]++;
      if (2 * hits >= a.transactionIds().size()) {
        c[3]++;
      }
    }
    for (PlantedScheme s : schemes) {
      int hit = 0;
      for (String id : s.transactionIds()) {
        if (covered.contains(id)) {
          hit++;
        }
      }
      int[] c = Objects.requireNonNull(counts.get(s.typology()));
      c[0]++;
      if (2 * hit >= s.transactionIds().size()) {
        c[1]++;
      }
    }
    int[] sum = new int[4];
    for (var e : counts.entrySet()) {
      int[] c = e.getValue();
      rows.put(e.getKey(), new Row(c[0], c[1], c[2], c[3]));
      for (int i = 0; i < 4; i++) {
        sum[i] += c[i];
      }
    }
    total = new Row(sum[0], sum[1], sum[2], sum[3]);
  }

  public Map<Typology, Row> rows() {
    return rows;
  }

  public Row total() {
    return total;
  }

  /** Schemes per id, for callers that want to list the missed ones. */
  public static Map<String, PlantedScheme> byId(List<PlantedScheme> schemes) {
    Map<String, PlantedScheme> m = new HashMap<>();
    for (PlantedScheme s : schemes) {
      m.put(s.id(), s);
    }
    return m;
  }
}
