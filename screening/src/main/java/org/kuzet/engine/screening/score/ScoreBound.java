package org.kuzet.engine.screening.score;

import java.util.List;
import org.kuzet.engine.screening.MatchMethod;
import org.kuzet.engine.screening.score.NameMatcher.Pair;
import org.kuzet.engine.screening.text.NameToken;

/** The highest name score a set of candidate pairs allows (see {@link #bound}). */
final class ScoreBound {

  private ScoreBound() {}

  /**
   * The highest score the candidate pairs allow, whichever of them are chosen: the score is Σ sim·w
   * over the parts paired / (Σ w over the parts paired + Σ w·f over the parts left), and the caps
   * only lower it. Each part, when paired, adds at most its best pair's similarity times its weight
   * above the line and its weight below; left over, it adds w·f below, f being at least 0.3 for a
   * patronymic and 0.4 for any other part (see {@link NameMatcher}). The best ratio over every
   * choice of parts is found by Dinkelbach's method: with R the ratio so far, a part is paired when
   * its best similarity beats R·(1 − f), until R stops rising. A match on initials may score above
   * its ratio ({@link NameMatcher#INITIALS_ONLY}), so a name with an initial pair is never bounded.
   */
  static double bound(List<NameToken> q, List<NameToken> l, List<Pair> candidates) {
    int nq = q.size();
    int n = nq + l.size();
    double[] best = new double[n];
    for (int c = 0, size = candidates.size(); c < size; c++) {
      Pair p = candidates.get(c);
      if (p.method() == MatchMethod.INITIAL) {
        return Double.MAX_VALUE;
      }
      for (int i = p.q0(); i <= p.q1(); i++) {
        best[i] = Math.max(best[i], p.sim());
      }
      for (int j = p.l0(); j <= p.l1(); j++) {
        best[nq + j] = Math.max(best[nq + j], p.sim());
      }
    }
    double[] weight = new double[n];
    double[] leftFactor = new double[n];
    for (int t = 0; t < n; t++) {
      NameToken token = t < nq ? q.get(t) : l.get(t - nq);
      weight[t] = token.weight();
      leftFactor[t] = token.patronymic() ? NameMatcher.MISSING_PATRONYMIC : NameMatcher.MISSING;
    }
    double ratio = 0;
    for (int round = 0; round <= n; round++) {
      double above = 0;
      double below = 0;
      for (int t = 0; t < n; t++) {
        if (best[t] > 0 && best[t] > ratio * (1 - leftFactor[t])) {
          above += best[t] * weight[t];
          below += weight[t];
        } else {
          below += leftFactor[t] * weight[t];
        }
      }
      double next = below == 0 ? 0 : above / below;
      if (next <= ratio) {
        break;
      }
      ratio = next;
    }
    return ratio;
  }
}
