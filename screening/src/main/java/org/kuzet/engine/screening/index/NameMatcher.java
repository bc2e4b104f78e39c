package org.kuzet.engine.screening.index;

import java.util.ArrayList;
import java.util.List;
import org.kuzet.engine.screening.MatchMethod;
import org.kuzet.engine.screening.text.EditDistance;
import org.kuzet.engine.screening.text.NameToken;
import org.kuzet.engine.screening.text.TokenRole;

/**
 * Scores one query name against one list name, part by part, so the score can say why.
 *
 * <p>Every query part is compared with every list part (and with two or three neighbouring list
 * parts written together, and the other way round); the pairs are taken best first without
 * reusing a part. The name score is the weighted share of matched parts:
 *
 * <pre>
 *   score = Σ sim(q,l)·(w_q + w_l)  /  ( Σ (w_q + w_l) over pairs + Σ unmatched w·f )
 * </pre>
 *
 * where w is 1 for a name part, 0.5 for an initial, 0.3 for a particle (al, bin, van) and 0.25
 * for a legal form, and f is 1 for an unmatched query part, 0.7 for an unmatched list part (lists
 * carry extra name parts) and 0.4 for an unmatched patronymic on either side (it is often left
 * out). So reordered parts, a missing patronymic, initials, other endings and typos keep a high
 * score, while one shared first name between two otherwise different names stays near 0.5.
 */
public final class NameMatcher {

  static final double MIN_PAIR = 0.7;

  private NameMatcher() {}

  /** A scored pair of part ranges. */
  public record Pair(int q0, int q1, int l0, int l1, double sim, MatchMethod method) {}

  /** The result of one comparison. */
  public record Result(double score, List<Pair> pairs, boolean[] queryMatched, boolean[] listMatched) {}

  /** Compares two token lists. */
  public static Result compare(List<NameToken> q, List<NameToken> l) {
    int nq = q.size();
    int nl = l.size();
    List<Pair> candidates = new ArrayList<>();
    for (int i = 0; i < nq; i++) {
      NameToken a = q.get(i);
      for (int j = 0; j < nl; j++) {
        NameToken b = l.get(j);
        Pair p = single(a, b, i, j);
        if (p != null) {
          candidates.add(p);
        }
      }
    }
    joined(q, l, false, candidates);
    joined(l, q, true, candidates);
    candidates.sort(
        (x, y) -> Double.compare(y.sim * weight(q, l, y), x.sim * weight(q, l, x)));
    boolean[] qm = new boolean[nq];
    boolean[] lm = new boolean[nl];
    List<Pair> chosen = new ArrayList<>();
    double matched = 0;
    double total = 0;
    boolean nameMatched = false;
    for (Pair p : candidates) {
      if (free(qm, p.q0, p.q1) && free(lm, p.l0, p.l1)) {
        mark(qm, p.q0, p.q1);
        mark(lm, p.l0, p.l1);
        chosen.add(p);
        double w = weight(q, l, p);
        matched += p.sim * w;
        total += w;
        for (int i = p.q0; i <= p.q1; i++) {
          TokenRole r = q.get(i).role();
          nameMatched |= r == TokenRole.NAME;
        }
      }
    }
    for (int i = 0; i < nq; i++) {
      if (!qm[i]) {
        NameToken t = q.get(i);
        total += t.weight() * (t.patronymic() ? 0.4 : 1.0);
      }
    }
    for (int j = 0; j < nl; j++) {
      if (!lm[j]) {
        NameToken t = l.get(j);
        total += t.weight() * (t.patronymic() ? 0.4 : 0.7);
      }
    }
    double score = !nameMatched || total == 0 ? 0 : matched / total;
    chosen.sort((x, y) -> Integer.compare(x.q0, y.q0));
    return new Result(score, chosen, qm, lm);
  }

  private static double weight(List<NameToken> q, List<NameToken> l, Pair p) {
    double w = 0;
    for (int i = p.q0; i <= p.q1; i++) {
      w += q.get(i).weight();
    }
    for (int j = p.l0; j <= p.l1; j++) {
      w += l.get(j).weight();
    }
    return w;
  }

  private static boolean free(boolean[] used, int from, int to) {
    for (int i = from; i <= to; i++) {
      if (used[i]) {
        return false;
      }
    }
    return true;
  }

  private static void mark(boolean[] used, int from, int to) {
    for (int i = from; i <= to; i++) {
      used[i] = true;
    }
  }

  private static Pair single(NameToken a, NameToken b, int i, int j) {
    TokenRole ra = a.role();
    TokenRole rb = b.role();
    if (ra == TokenRole.LEGAL_FORM || rb == TokenRole.LEGAL_FORM) {
      return ra == rb && a.key().equals(b.key()) ? new Pair(i, i, j, j, 1.0, MatchMethod.EXACT) : null;
    }
    if (ra == TokenRole.PARTICLE || rb == TokenRole.PARTICLE) {
      if (ra == rb && a.key().equals(b.key())) {
        return new Pair(i, i, j, j, a.text().equals(b.text()) ? 1.0 : 0.95,
            a.text().equals(b.text()) ? MatchMethod.EXACT : MatchMethod.TRANSLITERATION);
      }
      return null;
    }
    if (ra == TokenRole.INITIAL || rb == TokenRole.INITIAL) {
      if (ra == rb) {
        return a.key().equals(b.key()) ? new Pair(i, i, j, j, 1.0, MatchMethod.EXACT) : null;
      }
      NameToken initial = ra == TokenRole.INITIAL ? a : b;
      NameToken full = ra == TokenRole.INITIAL ? b : a;
      return full.ascii().charAt(0) == initial.ascii().charAt(0)
          ? new Pair(i, i, j, j, 0.8, MatchMethod.INITIAL)
          : null;
    }
    double s = similarity(a, b);
    if (s < MIN_PAIR) {
      return null;
    }
    return new Pair(i, i, j, j, s, lastMethod(a, b, s));
  }

