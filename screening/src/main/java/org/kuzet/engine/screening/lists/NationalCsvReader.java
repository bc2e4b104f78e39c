package org.kuzet.engine.screening.lists;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.kuzet.engine.screening.BirthDate;
import org.kuzet.engine.screening.EntryKind;
import org.kuzet.engine.screening.ListFileProblem;
import org.kuzet.engine.screening.Watchlist;
import org.kuzet.engine.screening.WatchlistEntry;
import org.kuzet.engine.screening.WatchlistFormatException;

/**
 * Reads a national list in CSV (UTF-8, optional BOM) with the header {@code
 * id,name,aliases,birth_date,nationality,document}: {@code id} and {@code name} required, the other
 * columns optional and in any order; several aliases, dates, nationalities or documents in one cell
 * are separated by {@code ;}. Birth dates are {@code YYYY-MM-DD}, {@code DD.MM.YYYY} or {@code
 * YYYY}. Entries are persons. The list is named after the file, without {@code .csv}.
 */
public final class NationalCsvReader {

  static final Set<String> COLUMNS =
      Set.of("id", "name", "aliases", "birth_date", "nationality", "document");

  private NationalCsvReader() {}

  /** Reads the file at {@code path}, naming the list after the file. */
  public static Watchlist read(Path path, Clock clock) throws WatchlistFormatException {
    String file = path.getFileName().toString();
    String name =
        file.toLowerCase(Locale.ROOT).endsWith(".csv")
            ? file.substring(0, file.length() - 4)
            : file;
    return parse(SourceFile.read(path), file, name, path.toString(), clock);
  }

  /** Parses {@code bytes} as the list {@code listName}. */
  public static Watchlist parse(
      byte[] bytes, String file, String listName, String source, Clock clock)
      throws WatchlistFormatException {
    String text = Utf8.decode(bytes, file);
    List<WatchlistEntry> entries = new ArrayList<>();
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .build();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      Map<String, Integer> header = parser.getHeaderMap();
      Set<String> seenColumns = new HashSet<>();
      for (String column : parser.getHeaderNames()) {
        String c = column.strip().toLowerCase(Locale.ROOT);
        if (!COLUMNS.contains(c)) {
          throw new WatchlistFormatException(
              file,
              "line 1",
              ListFileProblem.UNKNOWN_COLUMN,
              column,
              "id,name,aliases,birth_date,nationality,document");
        }
        seenColumns.add(c);
      }
      if (!seenColumns.contains("id") || !seenColumns.contains("name")) {
        throw new WatchlistFormatException(file, "line 1", ListFileProblem.HEADER_ID_NAME);
      }
      Set<String> ids = new HashSet<>();
      for (CSVRecord r : parser) {
        long line = r.getParser().getCurrentLineNumber();
        String where = "line " + line;
        if (!r.isConsistent()) {
          throw new WatchlistFormatException(
              file,
              where,
              ListFileProblem.FIELD_COUNT,
              String.valueOf(header.size()),
              String.valueOf(r.size()));
        }
        String id = cell(r, header, "id");
        String name = cell(r, header, "name");
        if (id.isEmpty()) {
          throw new WatchlistFormatException(
              file, where + ", field id", ListFileProblem.EMPTY_FIELD, "id");
        }
        if (name.isEmpty()) {
          throw new WatchlistFormatException(
              file, where + ", field name", ListFileProblem.EMPTY_NAME, id);
        }
        if (!ids.add(id)) {
          throw new WatchlistFormatException(
              file, where + ", field id", ListFileProblem.DUPLICATE_ID, "id", id);
        }
        List<BirthDate> births = new ArrayList<>();
        for (String d : split(cell(r, header, "birth_date"))) {
          try {
            births.add(BirthDate.parse(d));
          } catch (IllegalArgumentException e) {
            throw new WatchlistFormatException(
                file,
                where + ", field birth_date",
                ListFileProblem.BIRTH_DATE,
                List.of(d),
                Objects.requireNonNullElse(e.getMessage(), "unreadable date"),
                e);
          }
        }
        entries.add(
            new WatchlistEntry(
                id,
                EntryKind.PERSON,
                name,
                split(cell(r, header, "aliases")),
                births,
                split(cell(r, header, "nationality")),
                split(cell(r, header, "document"))));
      }
    } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
      throw ParserFailures.csv(file, e);
    } catch (IOException e) {
      throw ParserFailures.csv(file, e);
    }
    if (entries.isEmpty()) {
      throw new WatchlistFormatException(file, "", ListFileProblem.NO_ENTRIES);
    }
    return new Watchlist(listName, SourceFile.sha256(bytes), clock.instant(), source, entries);
  }

  private static String cell(CSVRecord r, Map<String, Integer> header, String column) {
    for (Map.Entry<String, Integer> e : header.entrySet()) {
      if (e.getKey().strip().equalsIgnoreCase(column)) {
        return r.get(e.getValue()).strip();
      }
    }
    return "";
  }

  private static List<String> split(String cell) {
    List<String> out = new ArrayList<>();
    for (String part : cell.split(";")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }
}
