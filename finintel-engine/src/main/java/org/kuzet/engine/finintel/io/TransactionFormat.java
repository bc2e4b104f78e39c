package org.kuzet.engine.finintel.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.goaml.GoAmlReader;
import org.kuzet.engine.finintel.goaml.GoAmlTransactions;

/** The input formats, and the one place that opens a reader for each. */
public enum TransactionFormat {
  IBM,
  AMLSIM,
  CSV,
  GOAML;

  public static TransactionFormat parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown format '" + name + "'; use one of ibm, amlsim, csv, goaml");
    }
  }

  /**
   * Opens a streaming reader. The goAML report is read and checked as a whole first (it is one
   * document, bounded by {@link GoAmlReader#DEFAULT_MAX_BYTES}), then handed out transaction by
   * transaction.
   */
  public TransactionSource open(
      InputStream in, Consumer<RowError> errors, @Nullable CsvColumnMapping mapping)
      throws IOException {
    return open(in, errors, mapping, ZoneOffset.UTC);
  }

  /**
   * Opens a streaming reader whose local times (those without an offset: every IBM and goAML time,
   * and ISO times without {@code Z} or an offset) are read in {@code zone}.
   */
  public TransactionSource open(
      InputStream in, Consumer<RowError> errors, @Nullable CsvColumnMapping mapping, ZoneId zone)
      throws IOException {
    return switch (this) {
      case IBM -> new IbmAmlCsvReader(reader(in), errors, zone);
      case AMLSIM -> new AmlSimCsvReader(reader(in), errors, zone);
      case CSV ->
          new MappedCsvReader(
              reader(in), errors, mapping == null ? CsvColumnMapping.defaults() : mapping, zone);
      case GOAML -> {
        Iterator<Transaction> it =
            GoAmlTransactions.toTransactions(new GoAmlReader().read(in), zone).iterator();
        in.close();
        yield new TransactionSource() {
          @Override
          public @Nullable Transaction next() {
            return it.hasNext() ? it.next() : null;
          }

          @Override
          public long rowErrors() {
            return 0;
          }

          @Override
          public void close() {}
        };
      }
    };
  }

  private static BufferedReader reader(InputStream in) {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }
}
