package org.kuzet.engine.screening.score;

import java.util.List;
import java.util.Set;
import org.kuzet.engine.screening.score.NameMatcher.Pair;
import org.kuzet.engine.screening.text.NameToken;
import org.kuzet.engine.screening.text.TokenRole;

/** "A bin B" is A, son of B: whether two names swapped the son and the father. */
final class FilialParticles {

  private FilialParticles() {}

  private static final Set<String> FILIAL = Set.of("bin", "ibn", "ben", "bint", "binti", "uld");

  /**
   * The position of the first filial particle (bin, ibn, ben, bint, ould) between two parts, or -1.
   */
  private static int filial(List<NameToken> t) {
    for (int i = 1; i + 1 < t.size(); i++) {
      if (t.get(i).role() == TokenRole.PARTICLE && FILIAL.contains(t.get(i).key())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether the parts next to a filial particle changed sides: the part before it on one side
   * paired with the part after it on the other.
   */
  static boolean filialSwap(List<NameToken> q, List<NameToken> l, List<Pair> chosen) {
    int qb = filial(q);
    int lb = filial(l);
    if (qb < 0 || lb < 0) {
      return false;
    }
    for (Pair p : chosen) {
      if ((p.q1() == qb - 1 && p.l0() == lb + 1) || (p.q0() == qb + 1 && p.l1() == lb - 1)) {
        return true;
      }
    }
    return false;
  }
}
