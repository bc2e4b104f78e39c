package org.kuzet.engine.finintel.eval;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.io.InputRejectedException;
import org.kuzet.engine.finintel.io.RowError;
import org.kuzet.engine.finintel.io.TransactionFormat;
import org.kuzet.engine.finintel.io.TransactionSource;

/**
 * The laundering attempts of an AMLworld-style patterns file ({@code HI-Small_Patterns.txt}):
 * blocks from {@code BEGIN LAUNDERING ATTEMPT - FAN-IN: ...} to {@code END LAUNDERING ATTEMPT -
 * FAN-IN}, each row a transaction in the IBM AML CSV format. The rows carry no id, so they are
 * matched to the transaction file by content ({@link #claim}): time, accounts, amounts, currencies
 * and format; a row that occurs twice is claimed twice.
 */
public final class LaunderingPatterns {
  private static final String BEGIN = "BEGIN LAUNDERING ATTEMPT - ";
  private static final String END = "END LAUNDERING ATTEMPT - ";
  private static final String HEADER =
      "Timestamp,From Bank,Account,To Bank,Account,"
          + "Amount Received,Receiving Currency,Amount Paid,Payment Currency,Payment Format,"
          + "Is Laundering\n";

  /** One attempt: its pattern name (FAN-IN, CYCLE, ...), the file's description, its rows. */
  public record Attempt(int index, String pattern, String description, int line) {}

  private final List<Attempt> attempts = new ArrayList<>();
  private final List<List<String>> idsOf = new ArrayList<>();
  private final List<Integer> sizes = new ArrayList<>();
  private final Map<String, ArrayDeque<Integer>> byKey = new HashMap<>();

  private LaunderingPatterns() {}

  /** Reads the file; a row outside an attempt, an unclosed attempt or a bad row refuses it. */
  public static LaunderingPatterns read(Path file) throws IOException {
    LaunderingPatterns p = new LaunderingPatterns();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      Attempt open = null;
      StringBuilder rows = new StringBuilder(HEADER);
      List<Integer> rowLines = new ArrayList<>();
      while ((line = r.readLine()) != null) {
        n++;
        String t = line.strip();
        if (t.isEmpty()) {
          continue;
        }
        if (t.startsWith(BEGIN)) {
          if (open != null) {
            throw refused(file, n, "attempt opened at line " + open.line() + " is not closed");
          }
          String rest = t.substring(BEGIN.length());
          int colon = rest.indexOf(':');
          String name = (colon < 0 ? rest : rest.substring(0, colon)).strip();
          String what = colon < 0 ? "" : rest.substring(colon + 1).strip();
          open = new Attempt(p.attempts.size(), name.toUpperCase(Locale.ROOT), what, n);
          rows = new StringBuilder(HEADER);
          rowLines.clear();
        } else if (t.startsWith(END)) {
          if (open == null) {
            throw refused(file, n, "END without BEGIN");
          }
          p.add(file, open, rows.toString(), rowLines);
          open = null;
        } else {
          if (open == null) {
            throw refused(file, n, "a transaction row outside any laundering attempt");
          }
          rows.append(t).append('\n');
          rowLines.add(n);
        }
      }
      if (open != null) {
        throw refused(file, n, "attempt opened at line " + open.line() + " is not closed");
      }
    }
    return p;
  }

  private void add(Path file, Attempt a, String csv, List<Integer> rowLines) throws IOException {
    List<RowError> errors = new ArrayList<>();
    int count = 0;
    try (TransactionSource src =
        TransactionFormat.IBM.open(
            new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), errors::add, null)) {
      for (Transaction t; (t = src.next()) != null; ) {
        byKey.computeIfAbsent(key(t), k -> new ArrayDeque<>()).add(a.index());
        count++;
      }
    }
    if (!errors.isEmpty()) {
      RowError e = errors.get(0);
      int line = (int) e.line() - 2 < rowLines.size() ? rowLines.get((int) e.line() - 2) : a.line();
      throw refused(file, line, e.reason());
    }
    attempts.add(a);
    idsOf.add(new ArrayList<>());
    sizes.add(count);
  }

  private static InputRejectedException refused(Path file, int line, String why) {
    return new InputRejectedException(file.getFileName() + " line " + line + ": " + why);
  }

  /** The content a row is matched by. */
  static String key(Transaction t) {
    return t.epochMillis()
        + "|"
        + t.from().key()
        + "|"
        + t.to().key()
        + "|"
        + t.amountPaid().stripTrailingZeros().toPlainString()
        + "|"
        + t.paymentCurrency()
        + "|"
        + t.amountReceived().stripTrailingZeros().toPlainString()
        + "|"
        + t.receivingCurrency()
        + "|"
        + t.paymentType();
  }

  /** Gives the transaction its id in the attempt whose row it is, if any; true when it was. */
  public boolean claim(Transaction t) {
    ArrayDeque<Integer> q = byKey.get(key(t));
    if (q == null || q.isEmpty()) {
      return false;
    }
    idsOf.get(q.poll()).add(t.id());
    return true;
  }

  public List<Attempt> attempts() {
    return attempts;
  }

  /** Ids of the transactions claimed for the attempt. */
  public List<String> ids(int attempt) {
    return idsOf.get(attempt);
  }

  /** Rows the attempt lists (claimed or not). */
  public int size(int attempt) {
    return sizes.get(attempt);
  }

  /** Rows of the patterns file that matched no transaction of the data file. */
  public int unclaimed() {
    int n = 0;
    for (ArrayDeque<Integer> q : byKey.values()) {
      n += q.size();
    }
    return n;
  }
}
