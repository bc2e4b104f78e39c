package org.kuzet.engine.screening.index;

import java.util.Arrays;

/**
 * An immutable inverted index from hashed keys to name ids, held in three primitive arrays so
 * that a list of tens of thousands of names costs a few megabytes and a look-up is a binary
 * search. Keys are hashed to 39 bits and packed with a 24-bit name id into one long while
 * building; a hash collision only adds a candidate, which the scorer then rejects.
 */
public final class KeyIndex {

  /** Name ids must fit in 24 bits. */
  public static final int MAX_NAMES = 1 << 24;

  /** Key namespaces: fold keys, stems, deletions and joined parts share one; skeletons another. */
  public static final int NS_KEY = 0;

  public static final int NS_SKELETON = 1;

  private final long[] hashes;
  private final int[] offsets;
  private final int[] postings;

  private KeyIndex(long[] hashes, int[] offsets, int[] postings) {
    this.hashes = hashes;
    this.offsets = offsets;
    this.postings = postings;
  }

  /** 39-bit hash of a key in a namespace. */
  public static long hash(CharSequence key, int namespace) {
    long h = 0xcbf29ce484222325L ^ (namespace * 0x9E3779B97F4A7C15L);
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h >>> 25; // 39 bits: packed with a 24-bit id the long stays positive, so it sorts
  }

  /** Start of the postings of {@code hash}, or -1; see {@link #end} and {@link #posting}. */
  public int start(long hash) {
    int i = Arrays.binarySearch(hashes, hash);
    return i < 0 ? -1 : offsets[i];
  }

  /** End (exclusive) of the postings that begin at {@code start}. */
  public int end(long hash) {
    int i = Arrays.binarySearch(hashes, hash);
    return i < 0 ? -1 : offsets[i + 1];
  }

  /** The name id at a posting position. */
  public int posting(int position) {
    return postings[position];
  }

  /** Distinct keys held. */
  public int keyCount() {
    return hashes.length;
  }

  /** Postings held. */
  public int postingCount() {
    return postings.length;
  }

  /** Approximate heap bytes of the arrays. */
  public long heapBytes() {
    return 8L * hashes.length + 4L * offsets.length + 4L * postings.length;
  }

  /** Collects (key, name) pairs, then sorts them into a {@link KeyIndex}. */
  public static final class Builder {
    private long[] packed = new long[1 << 16];
    private int size;

    /** Adds a key for a name id. */
    public void add(long hash, int nameId) {
      if (nameId < 0 || nameId >= MAX_NAMES) {
        throw new IllegalArgumentException("name id out of range: " + nameId);
      }
      if (size == packed.length) {
        packed = Arrays.copyOf(packed, size * 2);
      }
      packed[size++] = (hash << 24) | nameId;
    }

    /** The finished index. */
    public KeyIndex build() {
      long[] sorted = Arrays.copyOf(packed, size);
      Arrays.sort(sorted);
      long[] hashes = new long[size];
      int[] offsets = new int[size + 1];
      int[] postings = new int[size];
      int keys = 0;
      int count = 0;
      long lastHash = -1;
      int lastId = -1;
      for (long p : sorted) {
        long h = p >>> 24;
        int id = (int) (p & (MAX_NAMES - 1));
        if (h != lastHash) {
          hashes[keys] = h;
          offsets[keys] = count;
          keys++;
          lastHash = h;
          lastId = -1;
        }
        if (id != lastId) {
          postings[count++] = id;
          lastId = id;
        }
      }
      offsets[keys] = count;
      return new KeyIndex(
          Arrays.copyOf(hashes, keys), Arrays.copyOf(offsets, keys + 1), Arrays.copyOf(postings, count));
    }
  }
}
