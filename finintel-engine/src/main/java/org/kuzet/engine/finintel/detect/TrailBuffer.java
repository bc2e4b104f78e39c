package org.kuzet.engine.finintel.detect;

import java.util.ArrayList;
import java.util.List;

/** The trails of one length that ended at an account recently, oldest first, bounded. */
final class TrailBuffer {
  final List<Trail> trails = new ArrayList<>(4);
  int capacity;
  // When the oldest trail's last payment was made, Long.MAX_VALUE when there is none: most
  // accounts hold no trail, and most calls then end at this field without reading the trails.
  long oldest = Long.MAX_VALUE;

  TrailBuffer() {}

  TrailBuffer(int capacity) {
    this.capacity = capacity;
  }

  boolean isEmpty() {
    return oldest == Long.MAX_VALUE;
  }

  void evictBefore(long cutoff) {
    if (oldest >= cutoff) {
      return;
    }
    int n = 0;
    while (n < trails.size() && trails.get(n).last().epochMillis() < cutoff) {
      n++;
    }
    if (n > 0) {
      trails.subList(0, n).clear();
    }
    resetOldest();
  }

  void add(Trail t) {
    if (trails.size() >= capacity) {
      trails.remove(0);
    }
    trails.add(t);
    resetOldest();
  }

  private void resetOldest() {
    oldest = trails.isEmpty() ? Long.MAX_VALUE : trails.get(0).last().epochMillis();
  }
}
