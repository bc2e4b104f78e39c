package org.kuzet.evaluation.names;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads individuals from OFAC's legacy SDN CSV (12 columns, no header, {@code -0-} for empty) and,
 * where there is one, the alias file {@code alt.csv} of the same day.
 */
final class OfacListReader {

  private static final int ENT_NUM = 0;
  private static final int NAME = 1;
  private static final int TYPE = 2;
  private static final int REMARKS = 11;

  private OfacListReader() {}

  static List<ListedIndividual> read(WatchList list, Path sdn, Path alt) throws IOException {
    Map<String, List<String>> aliases = Files.exists(alt) ? aliases(alt) : Map.of();
    List<ListedIndividual> individuals = new ArrayList<>();
    for (CSVRecord row : rows(sdn)) {
      if (row.size() <= REMARKS || !value(row, TYPE).equalsIgnoreCase("individual")) {
        continue;
      }
      String id = value(row, ENT_NUM);
      OfacRemarks remarks = OfacRemarks.parse(value(row, REMARKS));
      List<String> allAliases = new ArrayList<>(aliases.getOrDefault(id, List.of()));
      allAliases.addAll(remarks.aliases());
      String listedName = value(row, NAME);
      individuals.add(
          new ListedIndividual(
              list,
              id,
              listedName,
              LatinName.fromOfac(listedName),
              "",
              allAliases,
              remarks.birthDates(),
              remarks.nationalities(),
              remarks.birthPlaces(),
              remarks.gender()));
    }
    return individuals;
  }

  private static Map<String, List<String>> aliases(Path alt) throws IOException {
    Map<String, List<String>> byEntity = new LinkedHashMap<>();
    for (CSVRecord row : rows(alt)) {
      if (row.size() >= 4) {
        byEntity.computeIfAbsent(value(row, 0), k -> new ArrayList<>()).add(value(row, 3));
      }
    }
    return byEntity;
  }

  private static List<CSVRecord> rows(Path file) throws IOException {
    // The files end with a DOS end-of-file byte, which is dropped before parsing.
    String text = Files.readString(file, StandardCharsets.UTF_8).replace("\u001a", "");
    try (Reader reader = new StringReader(text);
        CSVParser parser =
            CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get().parse(reader)) {
      return parser.getRecords();
    }
  }

  private static String value(CSVRecord row, int column) {
    String value = row.get(column).trim();
    return value.equals("-0-") ? "" : value;
  }
}
