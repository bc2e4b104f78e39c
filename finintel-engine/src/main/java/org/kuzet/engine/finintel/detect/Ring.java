package org.kuzet.engine.finintel.detect;

import java.util.Arrays;
import org.kuzet.engine.finintel.Transaction;

/**
 * The recent payments of one account in one direction, oldest first, in parallel primitive
 * arrays that grow on demand up to a fixed capacity. The arrays' length is a power of two, so
 * positions wrap with a mask rather than a division. Entries older than the retention are dropped
 * as time moves on, so memory is bounded by the active window.
 */
final class Ring {
  long[] time;
  long[] seq;
  double[] amount;
  int[] counterparty;
  // When the account's relation with the counterparty began (epoch minutes, Contacts.since) as
  // it stood when the payment was added, Integer.MAX_VALUE for a first contact. A relation in use
  // is never forgotten within the rings' retention, and one begun later begins at or after the
  // payment, so against the start of any window that reaches the entry this compares exactly as
  // Contacts.since would now, without a lookup per entry.
  int[] contactSince;
  Transaction[] tx;
  int head;
  int size;
  int capacity;

  /** For deserialisers. */
  @SuppressWarnings("NullAway.Init") // the deserialiser sets every field before any use
  Ring() {}

  Ring(int capacity) {
    this.capacity = capacity;
    int initial = 2;
    time = new long[initial];
    seq = new long[initial];
    amount = new double[initial];
    counterparty = new int[initial];
    contactSince = new int[initial];
    tx = new Transaction[initial];
  }

  int size() {
    return size;
  }

  /** Index of the i-th oldest entry in the arrays. */
  int at(int i) {
    return (head + i) & (time.length - 1);
  }

  void evictBefore(long cutoff) {
    while (size > 0 && time[head] < cutoff) {
      tx[head] = null;
      head = (head + 1) & (time.length - 1);
      size--;
    }
  }

  void add(long t, long s, double a, int cp, int since, Transaction x) {
    if (size == capacity) {
      tx[head] = null;
      head = (head + 1) & (time.length - 1);
      size--;
    } else if (size == time.length) {
      grow(time.length * 2);
    }
    int i = (head + size) & (time.length - 1);
    time[i] = t;
    seq[i] = s;
    amount[i] = a;
    counterparty[i] = cp;
    contactSince[i] = since;
    tx[i] = x;
    size++;
  }

  private void grow(int n) {
    long[] t = new long[n];
    long[] s = new long[n];
    double[] a = new double[n];
    int[] c = new int[n];
    int[] cs = new int[n];
    Transaction[] x = new Transaction[n];
    for (int i = 0; i < size; i++) {
      int j = at(i);
      t[i] = time[j];
      s[i] = seq[j];
      a[i] = amount[j];
      c[i] = counterparty[j];
      cs[i] = contactSince[j];
      x[i] = tx[j];
    }
    time = t;
    seq = s;
    amount = a;
    counterparty = c;
    contactSince = cs;
    tx = x;
    head = 0;
  }

  /** Number of distinct counterparties among entries at or after {@code from}. */
  int distinctSince(long from, int[] scratch) {
    int n = 0;
    for (int i = 0; i < size; i++) {
      int j = at(i);
      if (time[j] >= from) {
        scratch[n++] = counterparty[j];
      }
    }
    if (n < 2) {
      return n;
    }
    Arrays.sort(scratch, 0, n);
    int d = 1;
    for (int i = 1; i < n; i++) {
      if (scratch[i] != scratch[i - 1]) {
        d++;
      }
    }
    return d;
  }
}
