package org.kuzet.engine.finintel.io;

import java.io.IOException;
import java.io.Reader;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.PaymentType;
import org.kuzet.engine.finintel.Transaction;

/**
 * IBM's synthetic AML data ({@code Timestamp,From Bank,Account,To Bank,Account,Amount Received,
 * Receiving Currency,Amount Paid,Payment Currency,Payment Format[,Is Laundering]}). The format has
 * no transaction id: the id is the 1-based number of the data row in the file.
 */
public final class IbmAmlCsvReader extends CsvTransactionSource {

  static final String[] HEADER = {
    "Timestamp",
    "From Bank",
    "Account",
    "To Bank",
    "Account",
    "Amount Received",
    "Receiving Currency",
    "Amount Paid",
    "Payment Currency",
    "Payment Format"
  };

  private boolean labelled;
  private final ZoneId zone;

  public IbmAmlCsvReader(Reader reader, Consumer<RowError> errors) throws IOException {
    this(reader, errors, ZoneOffset.UTC);
  }

  /** A reader whose timestamps are local times in {@code zone}. */
  public IbmAmlCsvReader(Reader reader, Consumer<RowError> errors, ZoneId zone) throws IOException {
    super(reader, errors);
    readHeader(header());
    this.zone = zone;
  }

  private void readHeader(CSVRecord header) {
    if (header.size() < HEADER.length) {
      throw new InputRejectedException(
          "IBM_COLUMN_COUNT",
          List.of(Integer.toString(header.size())),
          "line 1: IBM AML header has "
              + header.size()
              + " columns, expected "
              + HEADER.length
              + " or 11: "
              + String.join(",", HEADER)
              + "[,Is Laundering]");
    }
    for (int i = 0; i < HEADER.length; i++) {
      // Pandas-written copies rename the second "Account" to "Account.1".
      String got = header.get(i).replaceFirst("\\.\\d+$", "");
      if (!got.equalsIgnoreCase(HEADER[i])) {
        throw new InputRejectedException(
            "IBM_COLUMN",
            List.of(Integer.toString(i + 1), header.get(i), HEADER[i]),
            "line 1: column "
                + (i + 1)
                + " is '"
                + header.get(i)
                + "', expected '"
                + HEADER[i]
                + "' (IBM AML format)");
      }
    }
    labelled = header.size() > 10 && header.get(10).equalsIgnoreCase("Is Laundering");
  }

  @Override
  Transaction map(CSVRecord row, long dataRow) {
    var ts = Timestamps.ibm(field(row, 0, "Timestamp"), zone);
    var from = account(field(row, 1, "From Bank"), field(row, 2, "Account"));
    var to = account(field(row, 3, "To Bank"), field(row, 4, "Account"));
    var received = amount(field(row, 5, "Amount Received"), "Amount Received");
    var receivedCcy = Currencies.code(field(row, 6, "Receiving Currency"), "Receiving Currency");
    String paidText = field(row, 7, "Amount Paid");
    // Most payments are in one currency: one BigDecimal serves both sides, halving what the
    // detectors' windows hold for amounts.
    var paid = paidText.equals(row.get(5)) ? received : amount(paidText, "Amount Paid");
    var paidCcy = Currencies.code(field(row, 8, "Payment Currency"), "Payment Currency");
    String format = field(row, 9, "Payment Format");
    PaymentType type = PaymentType.parse(format);
    if (labelled) {
      String l = field(row, 10, "Is Laundering");
      if (!l.equals("0") && !l.equals("1")) {
        throw new RowProblem(
            RowError.Code.NOT_A_FLAG,
            "Is Laundering",
            l,
            "field 'Is Laundering' must be 0 or 1, was '" + l + "'");
      }
    }
    return new Transaction(
        Long.toString(dataRow),
        ts,
        from,
        to,
        paid,
        paidCcy,
        received,
        receivedCcy,
        type,
        null,
        null);
  }

  @Override
  @Nullable Label labelOf(CSVRecord row) {
    if (!labelled) {
      return null;
    }
    return row.get(10).equals("1") ? new Label(true, null, null) : Label.BENIGN;
  }

  /** The IBM name of a payment type, for writers of this format. */
  static String formatName(PaymentType type) {
    return switch (type) {
      case CARD -> "Credit Card";
      case CRYPTOCURRENCY -> "Bitcoin";
      case ACH -> "ACH";
      default -> type.name().charAt(0) + type.name().substring(1).toLowerCase(Locale.ROOT);
    };
  }
}
