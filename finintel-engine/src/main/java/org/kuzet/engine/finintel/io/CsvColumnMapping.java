package org.kuzet.engine.finintel.io;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Which column of a generic CSV holds which transaction field. Columns are named by header text.
 * Optional fields may be left out: the received amount and currency then equal the paid ones, the
 * banks default to {@link #defaultBank()}, the currency to {@link #defaultCurrency()}, the payment
 * type to OTHER, the id to the 1-based data row number. The holder names ({@code from_name}, {@code
 * to_name}) are read when their columns exist; see {@link TransactionSource#fromHolder()}.
 */
public record CsvColumnMapping(
    Map<Field, String> columns, String defaultBank, String defaultCurrency) {

  /** The transaction fields a column can feed. */
  public enum Field {
    ID(false),
    TIMESTAMP(true),
    FROM_BANK(false),
    FROM_ACCOUNT(true),
    TO_BANK(false),
    TO_ACCOUNT(true),
    AMOUNT_PAID(true),
    PAYMENT_CURRENCY(false),
    AMOUNT_RECEIVED(false),
    RECEIVING_CURRENCY(false),
    PAYMENT_TYPE(false),
    FROM_COUNTRY(false),
    TO_COUNTRY(false),
    IS_LAUNDERING(false),
    /** The name of the paying account's holder, when the file carries it. */
    FROM_NAME(false),
    /** The name of the receiving account's holder, when the file carries it. */
    TO_NAME(false);

    final boolean required;

    Field(boolean required) {
      this.required = required;
    }

    /** The column name the default mapping expects: the field name in lower case. */
    public String defaultColumn() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public CsvColumnMapping {
    columns = Map.copyOf(columns);
    for (Field f : Field.values()) {
      if (f.required && !columns.containsKey(f)) {
        throw new IllegalArgumentException(
            "column mapping lacks required field " + f.defaultColumn());
      }
    }
    Objects.requireNonNull(defaultBank, "defaultBank");
    Objects.requireNonNull(defaultCurrency, "defaultCurrency");
  }

  /** Columns named like the fields: {@code id,timestamp,from_bank,from_account,...}. */
  public static CsvColumnMapping defaults() {
    Map<Field, String> m = new EnumMap<>(Field.class);
    for (Field f : Field.values()) {
      m.put(f, f.defaultColumn());
    }
    return new CsvColumnMapping(m, "", "USD");
  }

  /**
   * Parses {@code field=column,field=column} (fields as in {@link Field#defaultColumn()}); fields
   * not named keep their default column name.
   */
  public static CsvColumnMapping parse(String spec) {
    Map<Field, String> m = new EnumMap<>(defaults().columns());
    for (String part : spec.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      int eq = part.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("mapping entry '" + part + "' is not field=column");
      }
      String name = part.substring(0, eq).trim().toUpperCase(Locale.ROOT);
      Field f;
      try {
        f = Field.valueOf(name);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "mapping names unknown field '"
                + part.substring(0, eq)
                + "'; known: "
                + Arrays.toString(Field.values()).toLowerCase(Locale.ROOT));
      }
      m.put(f, part.substring(eq + 1).trim());
    }
    return new CsvColumnMapping(m, "", "USD");
  }
}
