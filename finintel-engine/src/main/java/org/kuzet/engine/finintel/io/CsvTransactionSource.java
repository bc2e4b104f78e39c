package org.kuzet.engine.finintel.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.Transaction;

/**
 * Common streaming loop of the CSV readers: one record at a time, bad rows reported and skipped.
 */
abstract class CsvTransactionSource implements TransactionSource {

  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final Consumer<RowError> errors;
  private long previousEndLine;
  private long dataRow;
  private long rowErrors;
  private @Nullable Label label;
  private final AccountInterner accounts = new AccountInterner();

  CsvTransactionSource(Reader reader, Consumer<RowError> errors) throws IOException {
    this.parser =
        CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get().parse(reader);
    this.records = parser.iterator();
    this.errors = errors;
    if (!records.hasNext()) {
      throw new InputRejectedException(
          "EMPTY_FILE", List.of(), "line 1: the file is empty, a header row is expected");
    }
    header = records.next();
    previousEndLine = parser.getCurrentLineNumber();
  }

  private final CSVRecord header;

  /** The header row; subclasses check it in their constructor. */
  final CSVRecord header() {
    return header;
  }

  /**
   * Maps one data row. {@code dataRow} is its 1-based number among the data rows. Throws
   * IllegalArgumentException (or DateTimeParseException) with a reason naming the field.
   */
  abstract Transaction map(CSVRecord row, long dataRow);

  /** The label of a row, for formats that carry one. */
  @Nullable Label labelOf(CSVRecord row) {
    return null;
  }

  @Override
  public @Nullable Transaction next() throws IOException {
    while (true) {
      CSVRecord row;
      long line;
      try {
        if (!records.hasNext()) {
          return null;
        }
        row = records.next();
        // The line the record ends on: its own line unless a quoted field spans lines.
        line = parser.getCurrentLineNumber();
        previousEndLine = line;
      } catch (UncheckedIOException e) {
        // commons-csv reports malformed quoting this way; the rest of the file is unreadable.
        rowErrors++;
        errors.accept(
            new RowError(
                previousEndLine + 1,
                RowError.Code.MALFORMED_CSV,
                null,
                null,
                "malformed CSV: " + e.getMessage()));
        return null;
      }
      dataRow++;
      try {
        Transaction t = map(row, dataRow);
        label = labelOf(row);
        return t;
      } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
        rowErrors++;
        errors.accept(RowError.of(line, e));
      }
    }
  }

  @Override
  public @Nullable Label label() {
    return label;
  }

  @Override
  public long rowErrors() {
    return rowErrors;
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  /** The account, the same instance as on recent rows that named it. */
  final AccountRef account(String bank, String account) {
    return accounts.of(bank, account);
  }

  static String field(CSVRecord row, int index, String name) {
    if (index >= row.size()) {
      throw new RowProblem(
          RowError.Code.FIELD_MISSING,
          name,
          Integer.toString(row.size()),
          "field '" + name + "' is missing (row has " + row.size() + " fields)");
    }
    String v = row.get(index);
    if (v.isEmpty()) {
      throw new RowProblem(RowError.Code.FIELD_EMPTY, name, null, "field '" + name + "' is empty");
    }
    return v;
  }

  static BigDecimal amount(String text, String name) {
    try {
      BigDecimal v = new BigDecimal(text);
      if (v.signum() < 0) {
        throw new RowProblem(
            RowError.Code.NEGATIVE, name, text, "field '" + name + "' is negative: " + text);
      }
      return v;
    } catch (NumberFormatException e) {
      throw new RowProblem(
          RowError.Code.NOT_A_NUMBER,
          name,
          text,
          "field '" + name + "' is not a number: '" + text + "'");
    }
  }
}
