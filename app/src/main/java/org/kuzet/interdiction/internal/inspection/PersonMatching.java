package org.kuzet.interdiction.internal.inspection;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.interdiction.internal.lookout.Lookout;
import org.kuzet.interdiction.internal.post.NameKeys;

/**
 * How the persons of an inspection meet person lookouts and the watchlists, without the database:
 * the keys a post looks lookouts up by, why a person matches a lookout, how many person matches an
 * inspection has, and whether screening counts as done.
 */
final class PersonMatching {

  private PersonMatching() {}

  /** The document numbers and name keys of an inspection's persons, each once, in their order. */
  record Keys(Set<String> documents, Set<String> nameKeys) {}

  static Keys keysOf(List<NewPerson> persons) {
    var documents = new LinkedHashSet<String>();
    var nameKeys = new LinkedHashSet<String>();
    for (NewPerson p : persons) {
      if (p.documentNumber() != null) {
        documents.add(p.documentNumber());
      }
      String key = NameKeys.key(p.name());
      if (!key.isEmpty()) {
        nameKeys.add(key);
      }
    }
    return new Keys(documents, nameKeys);
  }

  /**
   * Why a person matches a person lookout, or null: same document, or same name and birth date (a
   * name alone when the lookout has no birth date).
   */
  static @Nullable LookoutReason why(NewPerson p, Lookout l) {
    if (l.documentNumber() != null && l.documentNumber().equals(p.documentNumber())) {
      return LookoutReason.document(l.id().value(), l.documentNumber(), l.issuedBy(), l.reason());
    }
    if (l.nameKey() != null && l.nameKey().equals(NameKeys.key(p.name()))) {
      if (l.birthDate() == null) {
        return LookoutReason.name(
            l.id().value(), p.name(), String.valueOf(l.personName()), l.issuedBy(), l.reason());
      }
      if (l.birthDate().equals(p.birthDate())) {
        return LookoutReason.nameAndBirthDate(
            l.id().value(), p.name(), l.birthDate(), l.issuedBy(), l.reason());
      }
    }
    return null;
  }

  /** Matches between every person and every lookout. */
  static int count(List<NewPerson> persons, List<Lookout> lookouts) {
    int n = 0;
    for (NewPerson p : persons) {
      for (Lookout l : lookouts) {
        if (why(p, l) != null) {
          n++;
        }
      }
    }
    return n;
  }

  /**
   * Screened means: a screening service answered and at least one list was active for each person.
   */
  static boolean screened(
      boolean serviceAnswered, List<NewPerson> persons, List<PersonScreening.Screened> results) {
    return serviceAnswered
        && (persons.isEmpty() || results.stream().allMatch(s -> !s.listVersions().isEmpty()));
  }
}
