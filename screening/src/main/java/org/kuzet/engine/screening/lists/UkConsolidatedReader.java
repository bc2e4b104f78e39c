package org.kuzet.engine.screening.lists;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.screening.BirthDate;
import org.kuzet.engine.screening.EntryKind;
import org.kuzet.engine.screening.ListFileProblem;
import org.kuzet.engine.screening.Watchlist;
import org.kuzet.engine.screening.WatchlistEntry;
import org.kuzet.engine.screening.WatchlistFormatException;

/**
 * Reads the UK Consolidated List of Financial Sanctions Targets in its CSV form ({@code
 * ConList.csv}, OFSI's "2022 format"): a first line {@code Last Updated,<date>}, then a header with
 * {@code Name 6} (surname), {@code Name 1}..{@code Name 5} (given names), {@code Name Non-Latin
 * Script}, {@code DOB} (dd/mm/yyyy, {@code 00} for an unknown day or month), {@code Nationality},
 * {@code Passport Number}, {@code National Identification Number}, {@code Group Type} (Individual,
 * Entity, Ship), {@code Alias Type} and {@code Group ID}. Each row is one name of a target; the
 * rows of one {@code Group ID} form one entry, whose primary name is the row with the alias type
 * "Primary name" (the first row when none says so).
 *
 * <p>Columns are found by their header names, so added or reordered columns do no harm; the
 * required ones missing is an error naming them.
 */
public final class UkConsolidatedReader {

  private static final List<String> REQUIRED = List.of("Name 6", "Group ID", "Group Type");
  private static final Pattern DOB = Pattern.compile("(\\d{2})/(\\d{2})/(\\d{4})");
  private static final Pattern NUMBERED = Pattern.compile("\\(\\d+\\)\\s*");

  private UkConsolidatedReader() {}

  /** Reads the file at {@code path}. Named "UK". */
  public static Watchlist read(Path path, Clock clock) throws WatchlistFormatException {
    return parse(SourceFile.read(path), path.getFileName().toString(), path.toString(), clock);
  }

