package org.kuzet.interdiction.internal.inspection;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kuzet.interdiction.internal.lookout.Lookout;
import org.kuzet.interdiction.internal.lookout.LookoutSubject;
import org.kuzet.interdiction.internal.post.Post;

/**
 * What the checks found before an inspection is saved, so that its row is written once with its hit
 * count: the watchlist screening of each person and the active lookouts that reach the post.
 *
 * @param screened one result per person, in the order of the persons; empty when no screening
 *     service was available
 * @param wasScreened whether a screening service answered with at least one list for each person
 * @param vehicleLookouts the active lookouts for the plate that reach the post
 * @param personLookouts the active person lookouts that reach the post and may match a person
 */
record LoggingChecks(
    List<PersonScreening.Screened> screened,
    boolean wasScreened,
    List<Lookout> vehicleLookouts,
    List<Lookout> personLookouts) {

  LoggingChecks {
    screened = List.copyOf(screened);
    vehicleLookouts = List.copyOf(vehicleLookouts);
    personLookouts = List.copyOf(personLookouts);
  }

  /** The screening queries for the persons, in their order. */
  static List<PersonScreening.Query> queries(List<NewPerson> persons) {
    return persons.stream()
        .map(
            p ->
                new PersonScreening.Query(
                    p.name(), p.birthDate(), p.nationality(), p.documentNumber()))
        .toList();
  }

  /**
   * The checks of an inspection at the post.
   *
   * @param screened the screening results, or null when no screening service was available
   * @param plateLookouts the active lookouts for the plate, wherever they reach
   * @param personCandidates the active lookouts for the persons' documents or names
   */
  static LoggingChecks of(
      Post post,
      List<NewPerson> persons,
      @Nullable List<PersonScreening.Screened> screened,
      List<Lookout> plateLookouts,
      List<Lookout> personCandidates) {
    List<PersonScreening.Screened> results = screened == null ? List.of() : screened;
    return new LoggingChecks(
        results,
        PersonMatching.screened(screened != null, persons, results),
        plateLookouts.stream().filter(l -> l.reaches(post)).toList(),
        personCandidates.stream()
            .filter(l -> l.subject() == LookoutSubject.PERSON && l.reaches(post))
            .toList());
  }

  /** Every hit the inspection will have: vehicle lookouts, watchlist entries, person lookouts. */
  int hitCount(List<NewPerson> persons) {
    return vehicleLookouts.size()
        + screened.stream().mapToInt(s -> s.hits().size()).sum()
        + PersonMatching.count(persons, personLookouts);
  }

  /** The screening result of the person at {@code index}, if the person was screened. */
  PersonScreening.@Nullable Screened screenedAt(int index) {
    return index < screened.size() ? screened.get(index) : null;
  }
}
