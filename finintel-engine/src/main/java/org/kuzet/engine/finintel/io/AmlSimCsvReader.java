package org.kuzet.engine.finintel.io;

import java.io.IOException;
import java.io.Reader;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.PaymentType;
import org.kuzet.engine.finintel.Transaction;

/**
 * AMLSim's transaction CSV ({@code tran_id,orig_acct,bene_acct,tx_type,base_amt,tran_timestamp,
 * is_sar,alert_id}), columns found by name. AMLSim has one bank and one currency, so both are
 * supplied by the caller.
 */
public final class AmlSimCsvReader extends CsvTransactionSource {
  static final String[] REQUIRED = {
    "tran_id", "orig_acct", "bene_acct", "tx_type", "base_amt", "tran_timestamp"
  };

  private final String bank;
  private final String currency;
  private final Map<String, Integer> columns = new HashMap<>();
  private int sar = -1;
  private int alert = -1;

  private final ZoneId zone;

  public AmlSimCsvReader(Reader reader, Consumer<RowError> errors) throws IOException {
    this(reader, errors, ZoneOffset.UTC);
  }

  /** A reader whose timestamps without an offset are local times in {@code zone}. */
  public AmlSimCsvReader(Reader reader, Consumer<RowError> errors, ZoneId zone) throws IOException {
    this(reader, errors, "AMLSIM", "USD", zone);
  }

  public AmlSimCsvReader(Reader reader, Consumer<RowError> errors, String bank, String currency)
      throws IOException {
    this(reader, errors, bank, currency, ZoneOffset.UTC);
  }

  public AmlSimCsvReader(
      Reader reader, Consumer<RowError> errors, String bank, String currency, ZoneId zone)
      throws IOException {
    super(reader, errors);
    readHeader(header());
    this.bank = bank;
    this.currency = currency;
    this.zone = zone;
  }

  private void readHeader(CSVRecord header) {
    for (int i = 0; i < header.size(); i++) {
      columns.put(header.get(i).toLowerCase(Locale.ROOT), i);
    }
    for (String r : REQUIRED) {
      if (!columns.containsKey(r)) {
        throw new InputRejectedException(
            "AMLSIM_MISSING_COLUMN",
            List.of(r, String.join(",", REQUIRED)),
            "line 1: AMLSim header lacks column '"
                + r
                + "' (needs "
                + String.join(",", REQUIRED)
                + "[,is_sar,alert_id])");
      }
    }
    sar = columns.getOrDefault("is_sar", -1);
    alert = columns.getOrDefault("alert_id", -1);
  }

  private String col(CSVRecord row, String name) {
    Integer i = columns.get(name);
    if (i == null) {
      throw new IllegalStateException("no column " + name); // readHeader refuses such a header
    }
    return field(row, i, name);
  }

  @Override
  Transaction map(CSVRecord row, long dataRow) {
    var amount = amount(col(row, "base_amt"), "base_amt");
    return new Transaction(
        col(row, "tran_id"),
        Timestamps.iso(col(row, "tran_timestamp"), "tran_timestamp", zone),
        account(bank, col(row, "orig_acct")),
        account(bank, col(row, "bene_acct")),
        amount,
        currency,
        PaymentType.parse(col(row, "tx_type")));
  }

  @Override
  @Nullable Label labelOf(CSVRecord row) {
    if (sar < 0) {
      return null;
    }
    String s = sar < row.size() ? row.get(sar).toLowerCase(Locale.ROOT) : "";
    boolean laundering = s.equals("true") || s.equals("1");
    String scheme = alert >= 0 && alert < row.size() ? row.get(alert) : null;
    if (!laundering || scheme == null || scheme.isEmpty() || scheme.equals("-1")) {
      scheme = null;
    }
    return new Label(laundering, scheme, null);
  }
}
