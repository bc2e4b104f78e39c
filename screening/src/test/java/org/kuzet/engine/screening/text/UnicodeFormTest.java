package org.kuzet.engine.screening.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnicodeFormTest {

  @Test
  void compatibilityFormsReadAsTheirPlainLetters() {
    assertThat(UnicodeForm.apply("ＩＶＡＮＯＶ")).isEqualTo("IVANOV");
    assertThat(UnicodeForm.apply("ﬁrst")).isEqualTo("first");
  }

  @Test
  void composedAndDecomposedLettersAreOne() {
    assertThat(UnicodeForm.apply("Й")).isEqualTo("Й");
  }

  @Test
  void aNameLongerThanTheLimitIsCut() {
    String longName = "a".repeat(NameNormaliser.MAX_CHARS + 40);
    assertThat(UnicodeForm.apply(longName)).hasSize(NameNormaliser.MAX_CHARS);
    assertThat(UnicodeForm.apply("Ivanov")).isEqualTo("Ivanov");
  }
}
