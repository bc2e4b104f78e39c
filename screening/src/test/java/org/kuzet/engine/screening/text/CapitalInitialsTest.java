package org.kuzet.engine.screening.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CapitalInitialsTest {

  @Test
  void capitalsBesideALongerWordAreDottedInitials() {
    assertThat(CapitalInitials.apply("ПЕТРОВ АВ")).isEqualTo("ПЕТРОВ А.В.");
    assertThat(CapitalInitials.apply("Bobkov SA")).isEqualTo("Bobkov S.A.");
    assertThat(CapitalInitials.apply("Зленко ЕГ")).isEqualTo("Зленко Е.Г.");
  }

  @Test
  void afterASurnameCapitalsAreInitialsEvenWhereTheySpellAParticle() {
    assertThat(CapitalInitials.apply("Rogozin DO")).isEqualTo("Rogozin D.O.");
  }

  @Test
  void particlesHyphenatedNamesAndSurnamesBeforeACommaStayWords() {
    assertThat(CapitalInitials.apply("AL SHIBH")).isEqualTo("AL SHIBH");
    assertThat(CapitalInitials.apply("AL-WAZ MUHAMMAD")).isEqualTo("AL-WAZ MUHAMMAD");
    assertThat(CapitalInitials.apply("RI, Che-Son")).isEqualTo("RI, Che-Son");
    assertThat(CapitalInitials.apply("KALEDINA DE")).isEqualTo("KALEDINA DE");
  }

  @Test
  void inANameAllInCapitalsOnlyTwoCapitalsAreInitials() {
    assertThat(CapitalInitials.apply("IVANOV SS")).isEqualTo("IVANOV S.S.");
    assertThat(CapitalInitials.apply("KIM JONG")).isEqualTo("KIM JONG");
  }

  @Test
  void withoutALongerWordOrAlreadyDottedNothingChanges() {
    assertThat(CapitalInitials.apply("LI AB")).isEqualTo("LI AB");
    assertThat(CapitalInitials.apply("Petrov A.B.")).isEqualTo("Petrov A.B.");
    assertThat(CapitalInitials.apply("Ivanov")).isEqualTo("Ivanov");
  }
}
