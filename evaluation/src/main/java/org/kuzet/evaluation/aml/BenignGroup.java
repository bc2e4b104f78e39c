package org.kuzet.evaluation.aml;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rows of one benign look-alike, such as one employer's payroll over the period, listed so that
 * false alarms on them can be counted.
 */
record BenignGroup(int id, LookAlikeKind kind, List<Transaction> transactions) {

  BenignGroup {
    transactions = transactions.stream().sorted(Transaction.CHRONOLOGICAL).toList();
    if (transactions.isEmpty()) {
      throw new IllegalArgumentException("a look-alike needs transactions");
    }
  }

  int accountCount() {
    Set<Account> accounts = new LinkedHashSet<>();
    for (Transaction row : transactions) {
      accounts.add(row.from());
      accounts.add(row.to());
    }
    return accounts.size();
  }

  int firstMinute() {
    return transactions.get(0).minute();
  }

  int lastMinute() {
    return transactions.get(transactions.size() - 1).minute();
  }
}
