package org.kuzet.engine.screening.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The costs of OCR misreadings and of a typist's slips. */
class EditDistanceTest {

  @Test
  void ocrReadsTwoLettersForOne() {
    // rn for m and cl for d, each way round, cost one look-alike
    assertThat(EditDistance.weighted("kurnarov", "kumarov", 3)).isEqualTo(EditDistance.LOOKALIKE);
    assertThat(EditDistance.weighted("abclulaev", "abdulaev", 3)).isEqualTo(EditDistance.LOOKALIKE);
    assertThat(EditDistance.weighted("abdulaev", "abclulaev", 3)).isEqualTo(EditDistance.LOOKALIKE);
    // c and l apart are no d
    assertThat(EditDistance.weighted("abculaev", "abdulaev", 3))
        .isGreaterThan(EditDistance.LOOKALIKE);
  }

  @Test
  void ocrTakesOForD() {
    assertThat(EditDistance.weighted("nurmurao", "nurmurad", 3)).isEqualTo(EditDistance.LOOKALIKE);
  }

  @Test
  void aMisreadLetterIsOneSlipLikeANeighbouringKey() {
    // V for U (OCR) and O for D (OCR): two slips
    assertThat(EditDistance.typed("nurmvrao", "nurmurad", 2)).isEqualTo(2);
    // m/n and l/k are keys next to each other: two slips as before
    assertThat(EditDistance.typed("kamolov", "kanokov", 2)).isEqualTo(2);
    // t for d and e for a lie apart on the keyboard and are no OCR look-alikes
    assertThat(EditDistance.typed("ahmetova", "ahmadova", 2)).isGreaterThan(2);
  }
}
