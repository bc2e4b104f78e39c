package org.kuzet.engine.screening.index;

import java.util.Arrays;

/**
 * An immutable inverted index from hashed keys to (name id, part) postings, held in three primitive
 * arrays so that a list of tens of thousands of names costs a few megabytes and a look-up is a
 * binary search. Keys are hashed to 34 bits and packed with a 24-bit name id and a 5-bit part
 * number into one long while building; a hash collision only adds a candidate, which the scorer
 * then rejects. Knowing which part of a name a key came from lets retrieval bound how many parts
 * can pair up before scoring anything.
 */
public final class KeyIndex {

  /** Name ids must fit in 24 bits. */
  public static final int MAX_NAMES = 1 << 24;

  /** Parts beyond this share its number. */
  public static final int MAX_PART = 31;

  /** Key namespaces: fold keys, stems, deletions and joined parts share one; skeletons another. */
  public static final int NS_KEY = 0;

  /** Skeletons of parts written in an abjad (Arabic, Hebrew script). */
  public static final int NS_SKELETON = 1;

  /** Skeletons of parts written in other scripts; only abjad parts look these up. */
  public static final int NS_SKELETON_ALPHABET = 2;

  /** Neighbouring list parts written together (SergeiLavrov meets Sergei Lavrov here). */
  public static final int NS_JOINED = 3;

  /** A whole name that holds no ordinary name part (D COMPANY, AL-): its part keys in order. */
  public static final int NS_WHOLE = 4;

  private final long[] hashes;
  private final int[] offsets;
  private final int[] postings;

  /**
   * Where each run of keys sharing their top hash bits starts: a look-up searches a run of about
   * one key instead of the whole sorted array (which costs a cache miss per step).
   */
  private final int[] directory;

  private final int shift;

  private KeyIndex(long[] hashes, int[] offsets, int[] postings) {
    this.hashes = hashes;
    this.offsets = offsets;
    this.postings = postings;
    int bits = Math.min(24, Math.max(1, 32 - Integer.numberOfLeadingZeros(hashes.length)));
    this.shift = HASH_BITS - bits;
    this.directory = new int[(1 << bits) + 1];
    int i = 0;
    for (int b = 0; b <= 1 << bits; b++) {
      while (i < hashes.length && (hashes[i] >>> shift) < b) {
        i++;
      }
      directory[b] = i;
    }
  }

  private static final int HASH_BITS = 34;

  /** 34-bit hash of a key in a namespace. */
  public static long hash(CharSequence key, int namespace) {
    long h = 0xcbf29ce484222325L ^ (namespace * 0x9E3779B97F4A7C15L);
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h >>> 30; // 34 bits: packed with a 29-bit posting the long stays positive, so it sorts
  }

  /** Start of the postings of {@code hash}, or -1; see {@link #end} and {@link #posting}. */
  public int start(long hash) {
    int i = find(hash);
    return i < 0 ? -1 : offsets[i];
  }

  /** End (exclusive) of the postings that begin at {@code start}. */
  public int end(long hash) {
    int i = find(hash);
    return i < 0 ? -1 : offsets[i + 1];
  }

  /** The posting at a position: name id times 32 plus part number. */
  public int posting(int position) {
    return postings[position];
  }

  /** The postings array itself, for tight loops (read only). */
  int[] postings() {
    return postings;
  }

  /** Index of {@code hash} among the keys, or a negative number. */
  public int find(long hash) {
    int b = (int) (hash >>> shift);
    int end = directory[b + 1];
    for (int i = directory[b]; i < end; i++) {
      if (hashes[i] == hash) {
        return i;
      }
    }
    return -1;
  }

  /** Start of the postings of the key at {@code keyIndex} (from {@link #find}). */
  public int startAt(int keyIndex) {
    return offsets[keyIndex];
  }

  /** End (exclusive) of the postings of the key at {@code keyIndex}. */
  public int endAt(int keyIndex) {
    return offsets[keyIndex + 1];
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
    return 8L * hashes.length + 4L * offsets.length + 4L * postings.length + 4L * directory.length;
  }

  /** Collects (key, name) pairs, then sorts them into a {@link KeyIndex}. */
  public static final class Builder {
    private long[] packed = new long[1 << 16];
    private int size;

    /** Adds a key for part {@code part} of a name. */
    public void add(long hash, int nameId, int part) {
      if (nameId < 0 || nameId >= MAX_NAMES) {
        throw new IllegalArgumentException("name id out of range: " + nameId);
      }
      if (size == packed.length) {
        packed = Arrays.copyOf(packed, size * 2);
      }
      packed[size++] = (hash << 29) | ((long) nameId << 5) | Math.min(part, MAX_PART);
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
        long h = p >>> 29;
        int id = (int) (p & ((1 << 29) - 1));
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
          Arrays.copyOf(hashes, keys),
          Arrays.copyOf(offsets, keys + 1),
          Arrays.copyOf(postings, count));
    }
  }
}
