package org.kuzet.evaluation.names;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Reads the lists, selects people of the region, writes their positive queries and as many hard
 * negatives, and mixes them. Everything random comes from the seed, in a fixed order, so the same
 * seed and lists give the same queries.
 */
final class NamesGenerator {

  /** What one run produced, with the counts the command reports. */
  record Result(List<Query> queries, int listedNames, int eligiblePeople, int selectedPeople) {}

  private NamesGenerator() {}

  static Result generate(Path lists, long seed, int peopleWanted) throws IOException {
    List<ListedIndividual> individuals = new ArrayList<>();
    individuals.addAll(UnListReader.read(lists.resolve("un/UN_consolidated.xml")));
    individuals.addAll(
        OfacListReader.read(
            WatchList.OFAC_SDN_2021,
            lists.resolve("ofac-2021-07-07/sdn.csv"),
            lists.resolve("ofac-2021-07-07/alt.csv")));
    individuals.addAll(
        OfacListReader.read(
            WatchList.OFAC_SDN_2024,
            lists.resolve("ofac-sdn-2024-05-03/sdn.csv"),
            lists.resolve("ofac-sdn-2024-05-03/alt.csv")));
    ListedNameIndex index = new ListedNameIndex(individuals);
    List<ListedPerson> eligible =
        PersonMerger.merge(individuals).stream().filter(NamesGenerator::writable).toList();

    Random master = new Random(seed);
    Random selection = new Random(master.nextLong());
    Random positiveRandom = new Random(master.nextLong());
    Random negativeRandom = new Random(master.nextLong());
    Random order = new Random(master.nextLong());

    List<ListedPerson> selected = select(eligible, peopleWanted, selection);
    FormRenderer positiveRenderer = renderer(positiveRandom);
    PositiveQueries positiveQueries = new PositiveQueries(positiveRandom, positiveRenderer);
    List<Query> positives = new ArrayList<>();
    for (ListedPerson person : selected) {
      positives.addAll(positiveQueries.forPerson(person));
    }
    List<Query> negatives =
        new NegativeQueries(selected, positives, index, negativeRandom, renderer(negativeRandom))
            .generate(positives.size());

    List<Query> all = new ArrayList<>(positives);
    all.addAll(negatives);
    Collections.shuffle(all, order);
    return new Result(all, index.size(), eligible.size(), selected.size());
  }

  private static FormRenderer renderer(Random random) {
    return new FormRenderer(
        random,
        new SystemCycle(SystemCycle.romanising(), random),
        new SystemCycle(SystemCycle.withCyrillic(), random));
  }

  /** A person whose Cyrillic form came out wholly Cyrillic, so every system can write it. */
  private static boolean writable(ListedPerson person) {
    CyrillicName name = person.cyrillic();
    List<String> parts = new ArrayList<>(name.given());
    parts.add(name.surname());
    parts.add(name.patronymic());
    return !name.given().isEmpty() && parts.stream().noneMatch(Scripts::hasLatin);
  }

  /**
   * Caucasian and Central Asian people are few on the lists and Russian ones many; up to half of
   * the selection goes to the former, the rest is drawn from all remaining people.
   */
  static List<ListedPerson> select(List<ListedPerson> eligible, int wanted, Random random) {
    List<ListedPerson> regional = new ArrayList<>();
    List<ListedPerson> russian = new ArrayList<>();
    for (ListedPerson person : eligible) {
      (person.origin() == Origin.RUSSIA ? russian : regional).add(person);
    }
    Collections.shuffle(regional, random);
    Collections.shuffle(russian, random);
    List<ListedPerson> selected =
        new ArrayList<>(regional.subList(0, Math.min(regional.size(), wanted / 2)));
    List<ListedPerson> rest = new ArrayList<>(regional.subList(selected.size(), regional.size()));
    rest.addAll(russian);
    Collections.shuffle(rest, random);
    selected.addAll(rest.subList(0, Math.min(rest.size(), wanted - selected.size())));
    return selected;
  }
}
