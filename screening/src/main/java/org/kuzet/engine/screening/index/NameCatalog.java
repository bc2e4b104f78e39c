package org.kuzet.engine.screening.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kuzet.engine.screening.text.Keys;
import org.kuzet.engine.screening.text.NameNormaliser;
import org.kuzet.engine.screening.text.NameToken;
import org.kuzet.engine.screening.text.TokenRole;

/**
 * Every list name, normalised once, and a {@link KeyIndex} over its parts' tolerant keys: fold
 * key, stem, phonetic skeleton, every one-letter deletion of the key (so a typo on either side
 * still meets: both sides delete the wrong letter), and neighbouring parts written together.
 * A query probes the same keys; only names met by enough query parts are scored.
 */
public final class NameCatalog {

  /**
   * One list name.
   *
   * @param owner index of the owning entry in the caller's numbering
   * @param name the name as the list writes it
   * @param tokens its normalised parts
   * @param nameParts how many parts are ordinary name parts (not initials, particles, forms)
   */
  public record NameRecord(int owner, String name, List<NameToken> tokens, int nameParts) {}

  private static final int MAX_DELETION_KEY = 20;

  private final NameRecord[] names;
  private final KeyIndex index;
  private final ThreadLocal<Scratch> scratch;

  private NameCatalog(NameRecord[] names, KeyIndex index) {
    this.names = names;
    this.index = index;
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(names.length));
  }

  /** Builds the catalog; {@code owners.get(i)} owns {@code names.get(i)}. */
  public static NameCatalog build(List<Integer> owners, List<String> rawNames) {
    if (owners.size() != rawNames.size()) {
      throw new IllegalArgumentException("owners and names differ in size");
    }
    List<NameRecord> records = new ArrayList<>(rawNames.size());
    KeyIndex.Builder builder = new KeyIndex.Builder();
    StringBuilder buf = new StringBuilder();
    for (int i = 0; i < rawNames.size(); i++) {
      List<NameToken> tokens = NameNormaliser.tokens(rawNames.get(i));
      if (tokens.isEmpty()) {
        continue;
      }
      int id = records.size();
      int parts = 0;
      for (NameToken t : tokens) {
        if (t.role() == TokenRole.NAME) {
          parts++;
          forEachProbe(t, (h) -> builder.add(h, id), buf);
        }
      }
      for (int j = 0; j + 1 < tokens.size() && j < 12; j++) {
        buf.setLength(0);
        buf.append(tokens.get(j).ascii());
        for (int k = j + 1; k < Math.min(tokens.size(), j + 3); k++) {
          buf.append(tokens.get(k).ascii());
          builder.add(KeyIndex.hash(Keys.fold(buf.toString()), KeyIndex.NS_KEY), id);
        }
      }
      records.add(new NameRecord(owners.get(i), rawNames.get(i), List.copyOf(tokens), parts));
    }
    return new NameCatalog(records.toArray(new NameRecord[0]), builder.build());
  }

  interface HashSink {
    void accept(long hash);
  }

  private static void forEachProbe(NameToken t, HashSink sink, StringBuilder buf) {
    String key = t.key();
    sink.accept(KeyIndex.hash(key, KeyIndex.NS_KEY));
    if (!t.stem().equals(key)) {
      sink.accept(KeyIndex.hash(t.stem(), KeyIndex.NS_KEY));
    }
    String skeleton = t.abjad() ? t.skeleton() : Keys.skeleton(key, true);
    if (skeleton.length() >= 3 || (t.abjad() && skeleton.length() >= 2)) {
      sink.accept(KeyIndex.hash(skeleton, KeyIndex.NS_SKELETON));
    }
    if (key.length() >= 4 && key.length() <= MAX_DELETION_KEY) {
      for (int d = 0; d < key.length(); d++) {
        buf.setLength(0);
        buf.append(key, 0, d).append(key, d + 1, key.length());
        sink.accept(KeyIndex.hash(buf, KeyIndex.NS_KEY));
      }
    }
  }

  /** The name with this id. */
  public NameRecord name(int id) {
    return names[id];
  }

  /** How many names are held. */
  public int size() {
    return names.length;
  }

  /** The key index (for figures). */
  public KeyIndex index() {
    return index;
  }

  /** Query parts that take part in retrieval (ordinary name parts). */
  public static int probedParts(List<NameToken> query) {
    int n = 0;
    for (NameToken t : query) {
      if (probed(t)) {
        n++;
      }
    }
    return n;
  }

  private static boolean probed(NameToken t) {
    return t.role() == TokenRole.NAME && !(t.dottedInitials() && t.ascii().length() <= 3);
  }

  /**
   * Ids of names worth scoring: met by at least min(2, probed query parts, name parts) query
   * parts, and whose best possible name score (every met part perfect, every other part
   * missing at the lowest penalty) reaches {@code minScore} (0-1).
   */
  public int[] candidates(List<NameToken> query, double minScore) {
    Scratch s = scratch.get();
    int stamp = s.next();
    int probedCount = 0;
    int foundCount = 0;
    StringBuilder buf = s.buf;
    int bit = 0;
    int[] bitOfToken = new int[query.size()];
    Arrays.fill(bitOfToken, -1);
    for (int qi = 0; qi < query.size() && bit < 31; qi++) {
      NameToken t = query.get(qi);
      if (!probed(t)) {
        continue;
      }
      bitOfToken[qi] = bit;
      final int mask = 1 << bit;
      bit++;
      probedCount++;
      long[] hashes = s.hashes;
      int[] n = {0};
      forEachProbe(t, h -> {
        if (n[0] < hashes.length) {
          hashes[n[0]++] = h;
        }
      }, buf);
      for (int p = 0; p < n[0]; p++) {
        foundCount = collect(hashes[p], mask, stamp, s, foundCount);
      }
    }
    // query parts written apart that a list writes together
    for (int j = 0; j + 1 < query.size() && j < 12; j++) {
      buf.setLength(0);
      buf.append(query.get(j).ascii());
      int mask = bitOfToken[j] >= 0 ? 1 << bitOfToken[j] : 0;
      for (int k = j + 1; k < Math.min(query.size(), j + 3); k++) {
        buf.append(query.get(k).ascii());
        mask |= bitOfToken[k] >= 0 ? 1 << bitOfToken[k] : 0;
        if (mask != 0) {
          foundCount = collect(KeyIndex.hash(Keys.fold(buf.toString()), KeyIndex.NS_KEY), mask, stamp, s, foundCount);
        }
      }
    }
    int initials = 0;
    for (NameToken t : query) {
      if (t.role() == TokenRole.INITIAL) {
        initials++;
      }
    }
    int[] out = new int[foundCount];
    int m = 0;
    for (int f = 0; f < foundCount; f++) {
      int id = s.found[f];
      int hits = Integer.bitCount(s.mask[id]);
      NameRecord r = names[id];
      int required = Math.max(1, Math.min(2, Math.min(probedCount, r.nameParts)));
      if (hits < required) {
        continue;
      }
      // initials may still match a part each; count them as met for this upper bound
      int met = Math.min(Math.max(hits, r.nameParts), hits + initials);
      double matched = 2.0 * met;
      double bound =
          matched / (matched + 0.4 * Math.max(0, probedCount - hits) + 0.4 * Math.max(0, r.nameParts - met));
      if (bound >= minScore) {
        out[m++] = id;
      }
    }
    return Arrays.copyOf(out, m);
  }

  private int collect(long hash, int mask, int stamp, Scratch s, int foundCount) {
    int start = index.start(hash);
    if (start < 0) {
      return foundCount;
    }
    int end = index.end(hash);
    for (int p = start; p < end; p++) {
      int id = index.posting(p);
      if (s.stamp[id] != stamp) {
        s.stamp[id] = stamp;
        s.mask[id] = mask;
        if (foundCount == s.found.length) {
          s.found = Arrays.copyOf(s.found, foundCount * 2);
        }
        s.found[foundCount++] = id;
      } else {
        s.mask[id] |= mask;
      }
    }
    return foundCount;
  }

  /** Per-thread working arrays, so concurrent queries share nothing mutable. */
  private static final class Scratch {
    final int[] stamp;
    final int[] mask;
    int[] found = new int[256];
    final long[] hashes = new long[64];
    final StringBuilder buf = new StringBuilder();
    int current;

    Scratch(int size) {
      stamp = new int[size];
      mask = new int[size];
    }

    int next() {
      current++;
      if (current == Integer.MAX_VALUE) {
        Arrays.fill(stamp, 0);
        current = 1;
      }
      return current;
    }
  }
}
