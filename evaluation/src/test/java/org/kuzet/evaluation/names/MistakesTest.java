package org.kuzet.evaluation.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Typing, OCR and mixed-script mistakes keep to their stated sizes. */
class MistakesTest {

  @Test
  void typoCountScalesWithLength() {
    Random random = new Random(11);
    for (int i = 0; i < 200; i++) {
      assertThat(Typos.editsFor(3, random)).isZero();
      assertThat(Typos.editsFor(6, random)).isEqualTo(1);
      assertThat(Typos.editsFor(10, random)).isBetween(1, 2);
    }
  }

  @Test
  void typosChangeTheWordByAtMostTheirCountAndKeepTheFirstLetter() {
    Random random = new Random(5);
    for (String word : new String[] {"Kuznetsov", "Petrov", "Кузнецов", "Abdurakhmanov"}) {
      for (int i = 0; i < 200; i++) {
        int edits = Typos.editsFor(word.length(), random);
        String typed = Typos.misspell(word, edits, random);
        assertThat(typed).isNotEqualTo(word).startsWith(word.substring(0, 1));
        // A swap of two letters counts two in Levenshtein distance.
        assertThat(NameNormaliser.distance(typed, word)).isBetween(1, 2 * edits);
      }
    }
  }

  @Test
  void keyboardNeighboursAreAdjacentKeys() {
    Random random = new Random(2);
    for (int i = 0; i < 100; i++) {
      assertThat("qwsz").contains(String.valueOf(Typos.neighbour('a', random)));
      assertThat("йцыя").contains(String.valueOf(Typos.neighbour('ф', random)));
      assertThat(Character.isUpperCase(Typos.neighbour('K', random))).isTrue();
    }
  }

  @Test
  void ocrConfusesLookAlikeGlyphs() {
    Random random = new Random(3);
    String read = OcrConfusions.misread("MIRONOV SIMON", random);
    assertThat(read).isNotEqualTo("MIRONOV SIMON").startsWith("M");
    // The only confusable glyph in this name is m, read as rn.
    assertThat(OcrConfusions.misread("Rahman", new Random(1))).isEqualTo("Rahrnan");
  }

  @Test
  void mixedScriptPutsOtherScriptLettersInOneWordAndFoldsBack() {
    Random random = new Random(9);
    for (int i = 0; i < 50; i++) {
      String mixed = MixedScript.mix("Kuznetsova", random);
      assertThat(Scripts.hasCyrillic(mixed)).isTrue();
      assertThat(Scripts.hasLatin(mixed)).isTrue();
      assertThat(MixedScript.foldToMajorityScript(mixed)).isEqualTo("Kuznetsova");
      String cyrillic = MixedScript.mix("Кузнецова", random);
      assertThat(Scripts.hasLatin(cyrillic)).isTrue();
      assertThat(MixedScript.foldToMajorityScript(cyrillic)).isEqualTo("Кузнецова");
    }
  }
}
