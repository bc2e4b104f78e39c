package org.kuzet.engine.finintel.io;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.kuzet.engine.finintel.Transaction;

/**
 * Writes transactions in IBM's AML CSV format with the {@code Is Laundering} column, so that
 * generated data can be fed to {@code detect} and {@code detect-eval} like the published files.
 * Transaction ids are not written: the format numbers its rows instead.
 */
public final class IbmAmlCsvWriter implements AutoCloseable {
  private static final DateTimeFormatter TS =
      DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(ZoneOffset.UTC);

  private final Writer out;
  private final StringBuilder line = new StringBuilder(128);

  public IbmAmlCsvWriter(Writer out) throws IOException {
    this.out = out;
    out.write(String.join(",", IbmAmlCsvReader.HEADER) + ",Is Laundering\n");
  }

  public void write(Transaction t, boolean laundering) throws IOException {
    line.setLength(0);
    line.append(TS.format(t.timestamp()))
        .append(',')
        .append(t.from().bank())
        .append(',')
        .append(t.from().account())
        .append(',')
        .append(t.to().bank())
        .append(',')
        .append(t.to().account())
        .append(',')
        .append(t.amountReceived().toPlainString())
        .append(',')
        .append(Currencies.ibmName(t.receivingCurrency()))
        .append(',')
        .append(t.amountPaid().toPlainString())
        .append(',')
        .append(Currencies.ibmName(t.paymentCurrency()))
        .append(',')
        .append(IbmAmlCsvReader.formatName(t.paymentType()))
        .append(',')
        .append(laundering ? '1' : '0')
        .append('\n');
    out.write(line.toString());
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
