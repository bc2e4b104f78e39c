package org.kuzet.interdiction.internal.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.kuzet.interdiction.internal.inspection.PersonMatchingTest.BORN;
import static org.kuzet.interdiction.internal.inspection.PersonMatchingTest.lookout;
import static org.kuzet.interdiction.internal.inspection.PersonMatchingTest.person;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kuzet.identity.AgencyCode;
import org.kuzet.interdiction.LookoutId;
import org.kuzet.interdiction.internal.lookout.Lookout;
import org.kuzet.interdiction.internal.lookout.LookoutScope;
import org.kuzet.interdiction.internal.lookout.LookoutSubject;
import org.kuzet.interdiction.internal.post.Post;
import org.kuzet.interdiction.internal.post.PostId;
import org.kuzet.interdiction.internal.post.PostKind;

class LoggingChecksTest {

  static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

  static Post post(long id, String regionIso) {
    return new Post(
        new PostId(id),
        "CP-" + id,
        "Post " + id,
        PostKind.CHECKPOINT,
        AgencyCode.DRUG_CONTROL_COMMITTEE,
        "M39",
        regionIso,
        "Region",
        null,
        null,
        43.0,
        74.0,
        false,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  static Lookout vehicle(long id, LookoutScope scope, Set<PostId> posts) {
    return new Lookout(
        new LookoutId(id),
        LookoutSubject.VEHICLE,
        "777KZA02",
        "777KZA02",
        null,
        null,
        null,
        null,
        "heroin",
        scope,
        scope == LookoutScope.REGION ? "KZ-ZHA" : null,
        posts,
        "analyst.bg",
        AgencyCode.BORDER_GUARDS,
        T,
        T.plusSeconds(86_400),
        null);
  }

  static PersonScreening.Screened screened(int hits, boolean anyList) {
    var found =
        IntStream.range(0, hits)
            .mapToObj(i -> new PersonScreening.Found("UN", "E" + i, "NAME", 90, "close", null))
            .toList();
    return new PersonScreening.Screened(found, anyList ? Map.of("UN", "v1") : Map.of());
  }

  @Test
  void keepsOnlyTheLookoutsThatReachThePostAndOnlyPersonLookoutsForPersons() {
    Post post = post(5, "KZ-ZHA");
    Lookout everywhere = vehicle(1, LookoutScope.ALL, Set.of());
    Lookout otherPosts = vehicle(2, LookoutScope.POSTS, Set.of(new PostId(6)));
    Lookout thisPost = vehicle(3, LookoutScope.POSTS, Set.of(new PostId(5)));
    Lookout wanted = lookout(4, "Ivan Petrov", BORN, null);

    LoggingChecks checks =
        LoggingChecks.of(
            post,
            List.of(),
            null,
            List.of(everywhere, otherPosts, thisPost),
            List.of(wanted, everywhere));

    assertThat(checks.vehicleLookouts()).containsExactly(everywhere, thisPost);
    assertThat(checks.personLookouts()).containsExactly(wanted);
  }

  @Test
  void withoutAScreeningServiceNothingIsScreenedAndNoPersonHasAResult() {
    List<NewPerson> persons = List.of(person("Ivan Petrov", "N123", BORN));
    LoggingChecks checks = LoggingChecks.of(post(5, "KZ-ZHA"), persons, null, List.of(), List.of());

    assertThat(checks.wasScreened()).isFalse();
    assertThat(checks.screened()).isEmpty();
    assertThat(checks.screenedAt(0)).isNull();
  }

  @Test
  void screenedOnlyWhenEveryPersonWasCheckedAgainstAtLeastOneList() {
    List<NewPerson> two =
        List.of(person("Ivan Petrov", "N123", BORN), person("Aida Nurova", null, null));
    Post post = post(5, "KZ-ZHA");

    LoggingChecks all =
        LoggingChecks.of(
            post, two, List.of(screened(0, true), screened(1, true)), List.of(), List.of());
    LoggingChecks one =
        LoggingChecks.of(
            post, two, List.of(screened(0, true), screened(0, false)), List.of(), List.of());

    assertThat(all.wasScreened()).isTrue();
    assertThat(all.screenedAt(1).hits()).hasSize(1);
    assertThat(one.wasScreened()).isFalse();
  }

  @Test
  void theHitCountAddsVehicleLookoutsWatchlistEntriesAndPersonLookoutMatches() {
    List<NewPerson> persons =
        List.of(person("Ivan Petrov", "N123", BORN), person("Aida Nurova", null, null));
    LoggingChecks checks =
        LoggingChecks.of(
            post(5, "KZ-ZHA"),
            persons,
            List.of(screened(2, true), screened(1, true)),
            List.of(
                vehicle(1, LookoutScope.ALL, Set.of()), vehicle(2, LookoutScope.REGION, Set.of())),
            List.of(lookout(7, null, null, "N123"), lookout(8, "Someone Else", null, null)));

    // 2 vehicle lookouts + 3 watchlist entries + 1 person lookout (by document).
    assertThat(checks.hitCount(persons)).isEqualTo(6);
  }

  @Test
  void queriesFollowThePersonsInOrder() {
    var queries =
        LoggingChecks.queries(
            List.of(person("Ivan Petrov", "N123", BORN), person("Aida Nurova", null, null)));

    assertThat(queries)
        .extracting(PersonScreening.Query::name, PersonScreening.Query::documentNumber)
        .containsExactly(tuple("Ivan Petrov", "N123"), tuple("Aida Nurova", null));
    assertThat(queries.get(0).birthDate()).isEqualTo(BORN);
  }
}
