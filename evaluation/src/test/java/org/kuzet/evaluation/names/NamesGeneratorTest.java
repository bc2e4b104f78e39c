package org.kuzet.evaluation.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the generator on the real lists (skipped where the shared folder is not present). */
class NamesGeneratorTest {

  private static final int PEOPLE = 40;
  private static Path lists;
  private static NamesGenerator.Result seedFive;

  @BeforeAll
  static void generate() throws IOException {
    Optional<Path> folder = ListedNameFixtures.listsFolder();
    assumeTrue(folder.isPresent(), "shared/data/watchlists not found");
    lists = folder.get();
    seedFive = NamesGenerator.generate(lists, 5, PEOPLE);
  }

  @Test
  void sameSeedGivesTheSameFileByteForByte(@TempDir Path dir) throws IOException {
    Path first = dir.resolve("a.csv");
    Path second = dir.resolve("b.csv");
    QueryCsv.write(first, 5, seedFive.queries());
    QueryCsv.write(second, 5, NamesGenerator.generate(lists, 5, PEOPLE).queries());
    assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    assertThat(Files.readString(first)).startsWith(String.join(",", QueryCsv.HEADER) + "\n");
  }

  @Test
  void anotherSeedGivesOtherQueries() throws IOException {
    List<String> other =
        NamesGenerator.generate(lists, 6, PEOPLE).queries().stream().map(Query::query).toList();
    assertThat(other).isNotEqualTo(seedFive.queries().stream().map(Query::query).toList());
  }

  @Test
  void positivesAndNegativesComeInSimilarNumbers() {
    long positives = count(Query.POSITIVE);
    long negatives = count(Query.NEGATIVE);
    assertThat(seedFive.selectedPeople()).isEqualTo(PEOPLE);
    assertThat(positives).isBetween(4L * PEOPLE, 8L * PEOPLE);
    assertThat(negatives).isBetween(positives * 9 / 10, positives);
  }

  @Test
  void positivesNameTheirListsAndIdsPairwise() {
    for (Query q : positives()) {
      assertThat(q.expectedList().split("\\|")).hasSameSizeAs(q.expectedId().split("\\|"));
      assertThat(q.expectedList()).matches("(UN|OFAC_SDN_2021|OFAC_SDN_2024)(\\|.+)?");
      assertThat(q.birthDate()).matches("(\\d{4}(-\\d{2}-\\d{2})?)?");
    }
  }

  @Test
  void aboutHalfOfInitialsCarryTheBirthDate() {
    List<Query> initials = positives().stream().filter(q -> q.form().equals("initials")).toList();
    long dated = initials.stream().filter(q -> !q.birthDate().isEmpty()).count();
    assertThat(dated).isBetween(initials.size() / 5L, initials.size() * 4L / 5);
  }

  @Test
  void everySystemAndTheMainFormsAreUsed() {
    Set<String> systems = positives().stream().map(Query::system).collect(Collectors.toSet());
    for (RomanisationSystem system : RomanisationSystem.values()) {
      if (system != RomanisationSystem.NONE) {
        assertThat(systems).contains(system.code());
      }
    }
    Set<String> forms = positives().stream().map(Query::form).collect(Collectors.toSet());
    assertThat(forms)
        .contains(
            "full",
            "surname_first",
            "no_patronymic",
            "initials",
            "cyrillic",
            "typo",
            "ocr",
            "mixed_script");
  }

  /**
   * An independent look at the written negatives: no listed name or alias of two or more words may
   * have all its words among a Cyrillic negative's words.
   */
  @Test
  void cyrillicNegativesContainNoListedName() throws IOException {
    List<ListedIndividual> individuals =
        new ArrayList<>(UnListReader.read(lists.resolve("un/UN_consolidated.xml")));
    individuals.addAll(
        OfacListReader.read(
            WatchList.OFAC_SDN_2024,
            lists.resolve("ofac-sdn-2024-05-03/sdn.csv"),
            lists.resolve("none.csv")));
    List<Set<String>> listed = new ArrayList<>();
    for (ListedIndividual individual : individuals) {
      for (String name : concat(individual.listedName(), individual.aliases())) {
        Set<String> tokens = Set.copyOf(NameNormaliser.tokens(name));
        if (tokens.size() >= 2) {
          listed.add(tokens);
        }
      }
    }
    List<Query> cyrillicNegatives =
        seedFive.queries().stream()
            .filter(q -> q.kind().equals(Query.NEGATIVE) && q.form().equals("cyrillic"))
            .toList();
    assertThat(cyrillicNegatives).isNotEmpty();
    for (Query q : cyrillicNegatives) {
      Set<String> words = Set.copyOf(NameNormaliser.tokens(q.query()));
      assertThat(listed).as(q.query()).noneMatch(words::containsAll);
    }
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>(rest);
    all.add(0, first);
    return all;
  }

  private static List<Query> positives() {
    return seedFive.queries().stream().filter(q -> q.kind().equals(Query.POSITIVE)).toList();
  }

  private static long count(String kind) {
    return seedFive.queries().stream().filter(q -> q.kind().equals(kind)).count();
  }
}
