package org.kuzet.engine.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Surname and initials, as Russian documents and lists write them: every order and spacing finds
 * the listed person, says in the evidence that only initials matched, and scores below the full
 * name; a birth date confirms or refutes it; other initials, and a list name that is itself only an
 * initial and a surname, do not hit.
 */
class InitialsTest {

  private static final ScreeningEngine ENGINE = engine();

  private static ScreeningEngine engine() {
    String csv =
        String.join(
            "\n",
            "id,name,aliases,birth_date,nationality,document",
            "P-1,Петров Александр Васильевич,PETROV Aleksandr Vasilyevich,1971-03-04,RU,",
            "P-2,Измайлов Шамиль Магомедович,,1980-10-29,RU,",
            "P-3,Kuznetsov Yuri,,,,",
            "P-4,\"AHMED, A.\",,,,",
            "");
    try {
      return ScreeningEngine.of(
          Watchlists.parseNational(csv.getBytes(StandardCharsets.UTF_8), "i.csv", "I"));
    } catch (WatchlistFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Optional<ScreeningHit> hit(ScreeningQuery query, String id) {
    return ENGINE.screen(query).stream().filter(h -> h.entryId().equals(id)).findFirst();
  }

  private static Optional<ScreeningHit> hit(String name, String id) {
    return hit(ScreeningQuery.of(name), id);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Петров А.В.",
        "ПЕТРОВ А.В.",
        "Петров АВ",
        "А. В. Петров",
        "А.В. Петров",
        "A.V. Petrov",
        "Petrov A.V.",
        "PETROV A V",
        "Petrov A",
        "Petrov A.",
        "Petrow A. W."
      })
  void surnameAndInitialsFindThePersonAndSaySo(String query) {
    ScreeningHit h = hit(query, "P-1").orElseThrow(() -> new AssertionError(query + ": no hit"));
    assertThat(h.score()).as(query).isBetween(ScreeningEngine.DEFAULT_THRESHOLD, 89);
    assertThat(h.explanation().evidence())
        .as(query)
        .anySatisfy(
            e -> {
              assertThat(e.kind()).isEqualTo(Explanation.EvidenceKind.NAME_INITIALS);
              assertThat(e.outcome()).isEqualTo(Explanation.Outcome.INITIALS_ONLY);
              assertThat(e.points()).isZero();
            });
    assertThat(h.score())
        .isLessThan(hit("Petrov Aleksandr Vasilyevich", "P-1").orElseThrow().score());
  }

  @Test
  void cyrillicInitialsOfTwoLatinLettersStayOneInitialEach() {
    ScreeningHit h = hit("Измайлов Ш.М.", "P-2").orElseThrow();
    assertThat(h.explanation().unmatchedQueryParts()).isEmpty();
    assertThat(hit("Ш. М. Измайлов", "P-2")).isPresent();
    assertThat(hit("Ismailov S.M.", "P-2")).isPresent();
  }

  @Test
  void aBirthDateConfirmsOrRefutesAMatchOnInitials() {
    int alone = hit("Петров А.В.", "P-1").orElseThrow().score();
    int same =
        hit(new ScreeningQuery("Петров А.В.", BirthDate.parse("1971-03-04"), null, null), "P-1")
            .orElseThrow()
            .score();
    assertThat(same).isEqualTo(alone + 10);
    assertThat(
            hit(
                new ScreeningQuery("Петров А.В.", BirthDate.parse("1990-01-01"), null, null),
                "P-1"))
        .isEmpty();
  }

  @Test
  void otherInitialsOrAnotherSurnameDoNotHit() {
    for (String q :
        List.of("Петров И.В.", "Petrov V.A.", "Петрова А.В.", "Petrenko A.V.", "Petrov A.B.")) {
      assertThat(hit(q, "P-1")).as(q).isEmpty();
    }
  }

  @Test
  void aListNameOfAnInitialAndOnePartIsNotMetByEveryoneSharingThem() {
    assertThat(hit("Ahmed Atabiev", "P-4")).isEmpty();
    assertThat(hit("J. Kuznetsov", "P-3")).isPresent(); // J for Юрий, as GOST 16876-71 writes it
    assertThat(hit("Kuznetsov Y.", "P-3")).isPresent();
  }
}
