package org.kuzet.finintel.internal.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.kuzet.engine.finintel.Transaction;

/**
 * The natural key of a transaction: a hash of what it says (time, both accounts, both amounts and
 * currencies, payment type), not of its id, because IBM's format numbers rows and the same payment
 * has another number in another file. Two identical rows of one file are two payments: the second
 * gets occurrence 2. Occurrences are counted among rows of the same timestamp, which is how bank
 * extracts are ordered.
 */
final class NaturalKeys {

  private final Map<String, Integer> seenAtInstant = new HashMap<>();
  private Instant current = Instant.EPOCH;

  String keyOf(Transaction t) {
    if (!t.timestamp().equals(current)) {
      current = t.timestamp();
      seenAtInstant.clear();
    }
    String content =
        t.timestamp().toEpochMilli()
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
    int occurrence = seenAtInstant.merge(content, 1, Integer::sum);
    return hash(content + "#" + occurrence, 32);
  }

  static String hash(String text, int hexChars) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d).substring(0, hexChars);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }
}
