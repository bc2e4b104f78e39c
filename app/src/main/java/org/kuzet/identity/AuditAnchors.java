package org.kuzet.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The anchor file: an append-only text file outside the database, one line per anchor, {@code
 * <instant> <entry seq> <entry seal>}. Someone who can rewrite the database cannot make the chain
 * agree with lines already written here, and the same line also goes to the application log, so it
 * reaches wherever the logs are shipped.
 */
final class AuditAnchors {

  static final String FILE = "audit-anchors.log";
  private static final Logger log = LoggerFactory.getLogger(AuditAnchors.class);
  private static final Pattern LINE = Pattern.compile("(\\S+) (\\d+) ([0-9a-f]{64})");

  private final Path file;

  AuditAnchors(Path directory) {
    this.file = directory.resolve(FILE);
  }

  Path file() {
    return file;
  }

  /** Appends one anchor and forces it to disk before returning. */
  void append(AuditChain.Anchor anchor) {
    String line = anchor.at() + " " + anchor.seq() + " " + anchor.hash() + "\n";
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          line,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND,
          StandardOpenOption.WRITE,
          StandardOpenOption.SYNC);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the audit anchor file " + file, e);
    }
    log.info("audit anchor: entry {} sealed {} (written to {})", anchor.seq(), anchor.hash(), file);
  }

  /** Every anchor in the file; a line that cannot be read is reported in {@code unreadable}. */
  List<AuditChain.Anchor> read(List<String> unreadable) {
    if (!Files.exists(file)) {
      return List.of();
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the audit anchor file " + file, e);
    }
    var anchors = new ArrayList<AuditChain.Anchor>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      var m = LINE.matcher(line);
      try {
        if (!m.matches()) {
          throw new IllegalArgumentException(line);
        }
        anchors.add(
            new AuditChain.Anchor(
                Instant.parse(m.group(1)), Long.parseLong(m.group(2)), m.group(3)));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        unreadable.add(file + " line " + (i + 1) + " is not an anchor: " + clip(line));
      }
    }
    return anchors;
  }

  /** The seq of the last anchor in the file, 0 when there is none. */
  long lastSeq() {
    var all = read(new ArrayList<>());
    return all.isEmpty() ? 0 : all.get(all.size() - 1).seq();
  }

  private static String clip(String s) {
    return s.length() <= 80 ? s : s.substring(0, 80) + "…";
  }
}
