package org.kuzet.engine.finintel.detect;

import java.util.Arrays;
import org.kuzet.engine.finintel.Transaction;

/**
 * Transactions held back until no earlier one can arrive, kept sorted by (time, sequence) in
 * growable parallel arrays. Input that is already in time order only appends; a late one is
 * inserted a few places from the end.
 */
final class Pending {
  private long[] time = new long[1024];
  private long[] seq = new long[1024];
  private Transaction[] tx = new Transaction[1024];
  private int head;
  private int tail;

  int size() {
    return tail - head;
  }

  long firstTime() {
    return time[head];
  }

  void add(long t, long s, Transaction x) {
    if (tail == time.length) {
      compactOrGrow();
    }
    int i = tail;
    while (i > head && time[i - 1] > t) {
      i--;
    }
    if (i < tail) {
      System.arraycopy(time, i, time, i + 1, tail - i);
      System.arraycopy(seq, i, seq, i + 1, tail - i);
      System.arraycopy(tx, i, tx, i + 1, tail - i);
    }
    time[i] = t;
    seq[i] = s;
    tx[i] = x;
    tail++;
  }

  private void compactOrGrow() {
    int n = tail - head;
    if (head > time.length / 2) {
      System.arraycopy(time, head, time, 0, n);
      System.arraycopy(seq, head, seq, 0, n);
      System.arraycopy(tx, head, tx, 0, n);
      Arrays.fill(tx, n, tail, null);
    } else {
      long[] t = new long[time.length * 2];
      long[] s = new long[time.length * 2];
      Transaction[] x = new Transaction[time.length * 2];
      System.arraycopy(time, head, t, 0, n);
      System.arraycopy(seq, head, s, 0, n);
      System.arraycopy(tx, head, x, 0, n);
      time = t;
      seq = s;
      tx = x;
    }
    head = 0;
    tail = n;
  }

  /** Moves all entries of the first time into the batch arrays; returns how many. */
  int takeBatch(long t, Txs outTx, Seqs outSeq) {
    int n = 0;
    while (head < tail && time[head] == t) {
      outTx.put(n, tx[head]);
      outSeq.put(n, seq[head]);
      tx[head] = null;
      head++;
      n++;
    }
    if (head == tail) {
      head = 0;
      tail = 0;
    }
    return n;
  }

  static final class Txs {
    Transaction[] array = new Transaction[256];

    void put(int i, Transaction t) {
      if (i == array.length) {
        array = Arrays.copyOf(array, i * 2);
      }
      array[i] = t;
    }
  }

  static final class Seqs {
    long[] array = new long[256];

    void put(int i, long s) {
      if (i == array.length) {
        array = Arrays.copyOf(array, i * 2);
      }
      array[i] = s;
    }
  }
}
