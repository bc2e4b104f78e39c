package org.kuzet.engine.finintel.detect;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.Typology;

/**
 * What a trail stage remembers about one account: trails of its length that ended here, the
 * bipartite notices received, and when each typology last fired here.
 */
public final class TrailState {
  TrailBuffer trails;
  // Bipartite notices: per sender the latest payment to this account and the sender's fan-out.
  int @Nullable [] noticeSender;
  long @Nullable [] noticeTime;
  Transaction @Nullable [] noticeTx;
  int notices;
  // When each typology last fired (by ordinal), Long.MIN_VALUE for never; null until one fires,
  // so a new account costs no array and most checks read no further than this field.
  long @Nullable [] lastAlert;
  long lastSeen;

  /** For deserialisers. */
  @SuppressWarnings("NullAway.Init") // the deserialiser sets every field before any use
  public TrailState() {}

  TrailState(DetectionSettings s) {
    trails = new TrailBuffer(s.trails().maxTrailsPerAccount());
    lastSeen = Long.MIN_VALUE;
  }

  public static TrailState create(DetectionSettings s) {
    return new TrailState(s);
  }

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

  public boolean idleSince(long now, long horizonMillis) {
    return lastSeen != Long.MIN_VALUE && now - lastSeen > horizonMillis;
  }
}
