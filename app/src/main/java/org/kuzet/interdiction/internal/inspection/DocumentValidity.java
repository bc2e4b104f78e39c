package org.kuzet.interdiction.internal.inspection;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Whether a travel document was valid on a day: expired, expiring within {@value #SOON_DAYS} days
 * (many borders want months of validity left), or neither. One rule for the form's warning, whether
 * the date came from the MRZ or was typed, and for the inspection page afterwards.
 */
public final class DocumentValidity {

  /** A document this close to its expiry gets a warning. */
  public static final int SOON_DAYS = 90;

  private DocumentValidity() {}

  /** True when the document had expired by {@code on}. */
  public static boolean expiredOn(@Nullable LocalDate expires, LocalDate on) {
    return expires != null && expires.isBefore(on);
  }

  /**
   * True when the document is still valid on {@code on} but expires within {@value #SOON_DAYS}
   * days.
   */
  public static boolean expiresSoonAfter(@Nullable LocalDate expires, LocalDate on) {
    return expires != null && !expires.isBefore(on) && expires.isBefore(on.plusDays(SOON_DAYS));
  }
}
