package org.kuzet.engine.finintel.detect;

import java.util.ArrayList;
import java.util.List;

/** The trails of one length that ended at an account recently, oldest first, bounded. */
final class TrailBuffer {
  final List<Trail> trails = new ArrayList<>(4);
  int capacity;

  TrailBuffer() {}

  TrailBuffer(int capacity) {
    this.capacity = capacity;
  }

  void evictBefore(long cutoff) {
    int n = 0;
    while (n < trails.size() && trails.get(n).last().epochMillis() < cutoff) {
      n++;
    }
    if (n > 0) {
      trails.subList(0, n).clear();
    }
  }

  void add(Trail t) {
    if (trails.size() >= capacity) {
      trails.remove(0);
    }
    trails.add(t);
  }
}
