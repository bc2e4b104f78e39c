package org.kuzet.engine.screening.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kuzet.engine.screening.MatchMethod;
import org.kuzet.engine.screening.score.NameMatcher.Pair;
import org.kuzet.engine.screening.text.NameNormaliser;
import org.kuzet.engine.screening.text.NameToken;

/** The highest score candidate pairs allow, however they are chosen. */
class ScoreBoundTest {

  private static List<Pair> candidates(List<NameToken> q, List<NameToken> l) {
    List<Pair> out = new ArrayList<>();
    for (int i = 0; i < q.size(); i++) {
      for (int j = 0; j < l.size(); j++) {
        Pair p = PartSimilarity.single(q.get(i), l.get(j), i, j, false);
        if (p != null) {
          out.add(p);
        }
      }
    }
    return out;
  }

  @Test
  void onePartOfTwoMetOnEachSide() {
    List<NameToken> q = NameNormaliser.tokens("Sergei Smirnov");
    List<NameToken> l = NameNormaliser.tokens("Sergei Ivanov");
    // both Sergei paired (2 above, 2 below), both surnames left at 0.4: 2 / 2.8
    assertThat(ScoreBound.bound(q, l, candidates(q, l))).isCloseTo(2 / 2.8, within(1e-12));
  }

  @Test
  void theBoundIsNeverBelowTheScore() {
    String[][] names = {
      {"Sergei Ivanov", "Sergei Ivanov"},
      {"Sergey Ivanova", "Sergei Ivanov Petrovich"},
      {"Ivan Petrov Sidorov", "Petrov Ivan"},
      {"Aleksandr Kuznetsov", "Alexander Kusnetsov"},
    };
    for (String[] pair : names) {
      List<NameToken> q = NameNormaliser.tokens(pair[0]);
      List<NameToken> l = NameNormaliser.tokens(pair[1]);
      double score = NameMatcher.compare(q, l, true, new boolean[q.size()]).score();
      assertThat(ScoreBound.bound(q, l, candidates(q, l))).isGreaterThanOrEqualTo(score - 1e-9);
    }
  }

  @Test
  void anInitialPairIsNeverBounded() {
    List<NameToken> q =
        List.of(NameNormaliser.initial('S'), NameNormaliser.tokens("Ivanov").get(0));
    List<NameToken> l = NameNormaliser.tokens("Sergei Ivanov");
    List<Pair> c = candidates(q, l);
    assertThat(c).anyMatch(p -> p.method() == MatchMethod.INITIAL);
    assertThat(ScoreBound.bound(q, l, c)).isEqualTo(Double.MAX_VALUE);
  }
}
