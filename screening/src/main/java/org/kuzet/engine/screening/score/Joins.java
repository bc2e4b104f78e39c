package org.kuzet.engine.screening.score;

import java.util.List;
import org.kuzet.engine.screening.MatchMethod;
import org.kuzet.engine.screening.score.NameMatcher.Pair;
import org.kuzet.engine.screening.text.EditDistance;
import org.kuzet.engine.screening.text.Keys;
import org.kuzet.engine.screening.text.NameToken;
import org.kuzet.engine.screening.text.TokenRole;

/**
 * The fold keys of every two or three neighbouring parts of a name written together, worked out
 * once per name (list names at build time, a query once per query).
 *
 * @param from first part of each run
 * @param to last part of each run
 * @param keys the run's fold key
 * @param shortPart whether the run holds a one-letter part
 * @param parts the fold key of every part of the name
 */
public record Joins(int[] from, int[] to, String[] keys, boolean[] shortPart, String[] parts) {

  /** The runs of a token list. */
  public static Joins of(List<NameToken> y) {
    int n = Math.max(0, 2 * y.size() - 3);
    int[] from = new int[n];
    int[] to = new int[n];
    String[] keys = new String[n];
    boolean[] shortPart = new boolean[n];
    int c = 0;
    StringBuilder joinedAscii = new StringBuilder();
    for (int j = 0; j + 1 < y.size(); j++) {
      joinedAscii.setLength(0);
      joinedAscii.append(y.get(j).ascii());
      boolean isShort = y.get(j).ascii().length() < 2;
      for (int k = j + 1; k < Math.min(y.size(), j + 3); k++) {
        joinedAscii.append(y.get(k).ascii());
        isShort |= y.get(k).ascii().length() < 2;
        from[c] = j;
        to[c] = k;
        keys[c] = Keys.fold(joinedAscii.toString());
        shortPart[c] = isShort;
        c++;
      }
    }
    String[] parts = new String[y.size()];
    for (int j = 0; j < parts.length; j++) {
      parts[j] = y.get(j).key();
    }
    return new Joins(from, to, keys, shortPart, parts);
  }

  /**
   * Pairs of one part on side {@code x} with two or three neighbouring parts on side {@code y}
   * written apart (SergeiLavrov / Sergei Lavrov, vanderbilt / van der bilt).
   */
  static void joined(List<NameToken> x, Joins y, boolean swapped, List<Pair> out) {
    // the key lengths of the joinable parts (bit n: length n, the longest sharing bit 63): a run
    // is compared only when some part's length is within one of its own
    long lengths = 0;
    for (NameToken a : x) {
      if (joinable(a)) {
        lengths |= 1L << Math.min(63, a.key().length());
      }
    }
    if (lengths == 0) {
      return;
    }
    for (int r = 0; r < y.keys.length; r++) {
      String key = y.keys[r];
      int len = key.length();
      if (len < 62 && (lengths & (7L << Math.max(0, len - 1))) == 0) {
        continue;
      }
      for (int i = 0; i < x.size(); i++) {
        NameToken a = x.get(i);
        if (!joinable(a) || Math.abs(a.key().length() - key.length()) > 1) {
          continue;
        }
        double s = 0;
        if (key.equals(a.key())) {
          s = 0.95;
        } else if (!y.shortPart[r]
            && key.length() >= 8
            && EditDistance.within(key, a.key(), 1) <= 1) {
          s = 0.85;
        }
        if (s > 0 && !within(a, y, r)) {
          int j = y.from[r];
          int k = y.to[r];
          out.add(
              swapped
                  ? new Pair(j, k, i, i, s, MatchMethod.JOINED)
                  : new Pair(i, i, j, k, s, MatchMethod.JOINED));
        }
      }
    }
  }

  /**
   * Whether part {@code a} is itself one of the parts of run {@code r} (NEJAT-E EJTIMAYEE, KK
   * YAMATERU): then the parts pair one by one, and the run written together is no better match.
   */
  private static boolean within(NameToken a, Joins y, int r) {
    for (int j = y.from[r]; j <= y.to[r]; j++) {
      if (y.parts[j].equals(a.key())) {
        return true;
      }
    }
    return false;
  }

  private static boolean joinable(NameToken a) {
    return (a.role() == TokenRole.NAME || a.role() == TokenRole.LEGAL_FORM)
        && a.key().length() >= 3;
  }
}
