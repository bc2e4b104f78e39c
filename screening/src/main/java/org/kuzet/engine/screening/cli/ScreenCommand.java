package org.kuzet.engine.screening.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.kuzet.engine.screening.BirthDate;
import org.kuzet.engine.screening.ScreeningEngine;
import org.kuzet.engine.screening.ScreeningHit;
import org.kuzet.engine.screening.ScreeningQuery;
import org.kuzet.engine.screening.Watchlist;
import org.kuzet.engine.screening.WatchlistFormatException;
import org.kuzet.engine.screening.Watchlists;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code screen --lists DIR --in QUERIES.csv --out HITS.csv [--threshold N] [--limit N]}: reads
 * queries ({@code id,name} and optional {@code birth_date,nationality,document}) and writes {@code
 * query_id,list,entry_id,matched_name,score}, best first per query.
 */
@Command(
    name = "screen",
    mixinStandardHelpOptions = true,
    description = "Screen the names of a CSV file against every list found in a directory.")
final class ScreenCommand implements Callable<Integer> {

  @Option(
      names = "--lists",
      required = true,
      paramLabel = "DIR",
      description = "Directory holding list files (UN XML, OFAC sdn.csv, national CSV).")
  Path lists;

  @Option(
      names = "--in",
      required = true,
      paramLabel = "QUERIES.csv",
      description = "Queries: header id,name[,birth_date,nationality,document].")
  Path in;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "HITS.csv",
      description = "Where to write hits.")
  Path out;

  @Option(
      names = "--threshold",
      paramLabel = "N",
      description = "Lowest score reported, 0-100 (default: ${DEFAULT-VALUE}).")
  int threshold = ScreeningEngine.DEFAULT_THRESHOLD;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Most hits per query (default: ${DEFAULT-VALUE}).")
  int limit = ScreeningEngine.DEFAULT_LIMIT;

  @Override
  public Integer call() {
    if (threshold < 0 || threshold > 100) {
      throw new BadInputException("--threshold must be 0-100, was " + threshold);
    }
    if (limit < 1) {
      throw new BadInputException("--limit must be at least 1, was " + limit);
    }
    if (!Files.isRegularFile(in)) {
      throw new BadInputException("query file not found: " + in);
    }
    List<Watchlist> loaded;
    try {
      loaded = Watchlists.loadDirectory(lists);
    } catch (WatchlistFormatException e) {
      throw new BadInputException("list refused: " + e.getMessage(), e);
    }
    if (loaded.isEmpty()) {
      throw new BadInputException("no list file recognised in " + lists);
    }
    ScreeningEngine engine = ScreeningEngine.of(loaded);
    List<QueryRow> queries = readQueries(in);
    Path tmp = out.toAbsolutePath().resolveSibling(out.getFileName() + ".part");
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
        CSVPrinter printer =
            new CSVPrinter(
                w,
                CSVFormat.DEFAULT
                    .builder()
                    .setRecordSeparator("\n")
                    .setHeader("query_id", "list", "entry_id", "matched_name", "score")
                    .build())) {
      for (QueryRow q : queries) {
        for (ScreeningHit h : engine.screen(q.query, threshold, limit)) {
          printer.printRecord(q.id, h.listName(), h.entryId(), h.matchedName(), h.score());
        }
      }
    } catch (IOException e) {
      throw new BadInputException("cannot write " + out + ": " + e.getMessage(), e);
    }
    try {
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new BadInputException("cannot write " + out + ": " + e.getMessage(), e);
    }
    return 0;
  }

  record QueryRow(String id, ScreeningQuery query) {}

  static List<QueryRow> readQueries(Path file) {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .build();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      Map<String, Integer> header = new HashMap<>();
      for (Map.Entry<String, Integer> e : parser.getHeaderMap().entrySet()) {
        header.put(e.getKey().strip().toLowerCase(Locale.ROOT).replace("\uFEFF", ""), e.getValue());
      }
      for (String column : header.keySet()) {
        if (!List.of("id", "name", "birth_date", "nationality", "document").contains(column)) {
          throw new BadInputException(
              file.getFileName()
                  + ", line 1: unknown column '"
                  + column
                  + "' (expected id,name[,birth_date,nationality,document])");
        }
      }
      if (!header.containsKey("id") || !header.containsKey("name")) {
        throw new BadInputException(
            file.getFileName() + ", line 1: header must have the columns id and name");
      }
      List<QueryRow> rows = new ArrayList<>();
      for (CSVRecord r : parser) {
        String where = file.getFileName() + ", line " + parser.getCurrentLineNumber();
        if (!r.isConsistent()) {
          throw new BadInputException(
              where + ": expected " + header.size() + " fields, found " + r.size());
        }
        String id = r.get(header.get("id")).strip();
        String name = r.get(header.get("name")).strip();
        if (id.isEmpty()) {
          throw new BadInputException(where + ", field id: empty");
        }
        if (name.isEmpty()) {
          throw new BadInputException(where + ", field name: empty");
        }
        BirthDate birth = null;
        String birthText = cell(r, header, "birth_date");
        if (!birthText.isEmpty()) {
          try {
            birth = BirthDate.parse(birthText);
          } catch (IllegalArgumentException e) {
            throw new BadInputException(where + ", field birth_date: " + e.getMessage());
          }
        }
        rows.add(
            new QueryRow(
                id,
                new ScreeningQuery(
                    name, birth, cell(r, header, "nationality"), cell(r, header, "document"))));
      }
      return rows;
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new BadInputException(file.getFileName() + ": malformed CSV: " + e.getMessage(), e);
    }
  }

  private static String cell(CSVRecord r, Map<String, Integer> header, String column) {
    Integer i = header.get(column);
    return i == null ? "" : r.get(i).strip();
  }
}