  /** Similarity of two name parts, 0-1 (below {@link #MIN_PAIR} means no match). */
  public static double similarity(NameToken a, NameToken b) {
    if (a.text().equals(b.text())) {
      return 1.0;
    }
    if (a.ascii().equals(b.ascii())) {
      return 0.98;
    }
    if (a.key().equals(b.key())) {
      return 0.95;
    }
    if (a.stem().length() >= 3 && a.stem().equals(b.stem())) {
      return 0.9;
    }
    if (a.abjad() || b.abjad()) {
      return abjadSimilarity(a, b);
    }
    double best = 0;
    int len = Math.max(a.key().length(), b.key().length());
    int max = len <= 3 ? 0 : len <= 5 ? 1 : len <= 8 ? 2 : 3;
    if (max > 0) {
      int d = EditDistance.within(a.key(), b.key(), max);
      if (d <= max) {
        best = 1.0 - (double) d / len;
      }
      int ds = EditDistance.within(a.stem(), b.stem(), max);
      if (ds <= max) {
        best = Math.max(best, 1.0 - (double) ds / Math.max(a.stem().length(), b.stem().length()) - 0.02);
      }
    }
    if (a.skeleton().length() >= 3
        && a.skeleton().equals(b.skeleton())
        && sameStart(a.key(), b.key())) {
      best = Math.max(best, 0.82);
    }
    return best;
  }

  private static boolean sameStart(String a, String b) {
    char x = a.charAt(0);
    char y = b.charAt(0);
    return x == y || (isVowel(x) && isVowel(y));
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  private static double abjadSimilarity(NameToken a, NameToken b) {
    String x = a.abjad() ? a.skeleton() : org.kuzet.engine.screening.text.Keys.skeleton(a.key(), true);
    String y = b.abjad() ? b.skeleton() : org.kuzet.engine.screening.text.Keys.skeleton(b.key(), true);
    if (x.length() < 2) {
      return 0;
    }
    if (x.equals(y)) {
      return 0.88;
    }
    if (Math.min(x.length(), y.length()) >= 4 && EditDistance.within(x, y, 1) <= 1) {
      return 0.78;
    }
    return 0;
  }

  private static MatchMethod lastMethod(NameToken a, NameToken b, double s) {
    if (a.text().equals(b.text())) {
      return MatchMethod.EXACT;
    }
    if (a.ascii().equals(b.ascii()) || a.key().equals(b.key())) {
      return MatchMethod.TRANSLITERATION;
    }
    if (a.stem().equals(b.stem())) {
      return MatchMethod.ENDING;
    }
    if (a.abjad() || b.abjad()) {
      return MatchMethod.PHONETIC;
    }
    if (s == 0.82 && a.skeleton().equals(b.skeleton())) {
      return MatchMethod.PHONETIC;
    }
    return MatchMethod.EDIT_DISTANCE;
  }

  /**
   * Pairs of one part on side {@code x} with two or three neighbouring parts on side {@code y}
   * written apart (SergeiLavrov / Sergei Lavrov, vanderbilt / van der bilt).
   */
  private static void joined(List<NameToken> x, List<NameToken> y, boolean swapped, List<Pair> out) {
    boolean any = false;
    for (NameToken a : x) {
      any |= joinable(a);
    }
    if (!any || y.size() < 2) {
      return;
    }
    for (int j = 0; j + 1 < y.size(); j++) {
      StringBuilder joinedAscii = new StringBuilder(y.get(j).ascii());
      boolean shortPart = y.get(j).ascii().length() < 2;
      for (int k = j + 1; k < Math.min(y.size(), j + 3); k++) {
        joinedAscii.append(y.get(k).ascii());
        shortPart |= y.get(k).ascii().length() < 2;
        String key = org.kuzet.engine.screening.text.Keys.fold(joinedAscii.toString());
        for (int i = 0; i < x.size(); i++) {
          NameToken a = x.get(i);
          if (!joinable(a) || Math.abs(a.key().length() - key.length()) > 1) {
            continue;
          }
          double s = 0;
          if (key.equals(a.key())) {
            s = 0.95;
          } else if (!shortPart && key.length() >= 8 && EditDistance.within(key, a.key(), 1) <= 1) {
            s = 0.85;
          }
          if (s > 0) {
            out.add(swapped
                ? new Pair(j, k, i, i, s, MatchMethod.JOINED)
                : new Pair(i, i, j, k, s, MatchMethod.JOINED));
          }
        }
      }
    }
  }

  private static boolean joinable(NameToken a) {
    return (a.role() == TokenRole.NAME || a.role() == TokenRole.LEGAL_FORM) && a.key().length() >= 3;
  }
}
