package org.kuzet.engine.finintel.detect;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.Typology;

/**
 * Everything stage 1 remembers about one account: its recent payments in and out, the single
 * payments it may pass on (trails of one hop), daily activity buckets, and when each typology last
 * fired. Plain fields and arrays, so Flink can keep it as keyed state and checkpoint it.
 */
public final class AccountState {
  Ring in;
  Ring out;
  // Null until the account receives a payment that starts a trail: most accounts never do, and
  // then every payment out ends at this field instead of reading a buffer of its own.
  @Nullable TrailBuffer trails;
  // When each typology last fired (by ordinal), Long.MIN_VALUE for never; null until one fires,
  // so a new account costs no array and most checks read no further than this field.
  long @Nullable [] lastAlert;
  // Velocity: one bucket per day, indexed by day modulo the number of buckets; each bucket is
  // four longs side by side (day number, count, inflow and outflow as double bits) so that one
  // transaction touches one cache line, not four arrays.
  long @Nullable [] days; // allocated by the velocity detector on first use
  long lastSeen;
  // Velocity: the day it last fired and how many transactions that day had by then.
  long velocityDay = Long.MIN_VALUE;
  int velocityCount;
  // Bursts: the account's usual activity per direction, and the degree each last fired with.
  Activity inActivity;
  Activity outActivity;
  int fanInDegree;
  int fanOutDegree;
  // Who the account has dealt with before, and since when: a table kept by Contacts, in this
  // object's own fields so that the lookup on every payment follows one reference fewer.
  int[] contacts;
  int contactCount;
  // After the table was found full of relations in use: the minute before which none of them can
  // have aged out, so no room can be made before it (a busy account's every new counterparty
  // would otherwise scan the whole table again). Not state: 0 after a restore means "try".
  transient int contactsFullUntil;

  /** For deserialisers. */
  @SuppressWarnings("NullAway.Init") // the deserialiser sets every field before any use
  public AccountState() {}

  AccountState(DetectionSettings s) {
    in = new Ring(s.ringCapacity());
    out = new Ring(s.ringCapacity());
    lastSeen = Long.MIN_VALUE;
    inActivity = new Activity();
    outActivity = new Activity();
    contacts = Contacts.empty();
  }

  public static AccountState create(DetectionSettings s) {
    return new AccountState(s);
  }

  /** True when the typology fired here less than {@code windowMillis} before {@code now}. */
  boolean coolingDown(Typology t, long now, long windowMillis) {
    if (lastAlert == null) {
      return false;
    }
    long last = lastAlert[t.ordinal()];
    return last != Long.MIN_VALUE && now - last < windowMillis;
  }

  void fired(Typology t, long now) {
    if (lastAlert == null) {
      lastAlert = new long[Typology.values().length];
      Arrays.fill(lastAlert, Long.MIN_VALUE);
    }
    lastAlert[t.ordinal()] = now;
  }

  /**
   * True when nothing here can influence a future result: everything it holds has aged out of every
   * window. Such a state may be dropped and later recreated empty with the same outcome.
   */
  public boolean idleSince(long now, long horizonMillis) {
    return lastSeen != Long.MIN_VALUE && now - lastSeen > horizonMillis;
  }

  static int hash(AccountRef a) {
    return a.hashCode();
  }
}