  /** Parses {@code bytes}, naming {@code fileName} in errors. */
  public static Watchlist parse(byte[] bytes, String fileName, String source, Clock clock)
      throws WatchlistFormatException {
    String text = Utf8.decode(bytes, fileName);
    int headerAt = headerStart(text);
    if (headerAt < 0) {
      throw new WatchlistFormatException(fileName, "line 1-3", ListFileProblem.NO_UK_HEADER);
    }
    long skippedLines = text.substring(0, headerAt).chars().filter(c -> c == '\n').count();
    Map<String, Group> groups = new LinkedHashMap<>();
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .setAllowMissingColumnNames(true)
            .build();
    try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(headerAt)), format)) {
      Map<String, Integer> header = new LinkedHashMap<>();
      parser.getHeaderMap().forEach((k, v) -> header.put(k.strip().toLowerCase(Locale.ROOT), v));
      for (String column : REQUIRED) {
        if (!header.containsKey(column.toLowerCase(Locale.ROOT))) {
          throw new WatchlistFormatException(
              fileName, "line " + (skippedLines + 1), ListFileProblem.HEADER_LACKS_COLUMN, column);
        }
      }
      for (CSVRecord r : parser) {
        String where = "line " + (skippedLines + r.getParser().getCurrentLineNumber());
        if (r.size() < header.size() - 1) {
          throw new WatchlistFormatException(
              fileName,
              where,
              ListFileProblem.FIELD_COUNT,
              String.valueOf(header.size()),
              String.valueOf(r.size()));
        }
        String groupId = cell(r, header, "group id");
        if (groupId.isEmpty()) {
          throw new WatchlistFormatException(
              fileName, where + ", field Group ID", ListFileProblem.EMPTY_FIELD, "Group ID");
        }
        Group g = groups.computeIfAbsent(groupId, id -> new Group());
        g.kind = kind(cell(r, header, "group type"));
        String name = name(r, header);
        if (!name.isEmpty()) {
          if (cell(r, header, "alias type").equalsIgnoreCase("Primary name") && g.primary == null) {
            g.primary = name;
          }
          g.names.add(name);
        }
        String original = cell(r, header, "name non-latin script");
        if (!original.isEmpty()) {
          g.names.add(original);
        }
        String dob = cell(r, header, "dob");
        if (!dob.isEmpty()) {
          g.births.add(birthDate(dob, fileName, where));
        }
        for (String n : numbered(cell(r, header, "nationality"))) {
          g.nationalities.add(n);
        }
        for (String column : List.of("passport number", "national identification number")) {
          for (String d : numbered(cell(r, header, column))) {
            g.documents.add(d);
          }
        }
      }
    } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
      throw ParserFailures.csv(fileName, e);
    } catch (IOException e) {
      throw ParserFailures.csv(fileName, e);
    }
    List<WatchlistEntry> entries = new ArrayList<>(groups.size());
    for (Map.Entry<String, Group> e : groups.entrySet()) {
      Group g = e.getValue();
      if (g.names.isEmpty()) {
        throw new WatchlistFormatException(
            fileName, "Group ID " + e.getKey(), ListFileProblem.NO_NAME_IN_GROUP);
      }
      String primary = g.primary == null ? g.names.iterator().next() : g.primary;
      List<String> aliases = new ArrayList<>(g.names);
      aliases.remove(primary);
      entries.add(
          new WatchlistEntry(
              e.getKey(),
              g.kind,
              primary,
              aliases,
              List.copyOf(g.births),
              List.copyOf(g.nationalities),
              List.copyOf(g.documents)));
    }
    if (entries.isEmpty()) {
      throw new WatchlistFormatException(fileName, "", ListFileProblem.NO_ENTRIES_OF, "targets");
    }
    return new Watchlist("UK", SourceFile.sha256(bytes), clock.instant(), source, entries);
  }

  /** Where the header row starts: one of the first three lines begins with Name 6. */
  private static int headerStart(String text) {
    int at = 0;
    for (int line = 0; line < 3 && at < text.length(); line++) {
      String rest = text.substring(at, Math.min(text.length(), at + 10)).replace("\"", "");
      if (rest.startsWith("Name 6")) {
        return at;
      }
      int nl = text.indexOf('\n', at);
      if (nl < 0) {
        return -1;
      }
      at = nl + 1;
    }
    return -1;
  }

  /** Given names (Name 1-5) then the surname (Name 6), as the name is spoken. */
  private static String name(CSVRecord r, Map<String, Integer> header) {
    StringBuilder out = new StringBuilder();
    for (String column : List.of("name 1", "name 2", "name 3", "name 4", "name 5", "name 6")) {
      String part = cell(r, header, column);
      if (!part.isEmpty()) {
        out.append(out.length() == 0 ? "" : " ").append(part);
      }
    }
    return out.toString();
  }

  private static EntryKind kind(String groupType) {
    return switch (groupType.strip().toLowerCase(Locale.ROOT)) {
      case "individual" -> EntryKind.PERSON;
      case "ship" -> EntryKind.VESSEL;
      default -> EntryKind.ENTITY;
    };
  }

  private static BirthDate birthDate(String text, String file, String where)
      throws WatchlistFormatException {
    Matcher m = DOB.matcher(text.strip());
    if (!m.matches()) {
      throw new WatchlistFormatException(
          file, where + ", field DOB", ListFileProblem.NOT_DMY_DATE, text);
    }
    int day = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    int year = Integer.parseInt(m.group(3));
    try {
      return new BirthDate(year, month, month == 0 ? 0 : day, year);
    } catch (IllegalArgumentException e) {
      throw new WatchlistFormatException(
          file,
          where + ", field DOB",
          ListFileProblem.BIRTH_DATE,
          List.of(text),
          Objects.requireNonNullElse(e.getMessage(), "unreadable date"),
          e);
    }
  }

  /** "(1) Russia (2) Ukraine" as two values; a plain value as one. */
  private static List<String> numbered(String cell) {
    List<String> out = new ArrayList<>();
    for (String part : NUMBERED.split(cell)) {
      String p = part.strip();
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  private static String cell(CSVRecord r, Map<String, Integer> header, String column) {
    Integer i = header.get(column);
    return i == null || i >= r.size() ? "" : r.get(i).strip();
  }

  private static final class Group {
    EntryKind kind = EntryKind.ENTITY;
    @Nullable String primary;
    final Set<String> names = new LinkedHashSet<>();
    final Set<BirthDate> births = new LinkedHashSet<>();
    final Set<String> nationalities = new LinkedHashSet<>();
    final Set<String> documents = new LinkedHashSet<>();
  }
}
