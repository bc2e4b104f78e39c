package org.kuzet.engine.screening.score;

import org.jspecify.annotations.Nullable;
import org.kuzet.engine.screening.MatchMethod;
import org.kuzet.engine.screening.score.NameMatcher.Pair;
import org.kuzet.engine.screening.text.NameToken;

/**
 * The similarities of one query's name parts to list name parts, kept while the query is screened:
 * a list part («aleksandr», «vladimirovich») recurs in many of the names a query meets, and list
 * parts are shared objects (see {@code ScreeningEngine}), so each query part is compared with each
 * distinct list part once. For one query (one reading of it) only: the spelling rules depend on
 * which query parts are known names.
 */
public final class PartMemo {
  private static final Pair NONE = new Pair(-1, -1, -1, -1, 0, MatchMethod.EXACT);
  private final int queryParts;

  /**
   * An open-addressing table keyed by the list part's identity, with one value per query part
   * (null: not worked out yet, NONE: no pair): a query meets a few hundred distinct list parts, and
   * a general map per query part cost more than the look-ups it saved.
   */
  private NameToken[] keys;

  private Pair[] values;
  private int size;

  public PartMemo(int queryParts) {
    this.queryParts = queryParts;
    this.keys = new NameToken[64];
    this.values = new Pair[64 * queryParts];
  }

  @Nullable Pair pair(NameToken a, NameToken b, int i, int j, boolean strict) {
    int slot = slot(b);
    if (keys[slot] == null) {
      keys[slot] = b;
      if (++size * 2 > keys.length) {
        grow();
        slot = slot(b);
      }
    }
    int at = slot * queryParts + i;
    Pair p = values[at];
    if (p == null) {
      p = PartSimilarity.single(a, b, i, j, strict);
      values[at] = p == null ? NONE : p;
      return p;
    }
    if (p == NONE) {
      return null;
    }
    return p.l0() == j ? p : new Pair(i, i, j, j, p.sim(), p.method());
  }

  /** The slot holding {@code b}, or the empty slot where it goes. */
  private int slot(NameToken b) {
    int mask = keys.length - 1;
    int h = System.identityHashCode(b);
    int slot = (h ^ (h >>> 16)) * 0x9E3779B9 >>> 7 & mask;
    while (keys[slot] != null && keys[slot] != b) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    NameToken[] oldKeys = keys;
    Pair[] oldValues = values;
    keys = new NameToken[oldKeys.length * 2];
    values = new Pair[keys.length * queryParts];
    for (int s = 0; s < oldKeys.length; s++) {
      if (oldKeys[s] != null) {
        int slot = slot(oldKeys[s]);
        keys[slot] = oldKeys[s];
        System.arraycopy(oldValues, s * queryParts, values, slot * queryParts, queryParts);
      }
    }
  }
}
