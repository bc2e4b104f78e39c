package org.kuzet.finintel.internal.ledger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.kuzet.web.Refusal;

/**
 * How every feature of the workbench writes a value: text clipped to its column, times in UTC, and
 * required text refused by the field's name. One place, so that imports, alerts and cases store the
 * same way.
 */
public final class Columns {

  private Columns() {}

  /** {@code s} cut to the column's {@code max} characters. */
  public static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  /** The clock's instant as the UTC time the tables keep. */
  public static OffsetDateTime now(Clock clock) {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  /** The text stripped; blank is refused naming the field {@code what}. */
  public static String requireText(@Nullable String text, String what) {
    if (text == null || text.isBlank()) {
      throw Refusal.of(what, "fin.refusal.required");
    }
    return text.strip();
  }
}
