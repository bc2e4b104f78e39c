package org.kuzet.engine.screening.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kuzet.engine.screening.score.Joins;
import org.kuzet.engine.screening.score.NameMatcher;
import org.kuzet.engine.screening.score.Slips;
import org.kuzet.engine.screening.text.Keys;
import org.kuzet.engine.screening.text.NameNormaliser;
import org.kuzet.engine.screening.text.NameToken;
import org.kuzet.engine.screening.text.Reading;
import org.kuzet.engine.screening.text.TokenRole;

/**
 * Every list name, normalised once, and a {@link KeyIndex} over its parts' tolerant keys: fold key,
 * stem, phonetic skeleton (to meet abjad spellings), every one-letter deletion of the key (so a
 * typo on either side still meets: both sides delete the wrong letter), and neighbouring parts
 * written together. A query probes the same keys; each posting names the list part it came from, so
 * retrieval knows how many parts of a name can pair up at best and scores a name only when that
 * best case reaches the threshold. A query of two very common parts (Muhammad Ali) meets thousands
 * of names holding one of them, but only the few holding both get scored.
 */
public final class NameCatalog {

  /**
   * One list name.
   *
   * @param owner index of the owning entry in the caller's numbering
   * @param name the name as the list writes it
   * @param tokens its normalised parts
   * @param nameParts how many parts are ordinary name parts (not initials, particles, forms)
   * @param person whether the name is a person's (see {@link NameMatcher})
   * @param initials how many parts are initials
   * @param particles how many parts are particles
   * @param legalForms how many parts are legal forms
   * @param patronymics how many name parts are patronymics
   * @param joins its neighbouring parts written together, for {@link NameMatcher}
   * @param longParts bit p set when part p is a name part long enough to pair by two slips
   */
  public record NameRecord(
      int owner,
      String name,
      List<NameToken> tokens,
      int nameParts,
      boolean person,
      int initials,
      int particles,
      int legalForms,
      int patronymics,
      Joins joins,
      int longParts) {

    /** A person's name record. */
    public NameRecord(int owner, String name, List<NameToken> tokens, int nameParts) {
      this(
          owner,
          name,
          tokens,
          nameParts,
          true,
          count(tokens, TokenRole.INITIAL),
          count(tokens, TokenRole.PARTICLE),
          count(tokens, TokenRole.LEGAL_FORM),
          countPatronymics(tokens),
          Joins.of(tokens),
          longPartMask(tokens));
    }
  }

  private static int longPartMask(List<NameToken> tokens) {
    int mask = 0;
    for (int p = 0; p < tokens.size() && p < KeyIndex.MAX_PART; p++) {
      NameToken t = tokens.get(p);
      if (t.role() == TokenRole.NAME
          && Math.max(t.key().length(), t.ascii().length()) >= LONG_PART) {
        mask |= 1 << p;
      }
    }
    return mask;
  }

  private static int countPatronymics(List<NameToken> tokens) {
    int n = 0;
    for (NameToken t : tokens) {
      n += t.role() == TokenRole.NAME && t.patronymic() ? 1 : 0;
    }
    return n;
  }

  private static final int MAX_DELETION_KEY = 20;

  /**
   * Parts this long may pair although no key met them: two slips apart (Jurjevich, Yuryevich), or a
   * slip in letters the key folds away (Suor / Shor, Khpkhlun / Khokhlun, compared as written);
   * shorter parts are not similar enough to pair.
   */
  private static final int LONG_PART = 4;

  /**
   * The best similarity of parts no key met: 1 - 2/10 for the longest usual names two slips apart,
   * 1 - 1/8 for a slip in letters as written that the keys fold away.
   */
  private static final double UNINDEXED_PAIR = 0.9;

  /**
   * A query part this long (fold key) that met no key of a list stands in for a part of the names
   * the other query parts met: see {@link #candidates(Probe, double)}.
   */
  private static final int MISSPELT_PART = 6;

  private final NameRecord[] names;
  private final KeyIndex index;

  /** The same keys for names of at most one name part only: see {@link #candidates}. */
  private final KeyIndex shortNames;

  /** The counts {@link #bound} needs, per name id, packed flat so retrieval touches no record. */
  private final int[] counts;

  private final int[] longParts;
  private final long[] vocabulary;
  private final ThreadLocal<Scratch> scratch;

  private static final int COUNTS = 5;

