package org.kuzet.training.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.kuzet.web.Refusal;
import org.kuzet.web.Uploads;

/**
 * Reads a nominee list an agency sent, as CSV (comma or semicolon, UTF-8) or Excel (.xlsx, first
 * sheet), into rows keyed by column. The first row names the columns, in English or Russian; every
 * later row keeps its line number so each problem can be reported where it is.
 */
final class NomineeListReader {

  static final int MAX_BYTES = 2 * 1024 * 1024;
  static final int MAX_ROWS = 2000;

  /** A data row: its line number in the file and its cells by column name. */
  record Line(int number, Map<String, String> cells) {
    String get(String column) {
      String v = cells.get(column);
      return v == null ? "" : v.strip();
    }
  }

  /** Column names understood, and the words agencies use for them. */
  static final Map<String, List<String>> COLUMNS =
      Map.of(
          "service_number", List.of("service_number", "service number", "табельный номер", "номер"),
          "full_name", List.of("full_name", "full name", "name", "фио", "ф.и.о.", "аты-жөні"),
          "gender", List.of("gender", "sex", "пол", "жынысы"),
          "agency", List.of("agency", "ведомство", "орган"),
          "rank", List.of("rank", "звание", "атағы"),
          "cadet", List.of("cadet", "курсант"),
          "nominated_by", List.of("nominated_by", "nominated by", "направлен"));

  static final List<String> REQUIRED = List.of("service_number", "full_name", "gender", "agency");

  private NomineeListReader() {}

  static List<Line> read(String filename, byte[] content) {
    try {
      Uploads.checkSize(content, MAX_BYTES);
      String name = filename.toLowerCase(Locale.ROOT);
      if (name.endsWith(".xlsx") || Uploads.isZip(content)) {
        return excel(content);
      }
      if (name.endsWith(".csv") || name.endsWith(".txt")) {
        return csv(Uploads.utf8Text(content, MAX_BYTES));
      }
    } catch (Uploads.Unreadable e) {
      throw refusal(e);
    }
    throw Refusal.of("file", "training.refusal.import.format", filename);
  }

  private static Refusal refusal(Uploads.Unreadable e) {
    return switch (e.limit()) {
      case EMPTY -> Refusal.of("file", "training.refusal.import.empty");
      case TOO_LARGE ->
          Refusal.of("file", "training.refusal.import.tooLarge", MAX_BYTES / 1024 / 1024);
      case NOT_UTF8 -> Refusal.of("file", "training.refusal.import.encoding");
      case TOO_MANY_ROWS -> Refusal.of("file", "training.refusal.import.tooManyRows", MAX_ROWS);
      case UNREADABLE ->
          Refusal.of("file", "training.refusal.import.unreadable", String.valueOf(e.getMessage()));
    };
  }

  private static List<Line> csv(String text) {
    String firstLine = text.lines().findFirst().orElse("");
    char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
    var format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    List<Line> lines = new ArrayList<>();
    try (var parser = format.parse(new StringReader(text))) {
      Map<Integer, String> header = null;
      for (CSVRecord record : parser) {
        int lineNo = (int) record.getRecordNumber();
        List<String> values = record.toList();
        if (header == null) {
          header = header(values);
          continue;
        }
        lines.add(line(lineNo, header, values));
        if (lines.size() > MAX_ROWS) {
          throw Refusal.of("file", "training.refusal.import.tooManyRows", MAX_ROWS);
        }
      }
      if (header == null) {
        throw Refusal.of("file", "training.refusal.import.empty");
      }
    } catch (IOException | UncheckedIOException e) {
      throw Refusal.of(
          "file", "training.refusal.import.unreadable", String.valueOf(e.getMessage()));
    }
    return lines;
  }

  private static List<Line> excel(byte[] content) throws Uploads.Unreadable {
    // The header row and at most MAX_ROWS data rows.
    List<Uploads.SheetRow> rows = Uploads.firstSheet(content, MAX_BYTES, MAX_ROWS + 1);
    if (rows.isEmpty()) {
      throw Refusal.of("file", "training.refusal.import.empty");
    }
    Map<Integer, String> header = header(rows.get(0).cells());
    return rows.subList(1, rows.size()).stream()
        .map(r -> line(r.number(), header, r.cells()))
        .toList();
  }

  private static Map<Integer, String> header(List<String> values) {
    Map<Integer, String> header = new HashMap<>();
    for (int i = 0; i < values.size(); i++) {
      String column = column(values.get(i));
      if (column != null) {
        header.put(i, column);
      }
    }
    var missing = REQUIRED.stream().filter(r -> !header.containsValue(r)).toList();
    if (!missing.isEmpty()) {
      throw Refusal.of("file", "training.refusal.import.columns", String.join(", ", missing));
    }
    return header;
  }

  private static @Nullable String column(String heading) {
    String h = heading.strip().toLowerCase(Locale.ROOT).replace('\uFEFF', ' ').strip();
    for (var entry : COLUMNS.entrySet()) {
      if (entry.getValue().contains(h)) {
        return entry.getKey();
      }
    }
    return null;
  }

  private static Line line(int number, Map<Integer, String> header, List<String> values) {
    Map<String, String> cells = new HashMap<>();
    header.forEach((i, column) -> cells.put(column, i < values.size() ? values.get(i) : ""));
    return new Line(number, cells);
  }

  private static int count(String s, char c) {
    return (int) s.chars().filter(ch -> ch == c).count();
  }
}
