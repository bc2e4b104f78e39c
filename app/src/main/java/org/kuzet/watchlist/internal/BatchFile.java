package org.kuzet.watchlist.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.screening.BirthDate;
import org.kuzet.engine.screening.ScreeningQuery;
import org.kuzet.web.Uploads;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A batch screening CSV read whole before anything runs: header {@code id,name} with optional
 * {@code birth_date}, {@code nationality}, {@code document} (any order). A bad header refuses the
 * file; a bad row becomes an error with its line number and the other rows are screened.
 */
record BatchFile(List<Row> rows, List<RowError> errors) {

  static final Set<String> COLUMNS = Set.of("id", "name", "birth_date", "nationality", "document");

  /** A row to screen. */
  record Row(long line, String id, ScreeningQuery query) {}

  /**
   * A row that cannot be screened, and why: a code with its arguments, which the batch page words
   * in the reader's language ({@code watchlist.batch.error.<code>}), and the English message the
   * result file carries. The code is null for errors stored before codes were kept whose message
   * did not read back; they show their message.
   */
  record RowError(
      long line, String id, @Nullable Problem problem, List<String> args, String message) {

    RowError {
      args = List.copyOf(args);
    }

    /** The message key that words it, or null. */
    public @Nullable String key() {
      return problem == null ? null : "watchlist.batch.error." + problem.name();
    }

    /** The problem's code as stored, or null. */
    public @Nullable String code() {
      return problem == null ? null : problem.name();
    }

    public Object[] arguments() {
      return args.toArray();
    }
  }

  /** Why a row cannot be screened; the arguments each takes are in its comment. */
  enum Problem {
    /** fields the header names, fields the row has. */
    FIELD_COUNT,
    /** none. */
    ID_EMPTY,
    /** none. */
    NAME_EMPTY,
    /** the longest name allowed. */
    NAME_TOO_LONG,
    /** the text found. */
    BIRTH_DATE
  }

  /**
   * The whole file cannot be used: the message says why in English (for the record and the API),
   * {@link #words()} in the reader's language.
   */
  static class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final Object[] args;

    Refused(String key, String message, Object... args) {
      super(message);
      this.key = key;
      this.args = args.clone();
    }

    MessageSourceResolvable words() {
      return new DefaultMessageSourceResolvable(
          new String[] {"watchlist.batch.refusal." + key}, args.clone(), getMessage());
    }
  }

  BatchFile {
    rows = List.copyOf(rows);
    errors = List.copyOf(errors);
  }

  int size() {
    return rows.size() + errors.size();
  }

  static BatchFile read(byte[] bytes, long maxBytes, int maxRows) throws Refused {
    String text;
    try {
      text = Uploads.utf8Text(bytes, maxBytes);
    } catch (Uploads.Unreadable e) {
      throw switch (e.limit()) {
        case TOO_LARGE -> new Refused("tooLarge", e.getMessage(), bytes.length, maxBytes);
        case NOT_UTF8 -> new Refused("notUtf8", e.getMessage());
        default -> new Refused("empty", e.getMessage());
      };
    }
    if (text.isBlank()) {
      throw new Refused("empty", "the file is empty");
    }
    List<Row> rows = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    var format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      Map<String, Integer> columns = new HashMap<>();
      for (var e : parser.getHeaderMap().entrySet()) {
        String c = e.getKey().strip().toLowerCase(Locale.ROOT);
        if (!COLUMNS.contains(c)) {
          throw new Refused(
              "unknownColumn",
              "line 1: unknown column '"
                  + e.getKey()
                  + "' (expected id,name and optionally birth_date,nationality,document)",
              e.getKey());
        }
        columns.put(c, e.getValue());
      }
      if (!columns.containsKey("id") || !columns.containsKey("name")) {
        throw new Refused("header", "line 1: the header must have the columns id and name");
      }
      var lines = new LineCounter(text);
      for (CSVRecord r : parser) {
        // The line the record starts on, counted from its character position: right even with
        // blank lines skipped and quoted cells spanning lines.
        long line = lines.lineAt(r.getCharacterPosition());
        if (rows.size() + errors.size() >= maxRows) {
          throw new Refused(
              "tooManyRows", "more than " + maxRows + " rows; split the file", maxRows);
        }
        String id = cell(r, columns, "id");
        if (!r.isConsistent()) {
          errors.add(
              new RowError(
                  line,
                  id,
                  Problem.FIELD_COUNT,
                  List.of(Integer.toString(columns.size()), Integer.toString(r.size())),
                  "expected " + columns.size() + " fields, found " + r.size()));
          continue;
        }
        String name = cell(r, columns, "name");
        if (id.isEmpty()) {
          errors.add(new RowError(line, id, Problem.ID_EMPTY, List.of(), "field id: empty"));
          continue;
        }
        if (name.isEmpty()) {
          errors.add(new RowError(line, id, Problem.NAME_EMPTY, List.of(), "field name: empty"));
          continue;
        }
        if (name.length() > 200) {
          errors.add(
              new RowError(
                  line,
                  id,
                  Problem.NAME_TOO_LONG,
                  List.of("200"),
                  "field name: longer than 200 characters"));
          continue;
        }
        BirthDate birth = null;
        String birthText = cell(r, columns, "birth_date");
        if (!birthText.isEmpty()) {
          try {
            birth = BirthDate.parse(birthText);
          } catch (IllegalArgumentException e) {
            errors.add(
                new RowError(
                    line,
                    id,
                    Problem.BIRTH_DATE,
                    List.of(birthText),
                    "field birth_date: " + e.getMessage()));
            continue;
          }
        }
        rows.add(
            new Row(
                line,
                id,
                new ScreeningQuery(
                    name,
                    birth,
                    blankToNull(cell(r, columns, "nationality")),
                    blankToNull(cell(r, columns, "document")))));
      }
    } catch (IOException
        | UncheckedIOException
        | IllegalStateException
        | IllegalArgumentException e) {
      throw new Refused(
          "malformed", "malformed CSV: " + e.getMessage(), String.valueOf(e.getMessage()));
    }
    if (rows.isEmpty() && errors.isEmpty()) {
      throw new Refused("noRows", "the file has a header but no rows");
    }
    return new BatchFile(rows, errors);
  }

  /** Line numbers of character positions, read forward once. */
  private static final class LineCounter {
    private final String text;
    private int position;
    private long line = 1;

    LineCounter(String text) {
      this.text = text;
    }

    long lineAt(long target) {
      while (position < target && position < text.length()) {
        if (text.charAt(position++) == '\n') {
          line++;
        }
      }
      // The parser reports the position before the empty lines it skipped: step over them.
      while (position < text.length()
          && (text.charAt(position) == '\n' || text.charAt(position) == '\r')) {
        if (text.charAt(position++) == '\n') {
          line++;
        }
      }
      return line;
    }
  }

  private static String cell(CSVRecord r, Map<String, Integer> columns, String column) {
    Integer i = columns.get(column);
    return i == null || i >= r.size() ? "" : r.get(i).strip();
  }

  private static @Nullable String blankToNull(String s) {
    return s.isBlank() ? null : s;
  }
}
