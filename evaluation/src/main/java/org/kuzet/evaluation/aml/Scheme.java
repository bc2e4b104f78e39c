package org.kuzet.evaluation.aml;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One laundering attempt: its rows, its accounts and what was drawn for it. {@code detail} is the
 * text AMLworld puts after the type in a pattern header ("Max 12-degree Fan-In"), empty where
 * AMLworld writes none; {@code shape} is the degree, the hop count or the layer widths.
 */
record Scheme(
    int id,
    Typology typology,
    String detail,
    String shape,
    AmountBehaviour behaviour,
    List<Transaction> transactions,
    List<Account> accounts) {

  Scheme {
    transactions = transactions.stream().sorted(Transaction.CHRONOLOGICAL).toList();
    accounts = List.copyOf(accounts);
    if (transactions.isEmpty()) {
      throw new IllegalArgumentException("a scheme needs transactions");
    }
  }

  String header() {
    return detail.isEmpty() ? typology.label() : typology.label() + ":  " + detail;
  }

  int firstMinute() {
    return transactions.get(0).minute();
  }

  int lastMinute() {
    return transactions.get(transactions.size() - 1).minute();
  }

  int spanMinutes() {
    return lastMinute() - firstMinute();
  }

  /** The currencies paid and received, sorted and joined by semicolons. */
  String currencies() {
    TreeSet<String> labels = new TreeSet<>();
    for (Transaction row : transactions) {
      labels.add(row.paymentCurrency().label());
      labels.add(row.receivingCurrency().label());
    }
    return String.join(";", labels);
  }

  String formats() {
    return transactions.stream()
        .map(row -> row.format().label())
        .collect(Collectors.toCollection(TreeSet::new))
        .stream()
        .collect(Collectors.joining(";"));
  }
}
