package org.kuzet.engine.finintel.detect;

/**
 * The accounts one account has dealt with, in either direction, and when it first and last did:
 * an open-addressing table of counterparty hashes with two minute stamps each, growing from 8 to
 * {@code max} entries. Payroll pays the same staff every period, a merchant's customers are
 * mostly regulars, a saver moves money between the same two accounts: a relation that existed
 * before is ordinary life, a burst of first contacts is not. Relations unused for longer than the
 * horizon are forgotten when the table needs room.
 */
public final class Contacts {
  private static final int EMPTY = 0;
  int[] keys;
  int[] first;
  int[] last;
  int size;
  // After the table was found full of relations in use: the minute before which none of them can
  // have aged out, so no room can be made before it (a busy account's every new counterparty
  // would otherwise scan the whole table again). Not state: 0 after a restore means "try".
  private transient int fullUntil;

  /** For deserialisers. */
  @SuppressWarnings("NullAway.Init") // the deserialiser sets every field before any use
  public Contacts() {}

  static Contacts create() {
    Contacts c = new Contacts();
    c.keys = new int[8];
    c.first = new int[8];
    c.last = new int[8];
    return c;
  }

  static int minutes(long millis) {
    return (int) (millis / 60_000L);
  }

  /** Records a contact at {@code now}; forgets relations idle for {@code horizon} when full. */
  void touch(int counterparty, long now, int max, long horizon) {
    int key = counterparty == EMPTY ? 1 : counterparty;
    int m = minutes(now);
    int i = find(key);
    if (keys[i] == key) {
      last[i] = m;
      return;
    }
    if (2 * (size + 1) > keys.length) {
      if (!makeRoom(m, max, minutes(horizon))) {
        return;
      }
      i = find(key);
    }
    keys[i] = key;
    first[i] = m;
    last[i] = m;
    size++;
  }

  /** When the relation began (epoch minutes), or {@link Integer#MAX_VALUE} when unknown. */
  int since(int counterparty) {
    int key = counterparty == EMPTY ? 1 : counterparty;
    int i = find(key);
    return keys[i] == key ? first[i] : Integer.MAX_VALUE;
  }

  private int find(int key) {
    int mask = keys.length - 1;
    int i = (key * 0x9E3779B1) & mask;
    while (keys[i] != EMPTY && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private boolean makeRoom(int now, int max, int horizon) {
    if (now < fullUntil) {
      return false;
    }
    int[] k = keys;
    int[] f = first;
    int[] l = last;
    int live = 0;
    int oldestLive = Integer.MAX_VALUE;
    for (int i = 0; i < k.length; i++) {
      if (k[i] != EMPTY && now - l[i] <= horizon) {
        live++;
        oldestLive = Math.min(oldestLive, l[i]);
      }
    }
    int n = k.length;
    while (2 * (live + 1) > n) {
      n *= 2;
    }
    if (n > 2 * max) {
      // Until the oldest relation in use ages out the count of live ones cannot fall (a touch
      // only renews), so the table stays full.
      fullUntil = oldestLive + horizon + 1;
      return false;
    }
    keys = new int[n];
    first = new int[n];
    last = new int[n];
    size = 0;
    for (int i = 0; i < k.length; i++) {
      if (k[i] != EMPTY && now - l[i] <= horizon) {
        int j = find(k[i]);
        keys[j] = k[i];
        first[j] = f[i];
        last[j] = l[i];
        size++;
      }
    }
    return true;
  }
}
