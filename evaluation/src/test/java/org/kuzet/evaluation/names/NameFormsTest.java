package org.kuzet.evaluation.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NameFormsTest {

  private static final CyrillicName PETROV =
      new CyrillicName("Петров", List.of("Алексей"), "Владимирович");

  @Test
  void cyrillicInitialsInEveryOrderAndSpacing() {
    RenderedName name = RenderedName.of(PETROV, RomanisationSystem.CYRILLIC, new Random(1));
    assertThat(NameForms.initialsLayouts(name))
        .contains(
            "ПЕТРОВ А.В.",
            "Петров А. В.",
            "А.В. Петров",
            "А. В. Петров",
            "Петров, А.В.",
            "Петров АВ",
            "Петров А",
            "А. Петров");
  }

  @Test
  void latinInitialsFollowTheSystem() {
    RenderedName bgn = RenderedName.of(PETROV, RomanisationSystem.BGN_PCGN, new Random(1));
    assertThat(NameForms.initialsLayouts(bgn)).contains("A.V. Petrov", "Petrov A", "PETROV A.V.");
    RenderedName german =
        RenderedName.of(
            new CyrillicName("Жуков", List.of("Юрий"), "Васильевич"),
            RomanisationSystem.GERMAN,
            new Random(1));
    assertThat(NameForms.initialsLayouts(german)).contains("J.W. Shukow");
  }

  @Test
  void withoutPatronymicOnlyTheGivenInitial() {
    RenderedName name = new RenderedName("Petrov", List.of("Aleksei"), "");
    assertThat(NameForms.initialsLayouts(name))
        .containsExactly("Petrov A", "Petrov A.", "A. Petrov", "A Petrov");
  }

  @Test
  void fullAndSurnameFirst() {
    RenderedName name = RenderedName.of(PETROV, RomanisationSystem.ICAO_2013, new Random(1));
    assertThat(NameForms.full(name)).isEqualTo("ALEKSEI VLADIMIROVICH PETROV");
    assertThat(NameForms.surnameFirst(name, new Random(3)))
        .isIn("PETROV ALEKSEI VLADIMIROVICH", "PETROV, ALEKSEI VLADIMIROVICH");
  }
}
