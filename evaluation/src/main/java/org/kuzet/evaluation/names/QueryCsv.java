package org.kuzet.evaluation.names;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes the queries as UTF-8 CSV with a header, one query per line, ids in output order. */
final class QueryCsv {

  static final String[] HEADER = {
    "query_id",
    "kind",
    "form",
    "system",
    "query",
    "birth_date",
    "nationality",
    "expected_list",
    "expected_id",
    "expected_name",
    "note"
  };

  private QueryCsv() {}

  static void write(Path file, long seed, List<Query> queries) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator("\n").get();
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, format)) {
      int number = 1;
      for (Query q : queries) {
        printer.printRecord(
            String.format("s%d-%05d", seed, number++),
            q.kind(),
            q.form(),
            q.system(),
            q.query(),
            q.birthDate(),
            q.nationality(),
            q.expectedList(),
            q.expectedId(),
            q.expectedName(),
            q.note());
      }
    }
  }
}
