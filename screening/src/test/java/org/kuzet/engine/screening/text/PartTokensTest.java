package org.kuzet.engine.screening.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartTokensTest {

  @Test
  void aLegalFormTakesItsShortFormAsEveryKey() {
    NameToken t = PartTokens.token(new RawPart("тоо", false), "too");
    assertThat(t.role()).isEqualTo(TokenRole.LEGAL_FORM);
    assertThat(t.ascii()).isEqualTo("llp");
    assertThat(t.key()).isEqualTo("llp");
    assertThat(t.text()).isEqualTo("тоо");
  }

  @Test
  void aParticleTakesItsCanonicalKey() {
    NameToken t = PartTokens.token(new RawPart("ibn", false), "ibn");
    assertThat(t.role()).isEqualTo(TokenRole.PARTICLE);
    assertThat(t.ascii()).isEqualTo("ibn");
    assertThat(t.key()).isEqualTo("bin");
  }

  @Test
  void oneDottedLetterIsAnInitialNotAParticle() {
    assertThat(PartTokens.token(new RawPart("y", true), "y").role()).isEqualTo(TokenRole.INITIAL);
    assertThat(PartTokens.token(new RawPart("y", false), "y").role()).isEqualTo(TokenRole.PARTICLE);
    assertThat(PartTokens.token(new RawPart("ш", false), "sh").role()).isEqualTo(TokenRole.INITIAL);
  }

  @Test
  void aNamePartHasItsKeysAndKnowsAPatronymic() {
    NameToken name = PartTokens.token(new RawPart("ivanov", false), "ivanov");
    assertThat(name.role()).isEqualTo(TokenRole.NAME);
    assertThat(name.key()).isEqualTo(Keys.fold("ivanov"));
    assertThat(name.stem()).isEqualTo(Keys.stem(name.key()));
    assertThat(name.patronymic()).isFalse();
    assertThat(PartTokens.token(new RawPart("ivanovich", false), "ivanovich").patronymic())
        .isTrue();
  }

  @Test
  void abjadAndDottedPartsAreMarked() {
    assertThat(PartTokens.token(new RawPart("محمد", false), "mhmd").abjad()).isTrue();
    assertThat(PartTokens.token(new RawPart("abc", false, true), "abc").dottedInitials()).isTrue();
  }

  @Test
  void aLetterTakenFromInitialsIsAnInitialInAscii() {
    NameToken t = PartTokens.initial('Ш');
    assertThat(t.text()).isEqualTo("ш");
    assertThat(t.ascii()).isEqualTo("sh");
    assertThat(t.role()).isEqualTo(TokenRole.INITIAL);
    assertThat(t.dottedInitials()).isTrue();
    assertThat(PartTokens.initial('A').key()).isEqualTo("a");
  }
}
