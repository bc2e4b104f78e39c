package org.kuzet.engine.finintel.detect;

/**
 * The accounts one account has dealt with, in either direction, and when it first and last did: an
 * open-addressing table of counterparty hashes with two minute stamps each, growing from 8 to
 * {@code max} entries. Payroll pays the same staff every period, a merchant's customers are mostly
 * regulars, a saver moves money between the same two accounts: a relation that existed before is
 * ordinary life, a burst of first contacts is not. Relations unused for longer than the horizon are
 * forgotten when the table needs room.
 *
 * <p>The table lives in the account's own state ({@link AccountState#contacts}, {@link
 * AccountState#contactCount}), one reference fewer to follow on every payment; these are the
 * operations on it.
 */
final class Contacts {
  private static final int EMPTY = 0;
  // Three ints per slot side by side (counterparty hash, first and last contact in epoch
  // minutes), so a lookup and its stamps are one cache line rather than three arrays.
  private static final int STRIDE = 3;

  private Contacts() {}

  /** An empty table of the smallest size. */
  static int[] empty() {
    return new int[8 * STRIDE];
  }

  /** An empty table for a new account, or for one that starts its history afresh. */
  static void reset(AccountState s) {
    s.contacts = empty();
    s.contactCount = 0;
    s.contactsFullUntil = 0;
  }

  static int minutes(long millis) {
    return (int) (millis / 60_000L);
  }

  /** Records a contact at {@code now}; forgets relations idle for {@code horizon} when full. */
  static void touch(AccountState s, int counterparty, long now, int max, long horizon) {
    int key = counterparty == EMPTY ? 1 : counterparty;
    int m = minutes(now);
    int[] slots = s.contacts;
    int i = find(slots, key);
    if (slots[i] == key) {
      slots[i + 2] = m;
      return;
    }
    if (2 * (s.contactCount + 1) > slots.length / STRIDE) {
      if (!makeRoom(s, m, max, minutes(horizon))) {
        return;
      }
      slots = s.contacts;
      i = find(slots, key);
    }
    slots[i] = key;
    slots[i + 1] = m;
    slots[i + 2] = m;
    s.contactCount++;
  }

  /** When the relation began (epoch minutes), or {@link Integer#MAX_VALUE} when unknown. */
  static int since(AccountState s, int counterparty) {
    int key = counterparty == EMPTY ? 1 : counterparty;
    int[] slots = s.contacts;
    int i = find(slots, key);
    return slots[i] == key ? slots[i + 1] : Integer.MAX_VALUE;
  }

  /** The offset of the key's slot, or of the empty slot where it would go. */
  private static int find(int[] t, int key) {
    int mask = t.length / STRIDE - 1;
    int i = (key * 0x9E3779B1) & mask;
    while (t[i * STRIDE] != EMPTY && t[i * STRIDE] != key) {
      i = (i + 1) & mask;
    }
    return i * STRIDE;
  }

  private static boolean makeRoom(AccountState s, int now, int max, int horizon) {
    if (now < s.contactsFullUntil) {
      return false;
    }
    int[] old = s.contacts;
    int live = 0;
    int oldestLive = Integer.MAX_VALUE;
    for (int i = 0; i < old.length; i += STRIDE) {
      if (old[i] != EMPTY && now - old[i + 2] <= horizon) {
        live++;
        oldestLive = Math.min(oldestLive, old[i + 2]);
      }
    }
    int n = old.length / STRIDE;
    while (2 * (live + 1) > n) {
      n *= 2;
    }
    if (n > 2 * max) {
      // Until the oldest relation in use ages out the count of live ones cannot fall (a touch
      // only renews), so the table stays full.
      s.contactsFullUntil = oldestLive + horizon + 1;
      return false;
    }
    int[] t = new int[n * STRIDE];
    int size = 0;
    for (int i = 0; i < old.length; i += STRIDE) {
      if (old[i] != EMPTY && now - old[i + 2] <= horizon) {
        int j = find(t, old[i]);
        t[j] = old[i];
        t[j + 1] = old[i + 1];
        t[j + 2] = old[i + 2];
        size++;
      }
    }
    s.contacts = t;
    s.contactCount = size;
    return true;
  }
}
