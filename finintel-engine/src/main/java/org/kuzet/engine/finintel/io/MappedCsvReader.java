package org.kuzet.engine.finintel.io;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.PaymentType;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.io.CsvColumnMapping.Field;

/** A CSV with a header row whose columns a {@link CsvColumnMapping} assigns to fields. */
public final class MappedCsvReader extends CsvTransactionSource {
  private final CsvColumnMapping mapping;
  private final Map<Field, Integer> index = new EnumMap<>(Field.class);

  private final ZoneId zone;

  public MappedCsvReader(Reader reader, Consumer<RowError> errors, CsvColumnMapping mapping)
      throws IOException {
    this(reader, errors, mapping, ZoneOffset.UTC);
  }

  /** A reader whose timestamps without an offset are local times in {@code zone}. */
  public MappedCsvReader(
      Reader reader, Consumer<RowError> errors, CsvColumnMapping mapping, ZoneId zone)
      throws IOException {
    super(reader, errors);
    readHeader(header());
    this.mapping = mapping;
    this.zone = zone;
    resolve();
  }

  private Map<String, Integer> header = new HashMap<>();
  private @Nullable String fromHolder;
  private @Nullable String toHolder;

  private void readHeader(CSVRecord row) {
    for (int i = 0; i < row.size(); i++) {
      header.put(row.get(i), i);
    }
  }

  // Runs after the constructor of the base class read the header (fields are set by then).
  private void resolve() {
    for (Field f : Field.values()) {
      String column = mapping.columns().get(f);
      Integer i = column == null ? null : header.get(column);
      if (i != null) {
        index.put(f, i);
      } else if (f.required) {
        throw new InputRejectedException(
            "MISSING_COLUMN",
            List.of(String.valueOf(column), f.defaultColumn()),
            "line 1: no column '"
                + column
                + "' for required field "
                + f.defaultColumn()
                + "; header is "
                + header.keySet());
      }
    }
  }

  private @Nullable String opt(CSVRecord row, Field f) {
    Integer i = index.get(f);
    if (i == null || i >= row.size()) {
      return null;
    }
    String v = row.get(i);
    return v.isEmpty() ? null : v;
  }

  private String req(CSVRecord row, Field f) {
    Integer i = index.get(f);
    if (i == null) {
      throw new IllegalStateException("no column for " + f); // resolve() refuses such a header
    }
    return field(row, i, column(f));
  }

  /** The column a field is read from, as messages name it. */
  private String column(Field f) {
    return mapping.columns().getOrDefault(f, f.defaultColumn());
  }

  @Override
  Transaction map(CSVRecord row, long dataRow) {
    String id = opt(row, Field.ID);
    String ts = req(row, Field.TIMESTAMP);
    String fromBank = orElse(opt(row, Field.FROM_BANK), mapping.defaultBank());
    String toBank = orElse(opt(row, Field.TO_BANK), mapping.defaultBank());
    BigDecimal paid = amount(req(row, Field.AMOUNT_PAID), column(Field.AMOUNT_PAID));
    String paidCcy = currency(opt(row, Field.PAYMENT_CURRENCY), Field.PAYMENT_CURRENCY);
    String rec = opt(row, Field.AMOUNT_RECEIVED);
    BigDecimal received = rec == null ? paid : amount(rec, column(Field.AMOUNT_RECEIVED));
    String recCcyText = opt(row, Field.RECEIVING_CURRENCY);
    String recCcy = recCcyText == null ? paidCcy : currency(recCcyText, Field.RECEIVING_CURRENCY);
    String type = opt(row, Field.PAYMENT_TYPE);
    Transaction t =
        new Transaction(
            id == null ? Long.toString(dataRow) : id,
            Timestamps.iso(ts, column(Field.TIMESTAMP), zone),
            account(fromBank, req(row, Field.FROM_ACCOUNT)),
            account(toBank, req(row, Field.TO_ACCOUNT)),
            paid,
            paidCcy,
            received,
            recCcy,
            type == null ? PaymentType.OTHER : PaymentType.parse(type),
            opt(row, Field.FROM_COUNTRY),
            opt(row, Field.TO_COUNTRY));
    // Set only once the row is good, so a rejected row never lends its names to the next one.
    fromHolder = opt(row, Field.FROM_NAME);
    toHolder = opt(row, Field.TO_NAME);
    return t;
  }

  @Override
  public @Nullable String fromHolder() {
    return fromHolder;
  }

  @Override
  public @Nullable String toHolder() {
    return toHolder;
  }

  private String currency(@Nullable String text, Field f) {
    return text == null ? mapping.defaultCurrency() : Currencies.code(text, column(f));
  }

  private static String orElse(@Nullable String v, String d) {
    return v == null ? d : v;
  }

  @Override
  @Nullable Label labelOf(CSVRecord row) {
    if (!index.containsKey(Field.IS_LAUNDERING)) {
      return null;
    }
    String v = opt(row, Field.IS_LAUNDERING);
    return v != null && (v.equals("1") || v.equalsIgnoreCase("true"))
        ? new Label(true, null, null)
        : Label.BENIGN;
  }
}
