package org.kuzet.engine.finintel.flink;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What {@link EventOrder} holds back, sorted by (event time, sequence number) in a growable array
 * with the times beside it. Input that is already in time order, as files and a topic's partition
 * mostly are, only appends; a late transaction is inserted a few places from the end. (A {@code
 * PriorityQueue} paid a sift through its heap with a comparator on every add and every release: a
 * twentieth of the chained task at parallelism 1.)
 */
final class HeldTransactions {
  private long[] time = new long[1024];
  private Sequenced[] held = new Sequenced[1024];
  private int head;
  private int tail;

  boolean isEmpty() {
    return head == tail;
  }

  /** The earliest time held; only when not empty. */
  long firstTime() {
    return time[head];
  }

  /** Takes the earliest transaction held; only when not empty. */
  Sequenced poll() {
    Sequenced s = held[head];
    held[head++] = null;
    if (head == tail) {
      head = 0;
      tail = 0;
    }
    return s;
  }

  void add(Sequenced s) {
    long t = s.tx().epochMillis();
    if (tail == held.length) {
      compactOrGrow();
    }
    int i = tail;
    while (i > head && (time[i - 1] > t || (time[i - 1] == t && held[i - 1].seq() > s.seq()))) {
      i--;
    }
    if (i < tail) {
      System.arraycopy(time, i, time, i + 1, tail - i);
      System.arraycopy(held, i, held, i + 1, tail - i);
    }
    time[i] = t;
    held[i] = s;
    tail++;
  }

  private void compactOrGrow() {
    int n = tail - head;
    if (n > held.length / 2) {
      time = Arrays.copyOf(time, held.length * 2);
      held = Arrays.copyOf(held, held.length * 2);
    }
    if (head > 0) {
      System.arraycopy(time, head, time, 0, n);
      System.arraycopy(held, head, held, 0, n);
      Arrays.fill(held, n, tail, null);
      head = 0;
      tail = n;
    }
  }

  /** Everything held, in order (for a checkpoint). */
  List<Sequenced> toList() {
    return new ArrayList<>(Arrays.asList(held).subList(head, tail));
  }
}
