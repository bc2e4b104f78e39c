package org.kuzet.engine.finintel.detect;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.Alert;
import org.kuzet.engine.finintel.AlertFacts;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.Typology;

/** Collects the transactions behind a finding and turns them into an alert. */
final class Evidence {
  private final Set<Transaction> txs = new LinkedHashSet<>();

  Evidence add(Transaction t) {
    txs.add(t);
    return this;
  }

  Evidence addAll(Iterable<Transaction> ts) {
    for (Transaction t : ts) {
      txs.add(t);
    }
    return this;
  }

  Evidence addAll(Transaction[] ts) {
    for (Transaction t : ts) {
      txs.add(t);
    }
    return this;
  }

  int size() {
    return txs.size();
  }

  Alert alert(Typology typology, double score, long now, String reason) {
    return alert(typology, score, now, reason, AlertFacts.NONE);
  }

  Alert alert(Typology typology, double score, long now, String reason, AlertFacts facts) {
    List<AccountRef> accounts = new ArrayList<>();
    List<String> ids = new ArrayList<>(txs.size());
    for (Transaction t : txs) {
      accounts.add(t.from());
      accounts.add(t.to());
      ids.add(t.id());
    }
    return Alert.of(typology, score, accounts, ids, Instant.ofEpochMilli(now), reason, facts);
  }

  static String money(double v) {
    return String.format(Locale.ROOT, "%,.2f", v);
  }

  /** Number of distinct values among the first {@code n} (sorts them in place). */
  static int distinct(int[] a, int n) {
    if (n < 2) {
      return n;
    }
    Arrays.sort(a, 0, n);
    int d = 1;
    for (int i = 1; i < n; i++) {
      if (a[i] != a[i - 1]) {
        d++;
      }
    }
    return d;
  }

  /** Coefficient of variation (standard deviation over mean) of the amounts. */
  static double cv(double[] a, int n) {
    if (n < 2) {
      return 0;
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += a[i];
    }
    double mean = sum / n;
    if (mean <= 0) {
      return Double.POSITIVE_INFINITY;
    }
    double sq = 0;
    for (int i = 0; i < n; i++) {
      double d = a[i] - mean;
      sq += d * d;
    }
    return Math.sqrt(sq / n) / mean;
  }
}
