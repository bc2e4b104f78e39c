package org.kuzet.interdiction.internal.post;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The number of an inspection logged at a post. A type of its own so that the compiler keeps it
 * apart from other numbers; in JSON, in URLs and in the audit log it is the number itself.
 */
public record InspectionId(@JsonValue long value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public InspectionId {}

  /** Spring MVC binds path variables through a static {@code of(String)}; bad input answers 400. */
  public static InspectionId of(String text) {
    return new InspectionId(Long.parseLong(text.strip()));
  }

  /** The id of a nullable column or field: null stays null. */
  public static @Nullable InspectionId ofNullable(@Nullable Long value) {
    return value == null ? null : new InspectionId(value);
  }

  /** The number of a nullable id, for a database parameter: null stays null. */
  public static @Nullable Long numberOf(@Nullable InspectionId id) {
    return id == null ? null : id.value();
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
