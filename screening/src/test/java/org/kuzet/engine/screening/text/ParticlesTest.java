package org.kuzet.engine.screening.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParticlesTest {

  @Test
  void spellingsOfOneParticleShareOneKey() {
    assertThat(Particles.canonical("el")).isEqualTo("al");
    assertThat(Particles.canonical("ash")).isEqualTo("al");
    assertThat(Particles.canonical("ibn")).isEqualTo("bin");
    assertThat(Particles.canonical("von")).isEqualTo("van");
    assertThat(Particles.canonical("binti")).isEqualTo("bint");
  }

  @Test
  void aNameIsNoParticle() {
    assertThat(Particles.canonical("ivan")).isNull();
    assertThat(Particles.isParticle("ivan")).isFalse();
    assertThat(Particles.isParticle("de")).isTrue();
  }
}
