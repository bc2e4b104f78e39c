package org.kuzet.engine.finintel.trace;

import java.math.BigDecimal;
import java.util.List;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.Transaction;

/**
 * One path money may have taken: consecutive transactions, each leaving the account the previous
 * one reached, not before it arrived. {@code carried} is the most that can have gone the whole way:
 * the smallest amount along the path, in {@code currency} (the last hop's).
 */
public record FlowPath(List<Transaction> hops, BigDecimal carried, String currency) {
  public FlowPath {
    hops = List.copyOf(hops);
    if (hops.isEmpty()) {
      throw new IllegalArgumentException("a path has at least one hop");
    }
  }

  public AccountRef start() {
    return hops.get(0).from();
  }

  public AccountRef end() {
    return hops.get(hops.size() - 1).to();
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(start().key());
    for (Transaction t : hops) {
      b.append(" -[")
          .append(t.id())
          .append(' ')
          .append(t.amountReceived().toPlainString())
          .append(' ')
          .append(t.receivingCurrency())
          .append(' ')
          .append(t.timestamp())
          .append("]-> ")
          .append(t.to().key());
    }
    return b.append("  carried ")
        .append(carried.toPlainString())
        .append(' ')
        .append(currency)
        .toString();
  }
}
