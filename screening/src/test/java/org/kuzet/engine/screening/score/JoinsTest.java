package org.kuzet.engine.screening.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kuzet.engine.screening.MatchMethod;
import org.kuzet.engine.screening.score.NameMatcher.Pair;
import org.kuzet.engine.screening.text.NameNormaliser;
import org.kuzet.engine.screening.text.NameToken;

/** Neighbouring parts written together, and their pairs with one part on the other side. */
class JoinsTest {

  private static List<NameToken> tokens(String name) {
    return NameNormaliser.tokens(name);
  }

  @Test
  void runsOfTwoAndThreeNeighbours() {
    Joins joins = Joins.of(tokens("Abdul Rahman Yasin"));
    // ab, abc, bc: 2n - 3 runs
    assertThat(joins.from()).containsExactly(0, 0, 1);
    assertThat(joins.to()).containsExactly(1, 2, 2);
    assertThat(joins.keys()[0]).isEqualTo("abdulrahman");
    assertThat(joins.parts()).hasSize(3);
    assertThat(Joins.of(tokens("Rahman")).keys()).isEmpty();
  }

  @Test
  void aOneLetterPartMarksItsRuns() {
    Joins joins = Joins.of(tokens("Yunus B Khan"));
    assertThat(joins.shortPart()).containsExactly(true, true, true);
    assertThat(Joins.of(tokens("Yunus Bek Khan")).shortPart()).containsExactly(false, false, false);
  }

  @Test
  void onePartPairsWithTheRunWrittenApart() {
    List<Pair> out = new ArrayList<>();
    Joins.joined(tokens("Abdulrahman Yasin"), Joins.of(tokens("Abdul Rahman Yasin")), false, out);
    assertThat(out).containsExactly(new Pair(0, 0, 0, 1, 0.95, MatchMethod.JOINED));
  }

  @Test
  void aSlipInALongRunPairsLower() {
    List<Pair> out = new ArrayList<>();
    Joins.joined(tokens("Abdulrahmon"), Joins.of(tokens("Abdul Rahman")), false, out);
    assertThat(out).containsExactly(new Pair(0, 0, 0, 1, 0.85, MatchMethod.JOINED));
  }

  @Test
  void swappedSidesPutTheRunOnTheQuery() {
    List<Pair> out = new ArrayList<>();
    Joins.joined(tokens("Abdulrahman Yasin"), Joins.of(tokens("Abdul Rahman Yasin")), true, out);
    assertThat(out).containsExactly(new Pair(0, 1, 0, 0, 0.95, MatchMethod.JOINED));
  }

  @Test
  void aPartIsNotPairedWithARunHoldingItself() {
    // kk yamateru folds to kyamateru, one letter from yamateru, but yamateru is itself a part of
    // the run: the parts pair one by one instead
    List<Pair> out = new ArrayList<>();
    Joins.joined(tokens("yamateru"), Joins.of(tokens("kk yamateru")), false, out);
    assertThat(out).isEmpty();
    Joins.joined(tokens("kyamateru"), Joins.of(tokens("kk yamateru")), false, out);
    assertThat(out).containsExactly(new Pair(0, 0, 0, 1, 0.95, MatchMethod.JOINED));
  }
}
