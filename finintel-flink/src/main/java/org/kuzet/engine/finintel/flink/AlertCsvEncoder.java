package org.kuzet.engine.finintel.flink;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.flink.api.common.serialization.Encoder;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.Alert;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.detect.DetectionEngine;
import org.kuzet.engine.finintel.detect.DetectionSettings;
import org.kuzet.engine.finintel.io.TransactionFormat;
import org.kuzet.engine.finintel.io.TransactionSource;

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
    return CSVFormat.RFC4180.format(
        a.id(),
        a.typology().name().toLowerCase(Locale.ROOT),
        String.format(Locale.ROOT, "%.3f", a.score()),
        accounts.toString(),
        String.join(";", a.transactionIds()));
  }

  /** The in-process engine's alerts on an IBM-format file, as sorted lines. */
  static List<String> inProcessLines(Path ibmFile) throws IOException {
    return inProcessLines(ibmFile, null);
  }

  /** The same with the learned layer when {@code model} is given. */
  static List<String> inProcessLines(Path ibmFile, @Nullable LearnedModel model)
      throws IOException {
    List<String> lines = new ArrayList<>();
    DetectionEngine engine =
        model == null
            ? new DetectionEngine(DetectionSettings.defaults(), a -> lines.add(line(a)))
            : new DetectionEngine(
                DetectionSettings.defaults(),
                a -> lines.add(line(a)),
                model.model(),
                model.ruleFloor());
    try (InputStream in = Files.newInputStream(ibmFile);
        TransactionSource src = TransactionFormat.IBM.open(in, e -> {}, null)) {
      for (Transaction t; (t = src.next()) != null; ) {
        engine.accept(t);
      }
    }
    engine.finish();
    lines.sort(null);
    return lines;
  }

  /** The lines of the committed part files a file sink wrote under {@code dir}, sorted. */
  static List<String> partFileLines(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p :
          files
              .filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .toList()) {
        lines.addAll(Files.readAllLines(p));
      }
    }
    lines.sort(null);
    return lines;
  }

  @Override
  public void encode(Alert a, OutputStream out) throws IOException {
    out.write((line(a) + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
