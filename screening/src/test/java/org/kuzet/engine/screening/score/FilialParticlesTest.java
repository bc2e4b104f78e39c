package org.kuzet.engine.screening.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kuzet.engine.screening.MatchMethod;
import org.kuzet.engine.screening.score.NameMatcher.Pair;
import org.kuzet.engine.screening.text.NameNormaliser;
import org.kuzet.engine.screening.text.NameToken;

/** "A bin B" names A, son of B: the son and the father must not change sides. */
class FilialParticlesTest {

  private static final List<NameToken> SALMAN_BIN_MUHAMMAD =
      NameNormaliser.tokens("Salman bin Muhammad");
  private static final List<NameToken> MUHAMMAD_BIN_SALMAN =
      NameNormaliser.tokens("Muhammad bin Salman");

  private static Pair pair(int q, int l) {
    return new Pair(q, q, l, l, 1.0, MatchMethod.EXACT);
  }

  @Test
  void theSonPairedWithTheFatherIsASwap() {
    assertThat(
            FilialParticles.filialSwap(
                SALMAN_BIN_MUHAMMAD, MUHAMMAD_BIN_SALMAN, List.of(pair(0, 2), pair(2, 0))))
        .isTrue();
  }

  @Test
  void eachInHisPlaceIsNoSwap() {
    assertThat(
            FilialParticles.filialSwap(
                SALMAN_BIN_MUHAMMAD, SALMAN_BIN_MUHAMMAD, List.of(pair(0, 0), pair(2, 2))))
        .isFalse();
  }

  @Test
  void withoutAFilialParticleOnBothSidesNothingSwaps() {
    assertThat(
            FilialParticles.filialSwap(
                NameNormaliser.tokens("Salman Muhammad"),
                MUHAMMAD_BIN_SALMAN,
                List.of(pair(0, 2), pair(1, 0))))
        .isFalse();
  }
}
