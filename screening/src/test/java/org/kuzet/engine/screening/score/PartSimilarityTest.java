package org.kuzet.engine.screening.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kuzet.engine.screening.MatchMethod;
import org.kuzet.engine.screening.score.NameMatcher.Pair;
import org.kuzet.engine.screening.text.NameNormaliser;
import org.kuzet.engine.screening.text.NameToken;

/** The similarity of one query part to one list part, and the pair it makes. */
class PartSimilarityTest {

  private static NameToken part(String name) {
    return NameNormaliser.tokens(name).get(0);
  }

  private static NameToken queryPart(String name) {
    return NameNormaliser.queryTokens(name).get(0);
  }

  @Test
  void sameTextAsciiKeyAndStemInThatOrder() {
    assertThat(PartSimilarity.similarity(part("Sergei"), part("Sergei"))).isEqualTo(1.0);
    assertThat(PartSimilarity.similarity(part("Sergéi"), part("Sergei"))).isEqualTo(0.98);
    assertThat(PartSimilarity.similarity(part("Sergey"), part("Sergei"))).isEqualTo(0.95);
    assertThat(PartSimilarity.similarity(part("Ivanova"), part("Ivanov"))).isEqualTo(0.9);
  }

  @Test
  void aKnownNameIsNoMisspellingOfAnother() {
    // one consonant apart: a slip in an unknown word, another name when judged strictly
    assertThat(PartSimilarity.similarity(part("Pulin"), part("Putin"), false)).isEqualTo(0.8);
    assertThat(PartSimilarity.similarity(part("Kozlov"), part("Kislov"), true))
        .isLessThan(NameMatcher.MIN_PAIR);
  }

  @Test
  void aSurnameIsNoPatronymic() {
    assertThat(PartSimilarity.similarity(part("Nikolaeva"), part("Nikolayevna"), false)).isZero();
  }

  @Test
  void pairsSayHowTheyMatched() {
    assertThat(PartSimilarity.single(part("Sergey"), part("Sergei"), 1, 2, true))
        .isEqualTo(new Pair(1, 1, 2, 2, 0.95, MatchMethod.TRANSLITERATION));
    assertThat(PartSimilarity.single(part("Ivanova"), part("Ivanov"), 0, 0, true).method())
        .isEqualTo(MatchMethod.ENDING);
    assertThat(PartSimilarity.single(part("Smirnov"), part("Ivanov"), 0, 0, true)).isNull();
  }

  @Test
  void anInitialStandsForAPartOfItsLetter() {
    NameToken initial = NameNormaliser.initial('S');
    assertThat(PartSimilarity.single(initial, part("Sergei"), 0, 0, true))
        .isEqualTo(new Pair(0, 0, 0, 0, 0.8, MatchMethod.INITIAL));
    assertThat(PartSimilarity.single(initial, part("Ivan"), 0, 0, true)).isNull();
    // Ш. for Shamil: the first letter of the fold key
    assertThat(PartSimilarity.single(NameNormaliser.initial('Ш'), part("Shamil"), 0, 0, true))
        .isNotNull();
  }

  @Test
  void aQueryReadingInAnotherRomanisationCountsAsATransliteration() {
    // German Schtschukin read back as Shchukin
    assertThat(PartSimilarity.similarity(queryPart("Schtschukin"), part("Shchukin"), false))
        .isEqualTo(0.95);
  }

  @Test
  void twoSpellingsInOneForeignScriptCompareLetterByLetter() {
    assertThat(PartSimilarity.similarity(part("高石早苗"), part("高市早苗"), false))
        .isLessThan(1.0)
        .isEqualTo(0.75);
  }
}
