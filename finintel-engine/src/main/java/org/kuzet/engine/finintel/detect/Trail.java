package org.kuzet.engine.finintel.detect;

import java.util.Arrays;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.Transaction;

/**
 * A path money took: consecutive transactions, each leaving the account the previous one reached,
 * with the input sequence number of each.
 */
public record Trail(Transaction[] txs, long[] seqs) {

  public Trail {
    if (txs.length == 0 || txs.length != seqs.length) {
      throw new IllegalArgumentException("a trail needs one sequence number per transaction");
    }
  }

  static Trail of(long seq, Transaction tx) {
    return new Trail(new Transaction[] {tx}, new long[] {seq});
  }

  Trail extend(long seq, Transaction tx) {
    Transaction[] t = Arrays.copyOf(txs, txs.length + 1);
    long[] s = Arrays.copyOf(seqs, seqs.length + 1);
    t[txs.length] = tx;
    s[seqs.length] = seq;
    return new Trail(t, s);
  }

  public int length() {
    return txs.length;
  }

  public AccountRef start() {
    return txs[0].from();
  }

  public AccountRef end() {
    return txs[txs.length - 1].to();
  }

  public Transaction last() {
    return txs[txs.length - 1];
  }

  public long startTime() {
    return txs[0].epochMillis();
  }

  /** True when the trail passes through (or starts or ends at) the account. */
  boolean visits(AccountRef a) {
    if (txs[0].from().equals(a)) {
      return true;
    }
    for (Transaction t : txs) {
      if (t.to().equals(a)) {
        return true;
      }
    }
    return false;
  }

  /** Orders trails by their last transaction, then the one before, and so on. */
  static int compareFromEnd(Trail a, Trail b) {
    int i = a.txs.length - 1;
    int j = b.txs.length - 1;
    while (i >= 0 && j >= 0) {
      int c = Long.compare(a.txs[i].epochMillis(), b.txs[j].epochMillis());
      if (c != 0) {
        return c;
      }
      c = Long.compare(a.seqs[i], b.seqs[j]);
      if (c != 0) {
        return c;
      }
      i--;
      j--;
    }
    return Integer.compare(a.txs.length, b.txs.length);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Trail t && Arrays.equals(seqs, t.seqs) && Arrays.equals(txs, t.txs);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(seqs);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(start().key());
    for (Transaction t : txs) {
      b.append(" -[")
          .append(t.id())
          .append(' ')
          .append(t.amountPaid())
          .append("]-> ")
          .append(t.to().key());
    }
    return b.toString();
  }
}
