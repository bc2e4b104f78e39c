package org.kuzet.engine.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Supporting facts come as parts (kind, outcome, the query's and the list's value, points), so a
 * user interface can word them in its own language; {@link Explanation.Evidence#detail()} and
 * {@link Explanation#render()} keep the English wording of the command line.
 */
class EvidenceTest {

  private static final ScreeningEngine ENGINE = ScreeningFixtures.engine();

  private static Explanation.Evidence evidence(
      ScreeningQuery query, Explanation.EvidenceKind kind) {
    return ENGINE.screen(query, 0, 5).stream()
        .filter(h -> h.entryId().equals("KZ-001"))
        .findFirst()
        .orElseThrow()
        .explanation()
        .evidence()
        .stream()
        .filter(e -> e.kind() == kind)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void birthDateOutcomes() {
    Explanation.Evidence same =
        evidence(
            new ScreeningQuery("Serikbaev Nurlan", BirthDate.parse("1975-03-02"), null, null),
            Explanation.EvidenceKind.BIRTH_DATE);
    assertThat(same)
        .isEqualTo(
            new Explanation.Evidence(
                Explanation.EvidenceKind.BIRTH_DATE,
                10,
                Explanation.Outcome.SAME_DATE,
                "1975-03-02",
                "1975-03-02"));
    assertThat(same.detail()).isEqualTo("born 1975-03-02, as listed");

    Explanation.Evidence year =
        evidence(
            new ScreeningQuery("Serikbaev Nurlan", BirthDate.parse("1975"), null, null),
            Explanation.EvidenceKind.BIRTH_DATE);
    assertThat(year.outcome()).isEqualTo(Explanation.Outcome.SAME_YEAR);
    assertThat(year.points()).isEqualTo(5);
    assertThat(year.queryValue()).isEqualTo("1975");
    assertThat(year.listValue()).isEqualTo("1975-03-02");

    Explanation.Evidence close =
        evidence(
            new ScreeningQuery("Serikbaev Nurlan", BirthDate.parse("1976"), null, null),
            Explanation.EvidenceKind.BIRTH_DATE);
    assertThat(close.outcome()).isEqualTo(Explanation.Outcome.CLOSE);
    assertThat(close.points()).isZero();
    assertThat(close.detail()).isEqualTo("born 1976, list says 1975-03-02 (close)");

    Explanation.Evidence other =
        evidence(
            new ScreeningQuery("Serikbaev Nurlan", BirthDate.parse("1990-01-01"), null, null),
            Explanation.EvidenceKind.BIRTH_DATE);
    assertThat(other.outcome()).isEqualTo(Explanation.Outcome.DIFFERENT);
    assertThat(other.points()).isEqualTo(-15);
  }

  @Test
  void nationalityAndDocumentOutcomes() {
    Explanation.Evidence among =
        evidence(
            new ScreeningQuery("Nurlan Serikbaev", null, "Казахстан", null),
            Explanation.EvidenceKind.NATIONALITY);
    assertThat(among)
        .isEqualTo(
            new Explanation.Evidence(
                Explanation.EvidenceKind.NATIONALITY,
                5,
                Explanation.Outcome.AMONG_LISTED,
                "KZ",
                "Kazakhstan"));
    Explanation.Evidence not =
        evidence(
            new ScreeningQuery("Nurlan Serikbaev", null, "Uzbekistan", null),
            Explanation.EvidenceKind.NATIONALITY);
    assertThat(not.outcome()).isEqualTo(Explanation.Outcome.NOT_LISTED);
    assertThat(not.points()).isEqualTo(-5);
    assertThat(not.detail()).isEqualTo("nationality UZ is not among the list's Kazakhstan");

    Explanation.Evidence document =
        evidence(
            new ScreeningQuery("Nurlan Serikbaev", null, null, "n 1234 5678"),
            Explanation.EvidenceKind.DOCUMENT);
    assertThat(document)
        .isEqualTo(
            new Explanation.Evidence(
                Explanation.EvidenceKind.DOCUMENT,
                20,
                Explanation.Outcome.SAME_NUMBER,
                "N12345678",
                ""));
  }

  @Test
  void renderedTextKeepsTheEnglishWording() {
    ScreeningHit hit =
        ENGINE
            .screen(
                new ScreeningQuery("Nurlan Serikbaev", BirthDate.parse("1975-03-02"), "KZ", null),
                0,
                5)
            .get(0);
    assertThat(hit.explanation().render())
        .contains("  birth date: born 1975-03-02, as listed +10\n")
        .contains("  nationality: nationality KZ is among the list's Kazakhstan +5\n");
  }
}
