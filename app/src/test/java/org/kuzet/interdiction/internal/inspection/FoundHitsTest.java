package org.kuzet.interdiction.internal.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kuzet.interdiction.internal.inspection.LoggingChecksTest.T;
import static org.kuzet.interdiction.internal.inspection.LoggingChecksTest.vehicle;
import static org.kuzet.interdiction.internal.inspection.PersonMatchingTest.BORN;
import static org.kuzet.interdiction.internal.inspection.PersonMatchingTest.lookout;
import static org.kuzet.interdiction.internal.inspection.PersonMatchingTest.person;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kuzet.interdiction.LookoutId;
import org.kuzet.interdiction.internal.lookout.LookoutScope;
import org.kuzet.interdiction.internal.post.InspectionId;

class FoundHitsTest {

  static final InspectionId INSPECTION = new InspectionId(41);

  @Test
  void aVehicleLookoutHitNamesTheLookoutAndScoresFull() {
    Hit h =
        FoundHits.vehicle(INSPECTION, vehicle(1234, LookoutScope.ALL, Set.of()), "777 KZA 02", T);

    assertThat(h.id()).isZero();
    assertThat(h.inspectionId()).isEqualTo(INSPECTION);
    assertThat(h.personId()).isNull();
    assertThat(h.kind()).isEqualTo("LOOKOUT");
    assertThat(h.foundBy()).isEqualTo("LOGGING");
    assertThat(h.entryId()).isEqualTo("1234");
    assertThat(h.lookoutId()).isEqualTo(new LookoutId(1234));
    assertThat(h.matchedName()).isEqualTo("777KZA02");
    assertThat(h.score()).isEqualTo(100);
    assertThat(h.explanation())
        .isEqualTo(
            "plate 777 KZA 02 matches lookout #1234 for 777KZA02 issued by analyst.bg: heroin");
    assertThat(h.lookoutReason()).isNotNull();
    assertThat(h.foundAt()).isEqualTo(T);
  }

  @Test
  void aPersonLookoutHitOnlyWhenTheLookoutIsAboutThePerson() {
    NewPerson ivan = person("Ivan Petrov", "N123", BORN);

    var byDocument = FoundHits.person(INSPECTION, 9, ivan, lookout(7, null, null, "N123"), T);
    var someoneElse =
        FoundHits.person(INSPECTION, 9, ivan, lookout(8, "Aida Nurova", null, null), T);

    assertThat(someoneElse).isEmpty();
    assertThat(byDocument)
        .hasValueSatisfying(
            h -> {
              assertThat(h.personId()).isEqualTo(9L);
              assertThat(h.kind()).isEqualTo("LOOKOUT");
              assertThat(h.entryId()).isEqualTo("7");
              assertThat(h.lookoutId()).isEqualTo(new LookoutId(7));
              assertThat(h.score()).isEqualTo(100);
              assertThat(h.explanation()).startsWith("document number N123 matches; lookout #7");
            });
  }

  @Test
  void aWatchlistHitKeepsTheEntryAndTheListVersionsScreened() {
    var found = new PersonScreening.Found("UN", "QDi.001", "PETROV IVAN", 87, "name close", "{}");
    var screened = new PersonScreening.Screened(List.of(found), Map.of("UN", "v2", "EU", "v9"));

    Hit h = FoundHits.watchlist(INSPECTION, 9, screened, found, T);

    assertThat(h.kind()).isEqualTo("WATCHLIST");
    assertThat(h.watchlist()).isTrue();
    assertThat(h.listName()).isEqualTo("UN");
    assertThat(h.entryId()).isEqualTo("QDi.001");
    assertThat(h.matchedName()).isEqualTo("PETROV IVAN");
    assertThat(h.score()).isEqualTo(87);
    assertThat(h.listVersions()).isEqualTo("EU=v9; UN=v2");
    assertThat(h.lookoutId()).isNull();
    assertThat(h.explanationFacts()).isEqualTo("{}");
  }

  @Test
  void savedKeepsEverythingButTheId() {
    Hit h = FoundHits.vehicle(INSPECTION, vehicle(3, LookoutScope.ALL, Set.of()), "777KZA02", T);

    Hit saved = FoundHits.saved(h, 55);

    assertThat(saved.id()).isEqualTo(55);
    assertThat(saved).usingRecursiveComparison().ignoringFields("id").isEqualTo(h);
  }
}
