package org.kuzet.engine.finintel.flink;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.flink.api.common.serialization.Encoder;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.Alert;

/** One alert per line, in the columns of the CLI's alerts file (without its header). */
public final class AlertCsvEncoder implements Encoder<Alert> {
  private static final long serialVersionUID = 1L;

  static String line(Alert a) {
    StringBuilder accounts = new StringBuilder();
    for (AccountRef r : a.accounts()) {
      if (accounts.length() > 0) {
        accounts.append(';');
      }
      accounts.append(r.key());
    }
    return CSVFormat.RFC4180.format(a.id(), a.typology().name().toLowerCase(Locale.ROOT),
        String.format(Locale.ROOT, "%.3f", a.score()), accounts.toString(),
        String.join(";", a.transactionIds()));
  }

  @Override
  public void encode(Alert a, OutputStream out) throws IOException {
    out.write((line(a) + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
