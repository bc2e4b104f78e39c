package org.kuzet.engine.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MatchingTest {

  private static final ScreeningEngine ENGINE = ScreeningFixtures.engine();

  private static List<ScreeningHit> screen(String name) {
    return ENGINE.screen(ScreeningQuery.of(name));
  }

  private static int best(String name, String entryId) {
    return ENGINE.screen(ScreeningQuery.of(name), 0, 50).stream()
        .filter(h -> h.entryId().equals(entryId))
        .mapToInt(ScreeningHit::score)
        .max()
        .orElse(0);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Нұрлан Әбішұлы Серікбаев", // as listed
        "Nurlan Abishuly Serikbayev", // BGN-style Latin
        "SERIKBAEV NURLAN", // reordered, no patronymic, ICAO ending
        "Serikbaev Nurlan Abishevich", // Russian-style patronymic
        "Серикбаев Нурлан", // Russian Cyrillic spelling, reordered
        "Nūrlan Äbişūly Serıkbaev", // Kazakh Latin 2021
        "Serikbayev N. A.", // initials
        "N.A. Serikbayev", // dotted initials
        "Serikbaev Nurlan", // missing patronymic
        "Nurlan Serikbaeyv", // typo (transposition)
        "Nurlan Serikbaiev", // typo / informal
        "Nurlan Abishuly Serikbaeva" // other gendered ending
      })
  void listedPersonIsFoundUnderEverySpelling(String query) {
    assertThat(screen(query)).extracting(ScreeningHit::entryId).contains("KZ-001");
  }

  @Test
  void genderedEndingMatchesTheWomanOfTheList() {
    assertThat(screen("Aigul Serikbayeva")).extracting(ScreeningHit::entryId).contains("KZ-002");
    assertThat(screen("Айгуль Серикбаева")).extracting(ScreeningHit::entryId).contains("KZ-002");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Nurlan",
        "Nurlan Akhmetov",
        "Нурлан Ахметов",
        "Serik Nurlanov",
        "Aigul Akhmetova"
      })
  void aSharedCommonFirstNameAloneDoesNotMatch(String query) {
    assertThat(screen(query)).isEmpty();
  }

  @Test
  void russianNamesMatchAcrossStandards() {
    for (String q :
        List.of(
            "Yevgeniy Viktorovich Prigozhin",
            "Evgenii Prigozhin",
            "Evgenij Prigozhin",
            "PRIGOZHIN YEVGENIY",
            "Jevgenij Prigojin",
            "Evgeny Prigozin")) {
      assertThat(screen(q)).as(q).extracting(ScreeningHit::entryId).contains("KZ-003");
    }
    assertThat(screen("Dmitriy Shcherbakov")).extracting(ScreeningHit::entryId).contains("KZ-005");
    assertThat(screen("Dmitrij Jurjevich Scherbakov"))
        .extracting(ScreeningHit::entryId)
        .contains("KZ-005");
    assertThat(screen("Yerzhan Tleubayev")).extracting(ScreeningHit::entryId).contains("KZ-006");
    assertThat(screen("Erjan Khasenovich Tleubaev"))
        .extracting(ScreeningHit::entryId)
        .contains("KZ-006");
  }

  @Test
  void differentSurnameDoesNotMatch() {
    assertThat(screen("Nurlan Abishuly Nazarbayev"))
        .extracting(ScreeningHit::entryId)
        .doesNotContain("KZ-001");
    assertThat(screen("Yevgeniy Prokhorov"))
        .extracting(ScreeningHit::entryId)
        .doesNotContain("KZ-003");
  }

  @Test
  void explanationSaysWhichPartMatchedHow() {
    ScreeningHit hit = screen("Серикбаев Нурлан").get(0);
    assertThat(hit.entryId()).isEqualTo("KZ-001");
    assertThat(hit.listName()).isEqualTo("KZ-TEST");
    assertThat(hit.listVersion()).hasSize(64);
    String text = hit.explanation().render();
    assertThat(text).contains("'серикбаев'").contains("not in the query");
    assertThat(hit.explanation().parts())
        .extracting(Explanation.PartMatch::method)
        .contains(MatchMethod.TRANSLITERATION);
  }

  @Test
  void birthDateNationalityAndDocumentMoveTheScore() {
    int plain = best("Serikbaev Nurlan", "KZ-001");
    int sameBirth =
        ENGINE
            .screen(
                new ScreeningQuery("Serikbaev Nurlan", BirthDate.parse("1975-03-02"), null, null),
                0,
                5)
            .get(0)
            .score();
    int otherBirth =
        ENGINE
            .screen(
                new ScreeningQuery("Serikbaev Nurlan", BirthDate.parse("1990-01-01"), null, null),
                0,
                5)
            .stream()
            .filter(h -> h.entryId().equals("KZ-001"))
            .findFirst()
            .orElseThrow()
            .score();
    assertThat(sameBirth).isGreaterThan(plain);
    assertThat(otherBirth).isLessThan(plain);
    ScreeningHit withAll =
        ENGINE
            .screen(new ScreeningQuery("Nurlan Serikbaev", null, "Казахстан", "n 1234 5678"), 0, 5)
            .get(0);
    assertThat(withAll.explanation().evidence())
        .extracting(Explanation.Evidence::kind)
        .containsExactlyInAnyOrder(
            Explanation.EvidenceKind.NATIONALITY, Explanation.EvidenceKind.DOCUMENT);
    assertThat(withAll.explanation().render()).contains("document number N12345678");
    int otherNation =
        ENGINE
            .screen(new ScreeningQuery("Nurlan Serikbaev", null, "Uzbekistan", null), 0, 5)
            .get(0)
            .score();
    assertThat(otherNation).isLessThan(plain);
  }

  @Test
  void hitsAreOrderedAndLimited() {
    List<ScreeningHit> hits = ENGINE.screen(ScreeningQuery.of("Serikbayev"), 0, 2);
    assertThat(hits).hasSizeLessThanOrEqualTo(2);
    assertThat(hits).isSortedAccordingTo((a, b) -> Integer.compare(b.score(), a.score()));
  }
}
