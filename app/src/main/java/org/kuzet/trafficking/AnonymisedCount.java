package org.kuzet.trafficking;

import org.jspecify.annotations.Nullable;

/**
 * A count of victims that is safe to publish: either at least {@link #THRESHOLD} (or zero), or
 * suppressed, in which case the number itself is not carried at all.
 */
public record AnonymisedCount(@Nullable Integer value) {

  /** Cells describing fewer victims than this are suppressed, as the CTDC does. */
  public static final int THRESHOLD = 10;

  public AnonymisedCount {
    if (value != null && (value < 0 || (value > 0 && value < THRESHOLD))) {
      throw new IllegalArgumentException(
          "a published count must be 0 or at least " + THRESHOLD + ", got " + value);
    }
  }

  public static AnonymisedCount suppressed() {
    return new AnonymisedCount(null);
  }

  /** The count itself when it may be published, suppressed otherwise. */
  public static AnonymisedCount of(int count) {
    return count == 0 || count >= THRESHOLD ? new AnonymisedCount(count) : suppressed();
  }

  public boolean isSuppressed() {
    return value == null;
  }
}
