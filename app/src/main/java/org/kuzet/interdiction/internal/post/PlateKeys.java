package org.kuzet.interdiction.internal.post;

import org.jspecify.annotations.Nullable;
import org.kuzet.engine.screening.Plates;
import org.kuzet.web.Refusal.Problem;

/**
 * The comparable form of a vehicle plate, as the screening engine defines it: Latin letters and
 * digits, Cyrillic look-alikes folded, spaces and the country band dropped, so that "123 АВС 02"
 * typed on a Russian keyboard finds "123ABC02".
 */
public final class PlateKeys {

  private PlateKeys() {}

  /**
   * @throws IllegalArgumentException naming the character when the plate cannot be a plate
   */
  public static String key(String plate) {
    return Plates.normalise(plate);
  }

  /** Why the plate in {@code field} cannot be used, or null when it can. */
  public static @Nullable Problem problem(String field, @Nullable String plate) {
    try {
      return key(plate == null ? "" : plate).length() < 2
          ? Problem.of(field, "interdiction.refusal.plate.short")
          : null;
    } catch (IllegalArgumentException e) {
      return Problem.of(field, "interdiction.refusal.plate.invalid", String.valueOf(plate));
    }
  }
}
