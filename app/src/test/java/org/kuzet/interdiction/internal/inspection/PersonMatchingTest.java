package org.kuzet.interdiction.internal.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.kuzet.identity.AgencyCode;
import org.kuzet.interdiction.LookoutId;
import org.kuzet.interdiction.internal.lookout.Lookout;
import org.kuzet.interdiction.internal.lookout.LookoutScope;
import org.kuzet.interdiction.internal.lookout.LookoutSubject;
import org.kuzet.interdiction.internal.post.NameKeys;

class PersonMatchingTest {

  static final LocalDate BORN = LocalDate.of(1985, 3, 14);

  static NewPerson person(String name, @Nullable String document, @Nullable LocalDate born) {
    return new NewPerson(
        PersonRole.DRIVER,
        name,
        document == null ? DocumentType.NONE : DocumentType.PASSPORT,
        document,
        document == null ? null : "KAZ",
        born,
        "KAZ",
        "M",
        false);
  }

  static Lookout lookout(
      long id, @Nullable String name, @Nullable LocalDate born, @Nullable String document) {
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    return new Lookout(
        new LookoutId(id),
        LookoutSubject.PERSON,
        null,
        null,
        name,
        name == null ? null : NameKeys.key(name),
        born,
        document,
        "courier",
        LookoutScope.ALL,
        null,
        Set.of(),
        "analyst.cdc",
        AgencyCode.DRUG_CONTROL_COMMITTEE,
        t,
        t.plusSeconds(86_400),
        null);
  }

  @Test
  void keysKeepEachDocumentAndNameOnceInOrderAndSkipMissingDocuments() {
    var keys =
        PersonMatching.keysOf(
            List.of(
                person("Серик Нурланов", "N1234567", BORN),
                person("Марат Тулегенов", null, null),
                person("Серик Нурланов", "N1234567", BORN)));
    assertThat(keys.documents()).containsExactly("N1234567");
    assertThat(keys.nameKeys())
        .containsExactly(NameKeys.key("Серик Нурланов"), NameKeys.key("Марат Тулегенов"));
  }

  @Test
  void aDocumentMatchesWhateverTheName() {
    assertThat(
            PersonMatching.why(
                    person("Иван Петров", "N1234567", null),
                    lookout(1, "Серик Нурланов", BORN, "N1234567"))
                .english())
        .startsWith("document number N1234567 matches; lookout #1 issued by ");
  }

  @Test
  void aNameMatchesAloneOnlyWhenTheLookoutHasNoBirthDate() {
    NewPerson p = person("Серик Нурланов", null, LocalDate.of(1990, 1, 1));
    assertThat(PersonMatching.why(p, lookout(1, "Серик Нурланов", null, null)).english())
        .startsWith("name 'Серик Нурланов' matches 'Серик Нурланов'; lookout #1 issued by ");
    assertThat(PersonMatching.why(p, lookout(2, "Серик Нурланов", BORN, null))).isNull();
    assertThat(
            PersonMatching.why(
                    person("Серик Нурланов", null, BORN), lookout(3, "Серик Нурланов", BORN, null))
                .english())
        .startsWith("name 'Серик Нурланов' and birth date 1985-03-14 match; lookout #3 issued by ");
    assertThat(PersonMatching.why(p, lookout(4, "Марат Тулегенов", null, null))).isNull();
  }

  @Test
  void countsEveryPersonAgainstEveryLookout() {
    List<NewPerson> persons =
        List.of(person("Серик Нурланов", "N1234567", BORN), person("Марат Тулегенов", null, null));
    List<Lookout> lookouts =
        List.of(
            lookout(1, null, null, "N1234567"),
            lookout(2, "Серик Нурланов", BORN, null),
            lookout(3, "Айгерим Садыкова", null, null));
    assertThat(PersonMatching.count(persons, lookouts)).isEqualTo(2);
  }

  @Test
  void screenedOnlyWhenTheServiceAnsweredWithAnActiveListForEveryone() {
    var listed = new PersonScreening.Screened(List.of(), Map.of("UN", "2026-01-01"));
    var noList = new PersonScreening.Screened(List.of(), Map.of());
    List<NewPerson> two =
        List.of(person("Серик Нурланов", null, null), person("Марат Тулегенов", null, null));
    assertThat(PersonMatching.screened(true, two, List.of(listed, listed))).isTrue();
    assertThat(PersonMatching.screened(true, two, List.of(listed, noList))).isFalse();
    assertThat(PersonMatching.screened(false, two, List.of(listed, listed))).isFalse();
    assertThat(PersonMatching.screened(true, List.of(), List.of())).isTrue();
    assertThat(PersonMatching.screened(false, List.of(), List.of())).isFalse();
  }
}
