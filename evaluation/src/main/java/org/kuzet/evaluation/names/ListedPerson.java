package org.kuzet.evaluation.names;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One real person as the evaluation sees them: every list record found for them, their name in
 * Latin and in Cyrillic, and what the records say about origin, birth date and sex.
 *
 * @param cyrillicListed true when the Cyrillic form is the UN's original script, false when it was
 *     reconstructed from the Latin name
 * @param birthDate the first listed birth date (ISO date or year), empty when none is listed
 */
record ListedPerson(
    List<ListedIndividual> records,
    LatinName latin,
    CyrillicName cyrillic,
    boolean cyrillicListed,
    Origin origin,
    String birthDate,
    boolean female) {

  ListedPerson {
    records = List.copyOf(records);
  }

  String expectedLists() {
    return records.stream().map(r -> r.list().name()).collect(Collectors.joining("|"));
  }

  String expectedIds() {
    return records.stream().map(ListedIndividual::id).collect(Collectors.joining("|"));
  }

  String expectedName() {
    return records.get(0).listedName();
  }

  /** Every alias of every record, without repeats, in list order. */
  List<String> aliases() {
    List<String> aliases = new ArrayList<>();
    for (ListedIndividual record : records) {
      for (String alias : record.aliases()) {
        if (!aliases.contains(alias)) {
          aliases.add(alias);
        }
      }
    }
    return aliases;
  }
}
