package org.kuzet.evaluation.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Joins the records of one person across the lists: OFAC keeps an entity number across its
 * releases, so the 2021 and 2024 records with the same ent_num are one person; a UN record joins
 * them when surname and first given name have the same skeleton and the birth years agree. Only
 * people of the region with a usable Latin name are kept.
 */
final class PersonMerger {

  private PersonMerger() {}

  static List<ListedPerson> merge(List<ListedIndividual> individuals) {
    Map<String, List<ListedIndividual>> byKey = new LinkedHashMap<>();
    List<ListedIndividual> un = new ArrayList<>();
    for (ListedIndividual individual : individuals) {
      if (!eligible(individual)) {
        continue;
      }
      if (individual.list() == WatchList.UN) {
        un.add(individual);
      } else {
        byKey.computeIfAbsent("ofac:" + individual.id(), k -> new ArrayList<>()).add(individual);
      }
    }
    for (ListedIndividual record : un) {
      Optional<List<ListedIndividual>> same =
          byKey.values().stream().filter(group -> samePerson(record, group.get(0))).findFirst();
      if (same.isPresent()) {
        same.get().add(0, record);
      } else {
        byKey.put("un:" + record.id(), new ArrayList<>(List.of(record)));
      }
    }
    List<ListedPerson> people = new ArrayList<>();
    for (List<ListedIndividual> group : byKey.values()) {
      group.sort(Comparator.comparing(ListedIndividual::list));
      people.add(person(group));
    }
    return people;
  }

  private static boolean eligible(ListedIndividual individual) {
    return Origin.of(individual).isPresent()
        && individual.name().usable()
        && Scripts.latinOrCyrillicOnly(individual.listedName())
        && individual.listedName().matches("[\\p{L} ,'\\-]+");
  }

  private static boolean samePerson(ListedIndividual a, ListedIndividual b) {
    if (!NameNormaliser.skeleton(a.name().surname())
        .equals(NameNormaliser.skeleton(b.name().surname()))) {
      return false;
    }
    if (!NameNormaliser.skeleton(a.name().given().get(0))
        .equals(NameNormaliser.skeleton(b.name().given().get(0)))) {
      return false;
    }
    if (a.birthDates().isEmpty() || b.birthDates().isEmpty()) {
      return true;
    }
    return a.birthDates().stream()
        .map(d -> d.substring(0, 4))
        .anyMatch(y -> b.birthDates().stream().anyMatch(d -> d.startsWith(y)));
  }

  private static ListedPerson person(List<ListedIndividual> group) {
    ListedIndividual un =
        group.stream().filter(r -> r.list() == WatchList.UN).findFirst().orElse(null);
    ListedIndividual newest = group.get(group.size() - 1);
    LatinName latin = un != null ? un.name() : newest.name();
    boolean listedCyrillic =
        un != null
            && Scripts.hasCyrillic(un.originalScript())
            && un.originalScript().trim().split("\\s+").length >= 2;
    CyrillicName cyrillic =
        listedCyrillic
            ? CyrillicName.fromOriginalScript(un.originalScript(), latin)
            : CyrillicName.reconstructed(latin);
    Origin origin =
        group.stream().map(Origin::of).flatMap(Optional::stream).findFirst().orElseThrow();
    String birthDate = group.stream().flatMap(r -> r.birthDates().stream()).findFirst().orElse("");
    boolean female = group.stream().anyMatch(ListedIndividual::female);
    return new ListedPerson(group, latin, cyrillic, listedCyrillic, origin, birthDate, female);
  }
}
