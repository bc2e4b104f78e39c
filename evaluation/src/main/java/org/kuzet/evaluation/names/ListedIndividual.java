package org.kuzet.evaluation.names;

import java.util.List;

/**
 * One individual as one list file records it.
 *
 * @param listedName the primary name exactly as the list writes it
 * @param originalScript the UN's NAME_ORIGINAL_SCRIPT, empty when absent
 * @param birthDates ISO dates or years, in list order
 * @param nationalities nationality and citizenship values
 * @param birthPlaces places of birth, each as written (city, region, country)
 */
record ListedIndividual(
    WatchList list,
    String id,
    String listedName,
    LatinName name,
    String originalScript,
    List<String> aliases,
    List<String> birthDates,
    List<String> nationalities,
    List<String> birthPlaces,
    String gender) {

  ListedIndividual {
    aliases = List.copyOf(aliases);
    birthDates = List.copyOf(birthDates);
    nationalities = List.copyOf(nationalities);
    birthPlaces = List.copyOf(birthPlaces);
  }

  boolean female() {
    return gender.equalsIgnoreCase("female") || Patronymics.feminine(name.patronymic());
  }
}
