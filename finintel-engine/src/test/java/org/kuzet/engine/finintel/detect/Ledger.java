package org.kuzet.engine.finintel.detect;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.Alert;
import org.kuzet.engine.finintel.PaymentType;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.Typology;

/** Hand-made transaction graphs for detector tests: {@code pay("A", "B", 100, hours)}. */
final class Ledger {
  static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");
  private final List<Transaction> txs = new ArrayList<>();
  private int next = 1;

  static AccountRef acct(String name) {
    return new AccountRef("KZ1", name);
  }

  Ledger pay(String from, String to, double amount, double hours, PaymentType type) {
    return pay(from, to, amount, hours, type, null);
  }

  Ledger pay(
      String from, String to, double amount, double hours, PaymentType type, String toCountry) {
    Instant at = T0.plus(Duration.ofMinutes(Math.round(hours * 60)));
    BigDecimal a = BigDecimal.valueOf(amount);
    txs.add(
        new Transaction(
            "t" + next++, at, acct(from), acct(to), a, "KZT", a, "KZT", type, null, toCountry));
    return this;
  }

  Ledger wire(String from, String to, double amount, double hours) {
    return pay(from, to, amount, hours, PaymentType.WIRE);
  }

  /** The transactions in time order, as a bank export would list them. */
  List<Transaction> txs() {
    List<Transaction> sorted = new ArrayList<>(txs);
    sorted.sort(Comparator.comparing(Transaction::timestamp));
    return sorted;
  }

  List<Alert> detect(Typology... only) {
    DetectionSettings s = DetectionSettings.defaults();
    if (only.length > 0) {
      s = s.only(Set.of(only));
    }
    return DetectionEngine.detect(s, txs());
  }

  List<Alert> detect(DetectionSettings s) {
    return DetectionEngine.detect(s, txs());
  }

  /** Ids of the transactions added so far whose index (from 1) is in the range. */
  static List<String> ids(int fromInclusive, int toInclusive) {
    List<String> out = new ArrayList<>();
    for (int i = fromInclusive; i <= toInclusive; i++) {
      out.add("t" + i);
    }
    return out;
  }
}
