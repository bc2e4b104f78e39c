package org.kuzet.engine.finintel.flink;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.AccountRef;

/**
 * A stage's write-back cache of account states ({@link StageOperator}): an open-addressing table
 * with each key beside its value in one array and the keys' hashes in another, at most half full. A
 * {@code HashMap} lookup was an eighth of the chained task's time at parallelism 1 (its bucket
 * array, then a node, then the key); here a lookup reads one hash and one slot pair, and the
 * readers hand out one {@link AccountRef} per account, so most probes match by identity without
 * comparing strings. Capacity is fixed when created: the stage empties the cache once it holds its
 * limit, so it never grows.
 */
final class StateCache {
  private final Object[] slots; // key, value, key, value ...
  private final int[] hashes;
  private final int mask;
  private int size;

  /** A cache for at most {@code limit} accounts. */
  StateCache(int limit) {
    int capacity = Integer.highestOneBit(Math.max(2, 2 * limit - 1)) << 1;
    slots = new Object[2 * capacity];
    hashes = new int[capacity];
    mask = capacity - 1;
  }

  int size() {
    return size;
  }

  /** The value cached for {@code key}, or null. */
  @Nullable Object get(AccountRef key) {
    return get(key, key.hashCode());
  }

  /** The same with the key's hash already known. */
  @Nullable Object get(AccountRef key, int h) {
    for (int i = h & mask; ; i = (i + 1) & mask) {
      Object k = slots[2 * i];
      if (k == null) {
        return null;
      }
      if (k == key || (hashes[i] == h && k.equals(key))) {
        return slots[2 * i + 1];
      }
    }
  }

  /** Sets the value of {@code key}, adding it when absent (the caller keeps size below limit). */
  void put(AccountRef key, Object value) {
    put(key, key.hashCode(), value);
  }

  /** The same with the key's hash already known. */
  void put(AccountRef key, int h, Object value) {
    int i = h & mask;
    for (Object k; (k = slots[2 * i]) != null; i = (i + 1) & mask) {
      if (k == key || (hashes[i] == h && k.equals(key))) {
        slots[2 * i + 1] = value;
        return;
      }
    }
    if (2 * (size + 1) > hashes.length) {
      throw new IllegalStateException("state cache full: " + size);
    }
    slots[2 * i] = key;
    slots[2 * i + 1] = value;
    hashes[i] = h;
    size++;
  }

  /** Receives each cached entry. */
  interface Visitor {
    void visit(AccountRef key, Object value) throws Exception;
  }

  void forEach(Visitor v) throws Exception {
    for (int i = 0; i < hashes.length; i++) {
      Object k = slots[2 * i];
      if (k != null) {
        v.visit((AccountRef) k, slots[2 * i + 1]);
      }
    }
  }

  void clear() {
    if (size > 0) {
      Arrays.fill(slots, null);
      size = 0;
    }
  }
}
