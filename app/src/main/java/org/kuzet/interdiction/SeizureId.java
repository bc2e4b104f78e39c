package org.kuzet.interdiction;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The number of a drug seizure recorded at a post. A type of its own so that the compiler keeps it
 * apart from other numbers; in JSON, in URLs and in the audit log it is the number itself.
 */
public record SeizureId(@JsonValue long value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public SeizureId {}

  /** Spring MVC binds path variables through a static {@code of(String)}; bad input answers 400. */
  public static SeizureId of(String text) {
    return new SeizureId(Long.parseLong(text.strip()));
  }

  /** The id of a nullable column or field: null stays null. */
  public static @Nullable SeizureId ofNullable(@Nullable Long value) {
    return value == null ? null : new SeizureId(value);
  }

  /** The number of a nullable id, for a database parameter: null stays null. */
  public static @Nullable Long numberOf(@Nullable SeizureId id) {
    return id == null ? null : id.value();
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
