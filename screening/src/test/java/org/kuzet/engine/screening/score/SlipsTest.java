package org.kuzet.engine.screening.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kuzet.engine.screening.text.NameNormaliser;

/** The slips a misspelt part may carry and the two slips of a typist's hand. */
class SlipsTest {

  @Test
  void theAllowanceGrowsWithTheWord() {
    assertThat(Slips.unknownAllowance(5)).isZero();
    assertThat(Slips.unknownAllowance(6)).isEqualTo(0.5);
    assertThat(Slips.unknownAllowance(8)).isEqualTo(0.5);
    assertThat(Slips.unknownAllowance(9)).isEqualTo(1.0);
  }

  @Test
  void twoSlipsOfTheHandAtMostOneInTheConsonants() {
    assertThat(Slips.slipsOfTheHand("kubranof", "kurbanov")).isTrue();
    assertThat(Slips.slipsOfTheHand("haomov", "halimov")).isTrue();
    // two consonants changed: another name
    assertThat(Slips.slipsOfTheHand("kamolov", "kanokov")).isFalse();
    // keys far apart
    assertThat(Slips.slipsOfTheHand("ahmetova", "ahmadova")).isFalse();
  }

  @Test
  void slipsAreCountedInTheShortestReading() {
    // the query's own key, or a romanisation reading of four letters or more if shorter
    assertThat(Slips.queryKeyLength(NameNormaliser.tokens("Ivanov").get(0))).isEqualTo(6);
    assertThat(Slips.queryKeyLength(NameNormaliser.queryTokens("Kibalieŭ").get(0)))
        .isLessThan(NameNormaliser.queryTokens("Kibalieŭ").get(0).key().length());
  }
}
