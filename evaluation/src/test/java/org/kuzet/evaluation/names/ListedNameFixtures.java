package org.kuzet.evaluation.names;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Listed individuals for tests, and the real list folder when this checkout can see it. */
final class ListedNameFixtures {

  private ListedNameFixtures() {}

  static ListedIndividual ofacPerson(
      String id, String listedName, String birthDate, String nationality, String... aliases) {
    return new ListedIndividual(
        WatchList.OFAC_SDN_2024,
        id,
        listedName,
        LatinName.fromOfac(listedName),
        "",
        List.of(aliases),
        List.of(birthDate),
        List.of(nationality),
        List.of(),
        "Male");
  }

  static ListedIndividual unPerson(
      String id,
      List<String> parts,
      String originalScript,
      String birthDate,
      String nationality,
      String birthPlace) {
    return new ListedIndividual(
        WatchList.UN,
        id,
        String.join(" ", parts),
        LatinName.fromUn(parts),
        originalScript,
        List.of(),
        List.of(birthDate),
        List.of(nationality),
        List.of(birthPlace),
        "Male");
  }

  static List<ListedIndividual> listed() {
    return List.of(
        ofacPerson("1001", "KUZNETSOV, Artem Igorevich", "1975-02-28", "Russia"),
        ofacPerson("1002", "PETROVA, Yelena Sergeyevna", "1980", "Russia", "PETROVA, Alena"),
        ofacPerson("12110", "UMAROV, Doku", "1964-04-13", "Russia"),
        unPerson(
            "QDi.290",
            List.of("DOKU", "KHAMATOVICH", "UMAROV"),
            "Умаров Доку Хаматович",
            "1964-04-13",
            "Russian Federation",
            "Kharsenoy Village, Chechenskaya Respublika, Russian Federation"));
  }

  /** The shared list folder, found by walking up from the working directory. */
  static Optional<Path> listsFolder() throws IOException {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("shared/data/watchlists");
      if (Files.isRegularFile(candidate.resolve("un/UN_consolidated.xml"))) {
        return Optional.of(candidate);
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }
}
