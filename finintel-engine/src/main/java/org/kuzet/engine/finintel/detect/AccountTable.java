package org.kuzet.engine.finintel.detect;

import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.AccountRef;

/**
 * The in-process engine's per-account state, an open-addressing hash table with each key beside its
 * value in one array. A lookup is one or two cache lines instead of a {@code HashMap}'s bucket
 * array, node and key object; readers hand out one {@link AccountRef} per account, so most probes
 * match by identity without reading the key's strings. Linear probing at most half full.
 */
final class AccountTable<V> {
  private Object[] slots = new Object[2 * 1024]; // key, value, key, value ...
  private int[] hashes = new int[1024];
  private int size;

  int size() {
    return size;
  }

  @SuppressWarnings("unchecked")
  @Nullable V get(AccountRef key) {
    return get(key, key.hashCode());
  }

  /** The same with the key's hash already known. */
  @SuppressWarnings("unchecked")
  @Nullable V get(AccountRef key, int h) {
    int mask = hashes.length - 1;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      Object k = slots[2 * i];
      if (k == null) {
        return null;
      }
      if (k == key || (hashes[i] == h && k.equals(key))) {
        return (V) slots[2 * i + 1];
      }
    }
  }

  /**
   * The key's value, or a new one from {@code create} added under it: one probe for both, where a
   * {@link #get} and then an {@link #add} walk the same run of slots twice.
   */
  @SuppressWarnings("unchecked")
  V getOrAdd(AccountRef key, int h, Supplier<V> create) {
    if (2 * (size + 1) > hashes.length) {
      rebuild(hashes.length * 2, null);
    }
    int mask = hashes.length - 1;
    int i = h & mask;
    for (Object k; (k = slots[2 * i]) != null; i = (i + 1) & mask) {
      if (k == key || (hashes[i] == h && k.equals(key))) {
        return (V) slots[2 * i + 1];
      }
    }
    V v = create.get();
    slots[2 * i] = key;
    slots[2 * i + 1] = v;
    hashes[i] = h;
    size++;
    return v;
  }

  /** Adds a key that is not in the table. */
  void add(AccountRef key, V value) {
    add(key, key.hashCode(), value);
  }

  /** The same with the key's hash already known. */
  void add(AccountRef key, int h, V value) {
    if (2 * (size + 1) > hashes.length) {
      rebuild(hashes.length * 2, null);
    }
    insert(h, key, value);
    size++;
  }

  private void insert(int h, Object key, Object value) {
    int mask = hashes.length - 1;
    int i = h & mask;
    while (slots[2 * i] != null) {
      i = (i + 1) & mask;
    }
    slots[2 * i] = key;
    slots[2 * i + 1] = value;
    hashes[i] = h;
  }

  /** Drops the entries whose value matches, shrinking the table when it became mostly empty. */
  void removeIf(Predicate<V> drop) {
    int capacity = hashes.length;
    while (capacity > 1024 && 8 * size < capacity) {
      capacity /= 2;
    }
    rebuild(capacity, drop);
  }

  @SuppressWarnings("unchecked")
  private void rebuild(int capacity, @Nullable Predicate<V> drop) {
    Object[] old = slots;
    int[] oldHashes = hashes;
    slots = new Object[2 * capacity];
    hashes = new int[capacity];
    size = 0;
    for (int i = 0; i < oldHashes.length; i++) {
      Object k = old[2 * i];
      if (k != null && (drop == null || !drop.test((V) old[2 * i + 1]))) {
        insert(oldHashes[i], k, old[2 * i + 1]);
        size++;
      }
    }
  }
}
