package org.kuzet.engine.finintel.io;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.Alert;

/**
 * Writes alerts as {@code alert_id,typology,score,accounts,transactions}: accounts as {@code
 * bank:account} and transaction ids, each list separated by {@code ;}.
 */
public final class AlertCsvWriter implements AutoCloseable {
  public static final String[] HEADER = {
    "alert_id", "typology", "score", "accounts", "transactions"
  };
  private final CSVPrinter printer;

  public AlertCsvWriter(Writer out) throws IOException {
    this.printer =
        CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator('\n').get().print(out);
  }

  public void write(Alert a) throws IOException {
    StringBuilder accounts = new StringBuilder();
    for (AccountRef r : a.accounts()) {
      if (accounts.length() > 0) {
        accounts.append(';');
      }
      accounts.append(r.key());
    }
    printer.printRecord(
        a.id(),
        a.typology().name().toLowerCase(Locale.ROOT),
        String.format(Locale.ROOT, "%.3f", a.score()),
        accounts,
        String.join(";", a.transactionIds()));
  }

  @Override
  public void close() throws IOException {
    printer.close(true);
  }
}
