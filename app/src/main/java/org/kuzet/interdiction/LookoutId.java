package org.kuzet.interdiction;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The number of a lookout. A type of its own so that the compiler keeps it apart from other
 * numbers; in JSON, in URLs and in the audit log it is the number itself.
 */
public record LookoutId(@JsonValue long value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public LookoutId {}

  /** Spring MVC binds path variables through a static {@code of(String)}; bad input answers 400. */
  public static LookoutId of(String text) {
    return new LookoutId(Long.parseLong(text.strip()));
  }

  /** The id of a nullable column or field: null stays null. */
  public static @Nullable LookoutId ofNullable(@Nullable Long value) {
    return value == null ? null : new LookoutId(value);
  }

  /** The number of a nullable id, for a database parameter: null stays null. */
  public static @Nullable Long numberOf(@Nullable LookoutId id) {
    return id == null ? null : id.value();
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
