package org.kuzet.evaluation.aml;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a data set as four files: transactions.csv and patterns.txt in the AMLworld formats,
 * schemes.csv with one line per scheme, and lookalikes.csv with one line per benign look-alike.
 * Lines end in a bare newline on every platform, so the files are byte-identical for a seed.
 */
final class AmlFiles {

  static final String TRANSACTIONS = "transactions.csv";
  static final String PATTERNS = "patterns.txt";
  static final String SCHEMES = "schemes.csv";
  static final String LOOK_ALIKES = "lookalikes.csv";

  static final String SCHEMES_HEADER =
      "scheme_id,typology,accounts,transactions,degree_or_hops,span_minutes,amount_behaviour,"
          + "currencies,formats,first_timestamp,last_timestamp";
  static final String LOOK_ALIKES_HEADER =
      "group_id,kind,resembles,accounts,transactions,first_timestamp,last_timestamp";

  private AmlFiles() {}

  static void write(AmlDataset data, Path dir) throws IOException {
    Files.createDirectories(dir);
    RowFormat rows = new RowFormat(data.clock());
    Clock clock = data.clock();
    try (Writer out = open(dir.resolve(TRANSACTIONS))) {
      line(out, RowFormat.HEADER);
      for (Transaction row : data.transactions()) {
        line(out, rows.line(row));
      }
    }
    try (Writer out = open(dir.resolve(PATTERNS))) {
      for (Scheme scheme : data.schemes()) {
        line(out, "BEGIN LAUNDERING ATTEMPT - " + scheme.header());
        for (Transaction row : scheme.transactions()) {
          line(out, rows.line(row));
        }
        line(out, "END LAUNDERING ATTEMPT - " + scheme.typology().label());
        line(out, "");
      }
    }
    try (Writer out = open(dir.resolve(SCHEMES))) {
      line(out, SCHEMES_HEADER);
      for (Scheme s : data.schemes()) {
        line(
            out,
            String.join(
                ",",
                Integer.toString(s.id()),
                s.typology().label(),
                Integer.toString(s.accounts().size()),
                Integer.toString(s.transactions().size()),
                s.shape(),
                Integer.toString(s.spanMinutes()),
                s.behaviour().label(),
                s.currencies(),
                s.formats(),
                clock.format(s.firstMinute()),
                clock.format(s.lastMinute())));
      }
    }
    try (Writer out = open(dir.resolve(LOOK_ALIKES))) {
      line(out, LOOK_ALIKES_HEADER);
      for (BenignGroup g : data.lookAlikes()) {
        line(
            out,
            String.join(
                ",",
                Integer.toString(g.id()),
                g.kind().label(),
                g.kind().resembles().label(),
                Integer.toString(g.accountCount()),
                Integer.toString(g.transactions().size()),
                clock.format(g.firstMinute()),
                clock.format(g.lastMinute())));
      }
    }
  }

  private static Writer open(Path path) throws IOException {
    return new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), 1 << 16);
  }

  private static void line(Writer out, String text) throws IOException {
    out.write(text);
    out.write('\n');
  }
}