  private NameCatalog(NameRecord[] names, KeyIndex index, KeyIndex shortNames, long[] vocabulary) {
    this.names = names;
    this.index = index;
    this.shortNames = shortNames;
    this.vocabulary = vocabulary;
    this.counts = new int[names.length * COUNTS];
    this.longParts = new int[names.length];
    for (int id = 0; id < names.length; id++) {
      NameRecord r = names[id];
      counts[id * COUNTS] = r.nameParts();
      counts[id * COUNTS + 1] = r.initials();
      counts[id * COUNTS + 2] = r.particles();
      counts[id * COUNTS + 3] = r.legalForms();
      counts[id * COUNTS + 4] = r.patronymics();
      longParts[id] = r.longParts();
    }
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(names.length));
  }

  /** Builds the catalog of person names; {@code owners.get(i)} owns {@code names.get(i)}. */
  public static NameCatalog build(List<Integer> owners, List<String> rawNames) {
    List<List<NameToken>> tokens = new ArrayList<>(rawNames.size());
    List<Boolean> persons = new ArrayList<>(rawNames.size());
    for (String n : rawNames) {
      tokens.add(NameNormaliser.tokens(n));
      persons.add(Boolean.TRUE);
    }
    return build(owners, rawNames, tokens, persons);
  }

  /**
   * Builds the catalog from names already normalised: {@code owners.get(i)} owns {@code
   * names.get(i)}, whose parts are {@code tokens.get(i)}; {@code persons.get(i)} says whether it is
   * a person's name.
   */
  public static NameCatalog build(
      List<Integer> owners,
      List<String> rawNames,
      List<List<NameToken>> tokenLists,
      List<Boolean> persons) {
    if (owners.size() != rawNames.size()
        || tokenLists.size() != rawNames.size()
        || persons.size() != rawNames.size()) {
      throw new IllegalArgumentException("owners, names, tokens and kinds differ in size");
    }
    List<NameRecord> records = new ArrayList<>(rawNames.size());
    KeyIndex.Builder builder = new KeyIndex.Builder();
    KeyIndex.Builder shortBuilder = new KeyIndex.Builder();
    long[] vocabulary = new long[1024];
    int words = 0;
    StringBuilder buf = new StringBuilder();
    for (int i = 0; i < rawNames.size(); i++) {
      List<NameToken> tokens = tokenLists.get(i);
      if (tokens.isEmpty()) {
        continue;
      }
      int id = records.size();
      int parts = count(tokens, TokenRole.NAME);
      KeyIndex.Builder[] targets =
          parts <= 1
              ? new KeyIndex.Builder[] {builder, shortBuilder}
              : new KeyIndex.Builder[] {builder};
      for (int p = 0; p < tokens.size(); p++) {
        NameToken t = tokens.get(p);
        if (t.role() == TokenRole.NAME) {
          if (words == vocabulary.length) {
            vocabulary = Arrays.copyOf(vocabulary, words * 2);
          }
          vocabulary[words++] = KeyIndex.hash(t.key(), KeyIndex.NS_KEY);
          final int part = p;
          for (KeyIndex.Builder b : targets) {
            forEachProbe(t, false, h -> b.add(h, id, part), buf);
          }
        }
      }
      if (parts == 0) {
        long whole = KeyIndex.hash(wholeKey(tokens, buf), KeyIndex.NS_WHOLE);
        builder.add(whole, id, 0);
        shortBuilder.add(whole, id, 0);
      }
      Joins joins = Joins.of(tokens);
      for (int r = 0; r < joins.keys().length && joins.from()[r] < 12; r++) {
        long h = KeyIndex.hash(joins.keys()[r], KeyIndex.NS_JOINED);
        for (int p = joins.from()[r]; p <= joins.to()[r]; p++) {
          for (KeyIndex.Builder b : targets) {
            b.add(h, id, p); // the joined key stands for every part it covers
          }
        }
      }
      records.add(
          new NameRecord(
              owners.get(i),
              rawNames.get(i),
              List.copyOf(tokens),
              parts,
              persons.get(i),
              count(tokens, TokenRole.INITIAL),
              count(tokens, TokenRole.PARTICLE),
              count(tokens, TokenRole.LEGAL_FORM),
              countPatronymics(tokens),
              joins,
              longPartMask(tokens)));
    }
    long[] vocab = Arrays.copyOf(vocabulary, words);
    Arrays.sort(vocab);
    int distinct = 0;
    for (int i = 0; i < vocab.length; i++) {
      if (distinct == 0 || vocab[distinct - 1] != vocab[i]) {
        vocab[distinct++] = vocab[i];
      }
    }
    return new NameCatalog(
        records.toArray(new NameRecord[0]),
        builder.build(),
        shortBuilder.build(),
        Arrays.copyOf(vocab, distinct));
  }

  /** The part keys of a name in order, for a name without ordinary name parts. */
  private static CharSequence wholeKey(List<NameToken> tokens, StringBuilder buf) {
    buf.setLength(0);
    for (NameToken t : tokens) {
      buf.append(t.key()).append(' ');
    }
    return buf;
  }

  private static int count(List<NameToken> tokens, TokenRole role) {
    int n = 0;
    for (NameToken t : tokens) {
      n += t.role() == role ? 1 : 0;
    }
    return n;
  }

  interface HashSink {
    void accept(long hash);
  }

  /**
   * The keys of a part. A list part files its skeleton under its own script's namespace; a query
   * part looks up abjad skeletons only (Latin against Latin is covered by the fold key and
   * deletions), and an abjad query part both.
   */
  private static void forEachProbe(NameToken t, boolean query, HashSink sink, StringBuilder buf) {
    String key = t.key();
    sink.accept(KeyIndex.hash(key, KeyIndex.NS_KEY));
    if (!t.stem().equals(key)) {
      sink.accept(KeyIndex.hash(t.stem(), KeyIndex.NS_KEY));
    }
    String skeleton = t.abjad() ? t.skeleton() : Keys.skeleton(key, true);
    if (skeleton.length() >= 3 || (t.abjad() && skeleton.length() >= 2)) {
      if (!query) {
        sink.accept(
            KeyIndex.hash(
                skeleton, t.abjad() ? KeyIndex.NS_SKELETON : KeyIndex.NS_SKELETON_ALPHABET));
      } else {
        sink.accept(KeyIndex.hash(skeleton, KeyIndex.NS_SKELETON));
        if (t.abjad()) {
          sink.accept(KeyIndex.hash(skeleton, KeyIndex.NS_SKELETON_ALPHABET));
        }
      }
    }
    deletions(key, sink, buf);
  }

  /**
   * The keys of a query part's other romanisation readings (see Romanisations), each with its stem
   * and one-letter deletions: a reading may still differ from the list's spelling by a vowel
   * (Belarusian Viačaslaŭ) or a slip.
   */
  private static void forEachReading(
      NameToken t, boolean deletions, HashSink sink, StringBuilder buf) {
    for (Reading reading : t.alternates()) {
      String alt = reading.key();
      if (deletions) {
        deletions(alt, sink, buf);
      } else {
        sink.accept(KeyIndex.hash(alt, KeyIndex.NS_KEY));
        if (!reading.stem().equals(alt)) {
          sink.accept(KeyIndex.hash(reading.stem(), KeyIndex.NS_KEY));
        }
      }
    }
  }

  /** The key's one-letter deletions (typos on either side meet). */
  private static void deletions(String key, HashSink sink, StringBuilder buf) {
    if (key.length() >= 4 && key.length() <= MAX_DELETION_KEY) {
      for (int d = 0; d < key.length(); d++) {
        if (d > 0 && key.charAt(d) == key.charAt(d - 1)) {
          continue; // deleting either of two equal neighbours gives the same key
        }
        buf.setLength(0);
        buf.append(key, 0, d).append(key, d + 1, key.length());
        sink.accept(KeyIndex.hash(buf, KeyIndex.NS_KEY));
      }
    }
  }

  /**
   * For each query part, whether it is written exactly as a name part somewhere in the lists (same
   * fold key): such a part is a real name, not a misspelling (see {@link NameMatcher}).
   */
  public boolean[] known(List<NameToken> query) {
    boolean[] out = new boolean[query.size()];
    markKnown(Probe.of(query), out);
    return out;
  }

  /** Sets {@code known[i]} for each query part of the probe written exactly so in this catalog. */
  public void markKnown(Probe probe, boolean[] known) {
    for (int i = 0; i < known.length; i++) {
      known[i] |= probe.partKeys[i] >= 0 && Arrays.binarySearch(vocabulary, probe.partKeys[i]) >= 0;
      // a part whose reading in another romanisation is a listed name (Kravčienko read as
      // Kravchenko) is that real name too, not a misspelling of another
      for (int r = 0; !known[i] && r < probe.readingKeys[i].length; r++) {
        known[i] = Arrays.binarySearch(vocabulary, probe.readingKeys[i][r]) >= 0;
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
    boolean dotted = onlyDotted(query);
    for (NameToken t : query) {
      if (probed(t, dotted)) {
        n++;
      }
    }
    return n;
  }

  private static boolean probed(NameToken t, boolean dottedToo) {
    return t.role() == TokenRole.NAME
        && (dottedToo || !(t.dottedInitials() && t.ascii().length() <= 3));
  }

  /** Whether the query's only name parts are dotted initials ("A.B.C. Company"): probe those. */
  private static boolean onlyDotted(List<NameToken> query) {
    boolean any = false;
    for (NameToken t : query) {
      if (t.role() == TokenRole.NAME) {
        if (!(t.dottedInitials() && t.ascii().length() <= 3)) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /**
   * Ids of names worth scoring: met by at least min(2, probed query parts, name parts) query parts,
   * and whose best possible name score reaches {@code minScore} (0-1). The best case pairs
   * min(query parts met, list parts met) parts perfectly, lets initials and particles pair up as
   * far as they can, and charges the parts left over at the lowest factor {@link NameMatcher} could
   * apply (1 when both sides have parts left: they contradict).
   */
  public int[] candidates(List<NameToken> query, double minScore) {
    return candidates(Probe.of(query), minScore);
  }

  /**
   * The keys a query looks up, worked out once per query and used in every catalog screened (one
   * per list).
   */
  public static final class Probe {
    final List<NameToken> query;

    /** Every probed part's keys, part after part; part b's end at {@code partEnd[b]}. */
    final long[] hashes;

    final int[] partEnd;

    /**
     * Where the one-letter deletions of part b's other romanisation readings start (they run to
     * {@code partEnd[b]}), and part b's own fold key: those deletions are looked up only in an
     * index where the part's own key meets no list part.
     */
    final int[] partReadings;

    final long[] partKey;

    /** Each probed part's key as a run written together in a list name. */
    final long[] joinedAt;

    final int probedCount;
    final int queryLong;

    /** Probed parts whose fold key is {@link #MISSPELT_PART} letters or more. */
    final int queryMisspeltLong;

    /** The query token of each probed part. */
    final int[] partToken;

    final int queryUnprobed;
    final int queryInitials;
    final int queryParticles;
    final int queryLegal;

    /** Query parts written apart that a list may write together: key, parts met, extra pairs. */
    final long[] runHashes;

    final int[] runMasks;
    final int[] runExtras;

    /** For a query without probed parts, its whole form; else 0. */
    final long whole;

    /** Each part's fold key, for {@link #known}. */
    final long[] partKeys;

    /** Each part's other romanisation readings' fold keys, for {@link #known}. */
    final long[][] readingKeys;

    private Probe(List<NameToken> query) {
      this.query = query;
      StringBuilder buf = new StringBuilder();
      boolean dotted = onlyDotted(query);
      int initials = 0;
      int particles = 0;
      int legal = 0;
      int unprobed = 0;
      partKeys = new long[query.size()];
      readingKeys = new long[query.size()][];
      for (int i = 0; i < query.size(); i++) {
        NameToken t = query.get(i);
        unprobed += t.role() == TokenRole.NAME && !probed(t, dotted) ? 1 : 0;
        initials += t.role() == TokenRole.INITIAL ? 1 : 0;
        particles += t.role() == TokenRole.PARTICLE ? 1 : 0;
        legal += t.role() == TokenRole.LEGAL_FORM ? 1 : 0;
        partKeys[i] = t.role() == TokenRole.NAME ? KeyIndex.hash(t.key(), KeyIndex.NS_KEY) : -1;
        readingKeys[i] = new long[t.role() == TokenRole.NAME ? t.alternates().size() : 0];
        for (int r = 0; r < readingKeys[i].length; r++) {
          readingKeys[i][r] = KeyIndex.hash(t.alternates().get(r).key(), KeyIndex.NS_KEY);
        }
      }
      queryUnprobed = unprobed;
      queryInitials = initials;
      queryParticles = particles;
      queryLegal = legal;
      int[] bitOfToken = new int[query.size()];
      Arrays.fill(bitOfToken, -1);
      Collector keys = new Collector();
      int[] ends = new int[32];
      int[] readingsFrom = new int[32];
      long[] ownKey = new long[32];
      long[] joined = new long[32];
      int bit = 0;
      int longParts = 0;
      int misspeltLong = 0;
      int[] tokenOfBit = new int[32];
      for (int qi = 0; qi < query.size() && bit < 31; qi++) {
        NameToken t = query.get(qi);
        if (!probed(t, dotted)) {
          continue;
        }
        bitOfToken[qi] = bit;
        tokenOfBit[bit] = qi;
        longParts |= Math.max(t.key().length(), t.ascii().length()) >= LONG_PART ? 1 << bit : 0;
        misspeltLong |= t.key().length() >= MISSPELT_PART ? 1 << bit : 0;
        int from = keys.count;
        keys.partStart = from;
        forEachProbe(t, true, keys, buf);
        keys.count = from + dedupe(keys.hashes, from, keys.count);
        // the readings come after the part's own keys, and their deletions after them with a
        // cap of their own, so that many readings never crowd out the part's own deletions
        int readings = keys.count;
        forEachReading(t, false, keys, buf);
        keys.count = readings + dedupe(keys.hashes, readings, keys.count);
        keys.count = readings + without(keys.hashes, readings, keys.count, from, readings);
        int readingDeletions = keys.count;
        keys.partStart = readingDeletions;
        forEachReading(t, true, keys, buf);
        keys.count = readingDeletions + dedupe(keys.hashes, readingDeletions, keys.count);
        keys.count =
            readingDeletions
                + without(keys.hashes, readingDeletions, keys.count, from, readingDeletions);
        readingsFrom[bit] = readingDeletions;
        ownKey[bit] = KeyIndex.hash(t.key(), KeyIndex.NS_KEY);
        ends[bit] = keys.count;
        joined[bit] = KeyIndex.hash(t.key(), KeyIndex.NS_JOINED);
        bit++;
      }
      probedCount = bit;
      queryLong = longParts;
      queryMisspeltLong = misspeltLong;
      partToken = Arrays.copyOf(tokenOfBit, bit);
      hashes = Arrays.copyOf(keys.hashes, keys.count);
      partEnd = Arrays.copyOf(ends, bit);
      partReadings = Arrays.copyOf(readingsFrom, bit);
      partKey = Arrays.copyOf(ownKey, bit);
      joinedAt = Arrays.copyOf(joined, bit);
      int runs = 0;
      long[] rh = new long[2 * query.size()];
      int[] rm = new int[rh.length];
      int[] re = new int[rh.length];
      for (int j = 0; j + 1 < query.size() && j < 12; j++) {
        buf.setLength(0);
        buf.append(query.get(j).ascii());
        int mask = bitOfToken[j] >= 0 ? 1 << bitOfToken[j] : 0;
        for (int k = j + 1; k < Math.min(query.size(), j + 3); k++) {
          buf.append(query.get(k).ascii());
          mask |= bitOfToken[k] >= 0 ? 1 << bitOfToken[k] : 0;
          if (mask != 0) {
            rh[runs] = KeyIndex.hash(Keys.fold(buf.toString()), KeyIndex.NS_KEY);
            rm[runs] = mask;
            re[runs] = k - j;
            runs++;
          }
        }
      }
      runHashes = Arrays.copyOf(rh, runs);
      runMasks = Arrays.copyOf(rm, runs);
      runExtras = Arrays.copyOf(re, runs);
      whole =
          bit == 0 && !query.isEmpty() ? KeyIndex.hash(wholeKey(query, buf), KeyIndex.NS_WHOLE) : 0;
    }

    /** The keys of this query. */
    public static Probe of(List<NameToken> query) {
      return new Probe(query);
    }

    /** The query parts. */
    public List<NameToken> query() {
      return query;
    }
  }

  /** Collects a part's probe keys, at most {@code PART_KEYS} of them. */
  private static final class Collector implements HashSink {
    static final int PART_KEYS = 64;
    long[] hashes = new long[4 * PART_KEYS];
    int count;
    int partStart;

    @Override
    public void accept(long hash) {
      if (count - partStart < PART_KEYS) {
        if (count == hashes.length) {
          hashes = Arrays.copyOf(hashes, count * 2);
        }
        hashes[count++] = hash;
      }
    }
  }

  /** Ids of names worth scoring for a probe (see {@link #candidates(List, double)}). */
  public int[] candidates(Probe probe, double minScore) {
    Scratch s = scratch.get();
    int stamp = s.next();
    int foundCount = 0;
    int probedCount = probe.probedCount;
    long[] hashes = probe.hashes;
    int[] partEnd = probe.partEnd;
    long[] joinedAt = probe.joinedAt;
    int[] keyAt = s.keyAt(hashes.length);
    int commonest = -1;
    long commonestSize = -1;
    int unmet = 0;
    for (int b = 0, from = 0; b < probedCount; from = partEnd[b], b++) {
      long size = 0;
      boolean written = index.find(probe.partKey[b]) >= 0;
      for (int h = from; h < partEnd[b]; h++) {
        keyAt[h] = written && h >= probe.partReadings[b] ? -1 : index.find(hashes[h]);
        size += keyAt[h] < 0 ? 0 : index.endAt(keyAt[h]) - index.startAt(keyAt[h]);
      }
      int joinedKey = index.find(joinedAt[b]);
      size += joinedKey < 0 ? 0 : index.endAt(joinedKey) - index.startAt(joinedKey);
      if (size == 0 && (probe.queryMisspeltLong & 1 << b) != 0) {
        unmet |= 1 << b;
      }
      if (size > commonestSize) {
        commonestSize = size;
        commonest = b;
      }
    }
    // A name of two or more parts is only worth scoring when two query parts meet it (see
    // below), so with two or more query parts the commonest part need not bring in names of its
    // own: it only marks the names the others met, and the few one-part names it meets come
    // from their own small index. This skips most of the postings of a common name part.
    int skipped = probedCount >= 2 && commonestSize > 64 ? commonest : -1;
    for (int b = 0, from = 0; b < probedCount; from = partEnd[b], b++) {
      if (b == skipped) {
        continue;
      }
      int mask = 1 << b;
      for (int h = from; h < partEnd[b]; h++) {
        if (keyAt[h] >= 0) {
          foundCount = collect(index, keyAt[h], mask, 0, stamp, s, foundCount);
        }
      }
      // one query part for two or three list parts: the best case pairs them all (extra 2)
      int k = index.find(joinedAt[b]);
      if (k >= 0) {
        foundCount = collect(index, k, mask, 2, stamp, s, foundCount);
      }
    }
    // query parts written apart that a list writes together
    for (int r = 0; r < probe.runHashes.length; r++) {
      int key = index.find(probe.runHashes[r]);
      if (key >= 0) {
        foundCount =
            collect(index, key, probe.runMasks[r], probe.runExtras[r], stamp, s, foundCount);
      }
    }
    if (probe.whole != 0) {
      // nothing but initials, particles and forms: only a list name of exactly those can match
      int key = index.find(probe.whole);
      if (key >= 0) {
        foundCount = collect(index, key, 1, 0, stamp, s, foundCount);
      }
    }
    if (skipped >= 0) {
      int mask = 1 << skipped;
      int from = skipped == 0 ? 0 : partEnd[skipped - 1];
      for (int h = from; h <= partEnd[skipped]; h++) {
        boolean joined = h == partEnd[skipped];
        long hash = joined ? joinedAt[skipped] : hashes[h];
        int extra = joined ? 2 : 0;
        int shortKey = shortNames.find(hash);
        if (shortKey >= 0) {
          foundCount = collect(shortNames, shortKey, mask, extra, stamp, s, foundCount);
        }
        int key = joined ? index.find(hash) : keyAt[h];
        if (key >= 0) {
          mark(key, mask, extra, stamp, s, foundCount);
        }
      }
    }
    int[] out = s.out(foundCount);
    int m = 0;
    int[] c = counts;
    for (int f = 0; f < foundCount; f++) {
      int id = s.found[f];
      int queryHits = Integer.bitCount(s.mask[id]);
      int nameParts = c[id * COUNTS];
      int required = Math.max(1, Math.min(2, Math.min(probedCount, nameParts)));
      if (queryHits < required
          && !(queryHits == 1
              && probedCount == 2
              && unmet != 0
              && (longParts[id] & ~s.listMask[id]) != 0
              && handSlipsAway(probe, unmet, names[id]))) {
        // a long part of a two-part query that met no key of the list at all is a misspelling
        // two slips or more from any listed part (Khaomov, Kubranof): the name the other part
        // met may still hold it, unmet among its long parts; the bound below decides (with
        // three parts or more, two others meet the name)
        continue;
      }
      int listHits = Integer.bitCount(s.listMask[id]);
      int queryHitsPaired = queryHits + s.extra[id]; // a part may stand for a run on the other side
      int met = Math.min(queryHitsPaired, listHits + s.extra[id]);
      boolean keep = bound(met, 0, probe, c, id) >= minScore;
      if (!keep && probedCount > met && nameParts > met) {
        // Parts met beyond the pairs counted are spare: one query part's keys may meet two list
        // parts of one stem (Konstantinowitsch meets Konstantin and Konstantinovich), and only one
        // of them pairs with it, so the other is still free for a misspelt query part.
        int spareList = Math.max(0, listHits + s.extra[id] - met);
        int spareQuery = Math.max(0, queryHitsPaired - met);
        int pairable =
            Math.min(
                Integer.bitCount(probe.queryLong & ~s.mask[id])
                    + Math.min(spareQuery, Integer.bitCount(probe.queryLong & s.mask[id])),
                Integer.bitCount(longParts[id] & ~s.listMask[id])
                    + Math.min(spareList, Integer.bitCount(longParts[id] & s.listMask[id])));
        keep = pairable > 0 && bound(met, pairable, probe, c, id) >= minScore;
      }
      if (keep) {
        out[m++] = id;
      }
    }
    // in name order, so that of two equally good names of one entry the first is shown
    Arrays.sort(out, 0, m);
    return Arrays.copyOf(out, m);
  }

  /**
   * Whether an unmet query part (bits {@code unmet}) is at most two slips of the hand from a name
   * part of the list name ({@link NameMatcher#slipsOfTheHand(String, String)}), in its own key or a
   * reading: only such a name is worth scoring on one met part, as anything further is another name
   * (Boobekov is not Kebekov).
   */
  private static boolean handSlipsAway(Probe probe, int unmet, NameRecord name) {
    List<NameToken> listTokens = name.tokens();
    for (int b = 0; b < probe.probedCount; b++) {
      if ((unmet & 1 << b) == 0) {
        continue;
      }
      NameToken q = probe.query.get(probe.partToken[b]);
      if (slipsFromRun(q, name.joins())) {
        return true;
      }
      for (NameToken l : listTokens) {
        if (l.role() != TokenRole.NAME) {
          continue;
        }
        if (Slips.slipsOfTheHand(q.key(), l.key())) {
          return true;
        }
        for (Reading r : q.alternates()) {
          if (Slips.slipsOfTheHand(r.key(), l.key())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether a query part is at most two slips from two list parts written together, in its own key
   * or a reading: a compound name the list writes apart or hyphenated (Junusbek, Ûnusbek for
   * Yunus-Bek) is one word in the query, and its slips keep it from every key of the run.
   */
  private static boolean slipsFromRun(NameToken q, Joins joins) {
    for (int r = 0; r < joins.keys().length; r++) {
      String run = joins.keys()[r];
      if (joins.shortPart()[r] || run.length() < MISSPELT_PART) {
        continue;
      }
      if (Slips.slipsOfTheHand(q.key(), run)) {
        return true;
      }
      for (Reading reading : q.alternates()) {
        if (Slips.slipsOfTheHand(reading.key(), run)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The best name score a list name can reach when {@code met} parts pair up perfectly and {@code
   * pairable} more, which no key met, pair at the best similarity two slips leave.
   */
  private static double bound(int met, int pairable, Probe probe, int[] counts, int id) {
    int probedCount = probe.probedCount;
    int queryUnprobed = probe.queryUnprobed;
    int queryInitials = probe.queryInitials;
    int queryParticles = probe.queryParticles;
    int queryLegal = probe.queryLegal;
    int at = id * COUNTS;
    int nameParts = counts[at];
    int initials = counts[at + 1];
    int particles = counts[at + 2];
    int legalForms = counts[at + 3];
    int patronymicCount = counts[at + 4];
    int queryLeft = Math.max(0, probedCount - met - pairable);
    // query parts not looked up (dotted initials, S.M.) may still pair with list parts left
    int unprobedPairs = Math.min(queryUnprobed, Math.max(0, nameParts - met - pairable));
    met += unprobedPairs;
    int listLeft = Math.max(0, nameParts - met - pairable);
    int initialPairs = Math.min(initials, queryLeft) + Math.min(queryInitials, listLeft);
    int queryRest = Math.max(0, queryLeft - initials);
    int listRest = Math.max(0, listLeft - queryInitials);
    double matched =
        2.0 * met
            + 2.0 * UNINDEXED_PAIR * pairable
            + 1.5 * initialPairs
            + 0.6 * Math.min(queryParticles, particles)
            + 0.5 * Math.min(queryLegal, legalForms);
    double penalty;
    if (queryRest > 0 && listRest > 0) {
      penalty = queryRest + listRest; // parts left on both sides contradict
    } else if (met + pairable < 2) {
      // one shared part: a list part left over weighs 0.7, a patronymic 0.4
      int patronymics = Math.min(patronymicCount, listRest);
      penalty = 0.4 * queryRest + 0.7 * (listRest - patronymics) + 0.4 * patronymics;
    } else {
      penalty = NameMatcher.MISSING_PATRONYMIC * (queryRest + listRest);
    }
    penalty += 2.0 * (1 - UNINDEXED_PAIR) * pairable;
    return matched == 0 ? 0 : matched / (matched + penalty);
  }

  /** Sorts and removes repeated hashes of {@code [from, to)} in place; returns how many stay. */
  /**
   * Removes from the run {@code hashes[from..to)} the values of {@code hashes[otherFrom..otherTo)};
   * returns the run's new length.
   */
  private static int without(long[] hashes, int from, int to, int otherFrom, int otherTo) {
    int m = 0;
    for (int i = from; i < to; i++) {
      if (!contains(hashes, otherFrom, otherTo, hashes[i])) {
        hashes[from + m++] = hashes[i];
      }
    }
    return m;
  }

  private static boolean contains(long[] hashes, int from, int to, long hash) {
    for (int i = from; i < to; i++) {
      if (hashes[i] == hash) {
        return true;
      }
    }
    return false;
  }

  private static int dedupe(long[] hashes, int from, int to) {
    Arrays.sort(hashes, from, to);
    int m = 0;
    for (int i = from; i < to; i++) {
      if (m == 0 || hashes[from + m - 1] != hashes[i]) {
        hashes[from + m++] = hashes[i];
      }
    }
    return m;
  }

  /** Brings in every name of the key at {@code key} in {@code in}, marking the parts met. */
  private static int collect(
      KeyIndex in, int key, int mask, int extra, int stamp, Scratch s, int foundCount) {
    int[] postings = in.postings();
    int end = in.endAt(key);
    int[] stamps = s.stamp;
    int[] masks = s.mask;
    int[] listMasks = s.listMask;
    for (int p = in.startAt(key); p < end; p++) {
      int posting = postings[p];
      int id = posting >>> 5;
      int part = 1 << (posting & KeyIndex.MAX_PART);
      if (stamps[id] != stamp) {
        stamps[id] = stamp;
        masks[id] = mask;
        listMasks[id] = part;
        s.extra[id] = extra;
        if (foundCount == s.found.length) {
          s.found = Arrays.copyOf(s.found, foundCount * 2);
        }
        s.found[foundCount++] = id;
      } else {
        masks[id] |= mask;
        listMasks[id] |= part;
        if (extra > s.extra[id]) {
          s.extra[id] = extra;
        }
      }
    }
    return foundCount;
  }

  /**
   * Marks the parts the key at {@code key} meets in names already brought in, bringing in none: by
   * looking each of them up in the key's postings (sorted by name id) when they are few, else by
   * walking the postings.
   */
  private void mark(int key, int mask, int extra, int stamp, Scratch s, int foundCount) {
    int[] postings = index.postings();
    int start = index.startAt(key);
    int end = index.endAt(key);
    int[] masks = s.mask;
    int[] listMasks = s.listMask;
    if ((long) foundCount * 20 < end - start) {
      for (int f = 0; f < foundCount; f++) {
        int id = s.found[f];
        int at = Arrays.binarySearch(postings, start, end, id << 5);
        for (int p = at >= 0 ? at : -at - 1; p < end && postings[p] >>> 5 == id; p++) {
          masks[id] |= mask;
          listMasks[id] |= 1 << (postings[p] & KeyIndex.MAX_PART);
          if (extra > s.extra[id]) {
            s.extra[id] = extra;
          }
        }
      }
      return;
    }
    int[] stamps = s.stamp;
    for (int p = start; p < end; p++) {
      int posting = postings[p];
      int id = posting >>> 5;
      if (stamps[id] == stamp) {
        masks[id] |= mask;
        listMasks[id] |= 1 << (posting & KeyIndex.MAX_PART);
        if (extra > s.extra[id]) {
          s.extra[id] = extra;
        }
      }
    }
  }

  /** Per-thread working arrays, so concurrent queries share nothing mutable. */
  private static final class Scratch {
    final int[] stamp;
    final int[] mask;
    final int[] listMask;
    final int[] extra;
    int[] found = new int[256];
    int[] out = new int[256];
    int[] keyAt = new int[256];
    int current;

    Scratch(int size) {
      stamp = new int[size];
      mask = new int[size];
      listMask = new int[size];
      extra = new int[size];
    }

    int[] keyAt(int n) {
      if (keyAt.length < n) {
        keyAt = new int[n];
      }
      return keyAt;
    }

    int[] out(int n) {
      if (out.length < n) {
        out = new int[Math.max(n, out.length * 2)];
      }
      return out;
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
