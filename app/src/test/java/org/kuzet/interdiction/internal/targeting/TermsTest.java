package org.kuzet.interdiction.internal.targeting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rule words and what officers type meet in one spelling, whatever the script. */
class TermsTest {

  @Test
  void cyrillicPlacesFoldToTheLatinSpellingOnRoadSigns() {
    assertThat(Terms.fold("Душанбе")).isEqualTo(Terms.fold("Dushanbe")).isEqualTo("dushanbe");
    assertThat(Terms.fold("Хорог")).isEqualTo(Terms.fold("Khorog"));
    assertThat(Terms.fold("Ош")).isEqualTo(Terms.fold("OSH"));
    assertThat(Terms.fold("  Каракол ")).isEqualTo("karakol");
  }

  @Test
  void kazakhLettersRussianLacksStillFold() {
    String kazakh = Terms.fold("қауын");
    assertThat(kazakh).matches("[a-z]+").isEqualTo(Terms.fold("ҚАУЫН"));
    assertThat(Terms.fold("Тоқмақ")).matches("[a-z]+");
  }

  @Test
  void aRulesTermsCountAsItsWordsInEveryLanguage() {
    var rule =
        new Rule(
            "CARGO",
            RuleKind.CARGO_WORDS,
            "melons, dried fruit",
            10,
            true,
            "d",
            "дыня, дыни, қауын");
    assertThat(rule.matchable())
        .contains("melons", "dried fruit", Terms.fold("дыни"), Terms.fold("қауын"));
    // A word of the list is not a word of another: onions are no melons in any script.
    assertThat(rule.matchable()).doesNotContain(Terms.fold("лук"));
  }
}
