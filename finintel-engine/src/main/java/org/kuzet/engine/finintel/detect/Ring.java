package org.kuzet.engine.finintel.detect;

import java.util.Arrays;
import org.kuzet.engine.finintel.Transaction;

/**
 * The recent payments of one account in one direction, oldest first, growing on demand up to a
 * fixed capacity. Each entry's figures sit side by side in one primitive array, four longs per
 * entry (time, sequence, amount as double bits, counterparty and contact start as two ints), so a
 * scan over the window reads one run of memory instead of five arrays; the transactions sit in a
 * second array, read only for evidence. The length is a power of two, so positions wrap with a mask
 * rather than a division. Entries older than the retention are dropped as time moves on, so memory
 * is bounded by the active window.
 */
final class Ring {
  private static final int STRIDE = 4;
  private static final int SEQ = 1;
  private static final int AMOUNT = 2;
  // Counterparty in the high half, in the low half when the account's relation with it began
  // (epoch minutes, Contacts.since) as it stood when the payment was added, Integer.MAX_VALUE for
  // a first contact. A relation in use is never forgotten within the rings' retention, and one
  // begun later begins at or after the payment, so against the start of any window that reaches
  // the entry this compares exactly as Contacts.since would now, without a lookup per entry.
  private static final int PARTY = 3;
  long[] entries;
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
    entries = new long[initial * STRIDE];
    tx = new Transaction[initial];
  }

  int size() {
    return size;
  }

  /** Index of the i-th oldest entry. */
  int at(int i) {
    return (head + i) & (tx.length - 1);
  }

  long time(int j) {
    return entries[j * STRIDE];
  }

  long seq(int j) {
    return entries[j * STRIDE + SEQ];
  }

  double amount(int j) {
    return Double.longBitsToDouble(entries[j * STRIDE + AMOUNT]);
  }

  int counterparty(int j) {
    return (int) (entries[j * STRIDE + PARTY] >> 32);
  }

  int contactSince(int j) {
    return (int) entries[j * STRIDE + PARTY];
  }

  /**
   * The position (0 = oldest) of the oldest entry at or after {@code from}, {@code size} when there
   * is none. Entries are added in event-time order, so a window's entries are the newest ones: a
   * scan over a window starts here instead of walking the whole retention.
   */
  int firstSince(long from) {
    int i = size;
    while (i > 0 && time(at(i - 1)) >= from) {
      i--;
    }
    return i;
  }

  void evictBefore(long cutoff) {
    int mask = tx.length - 1;
    while (size > 0 && entries[head * STRIDE] < cutoff) {
      tx[head] = null;
      head = (head + 1) & mask;
      size--;
    }
  }

  void add(long t, long s, double a, int cp, int since, Transaction x) {
    if (size == capacity) {
      tx[head] = null;
      head = (head + 1) & (tx.length - 1);
      size--;
    } else if (size == tx.length) {
      grow(tx.length * 2);
    }
    int i = (head + size) & (tx.length - 1);
    int k = i * STRIDE;
    entries[k] = t;
    entries[k + SEQ] = s;
    entries[k + AMOUNT] = Double.doubleToRawLongBits(a);
    entries[k + PARTY] = ((long) cp << 32) | (since & 0xFFFF_FFFFL);
    tx[i] = x;
    size++;
  }

  private void grow(int n) {
    long[] e = new long[n * STRIDE];
    Transaction[] x = new Transaction[n];
    for (int i = 0; i < size; i++) {
      int j = at(i);
      System.arraycopy(entries, j * STRIDE, e, i * STRIDE, STRIDE);
      x[i] = tx[j];
    }
    entries = e;
    tx = x;
    head = 0;
  }

  /** Number of distinct counterparties among entries at or after {@code from}. */
  int distinctSince(long from, int[] scratch) {
    int n = 0;
    for (int i = 0; i < size; i++) {
      int j = at(i);
      if (time(j) >= from) {
        scratch[n++] = counterparty(j);
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
