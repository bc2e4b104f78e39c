package org.kuzet.evaluation.names;

import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/** A name's parts already written in one system; the patronymic may be empty. */
record RenderedName(String surname, List<String> given, String patronymic) {

  RenderedName {
    given = List.copyOf(given);
  }

  /** The Cyrillic name written in a system (Cyrillic itself for {@code CYRILLIC}). */
  static RenderedName of(CyrillicName name, RomanisationSystem system, Random random) {
    // One table per query, so that a French query is either all -ov or all -off.
    long tableSeed = random.nextLong();
    UnaryOperator<String> write =
        text -> text.isEmpty() ? text : system.romanise(text, new Random(tableSeed));
    return new RenderedName(
        write.apply(name.surname()),
        name.given().stream().map(write).toList(),
        write.apply(name.patronymic()));
  }

  RenderedName withSurname(String newSurname) {
    return new RenderedName(newSurname, given, patronymic);
  }

  RenderedName withGiven(List<String> newGiven) {
    return new RenderedName(surname, newGiven, patronymic);
  }

  RenderedName withPatronymic(String newPatronymic) {
    return new RenderedName(surname, given, newPatronymic);
  }

  String givenNames() {
    return String.join(" ", given);
  }

  boolean hasPatronymic() {
    return !patronymic.isEmpty();
  }
}
