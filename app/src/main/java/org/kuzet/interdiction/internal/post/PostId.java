package org.kuzet.interdiction.internal.post;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The number of a checkpoint or border crossing point. A type of its own so that the compiler keeps
 * it apart from other numbers; in JSON, in URLs and in the audit log it is the number itself.
 */
public record PostId(@JsonValue long value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public PostId {}

  /** Spring MVC binds path variables through a static {@code of(String)}; bad input answers 400. */
  public static PostId of(String text) {
    return new PostId(Long.parseLong(text.strip()));
  }

  /** The id of a nullable column or field: null stays null. */
  public static @Nullable PostId ofNullable(@Nullable Long value) {
    return value == null ? null : new PostId(value);
  }

  /** The number of a nullable id, for a database parameter: null stays null. */
  public static @Nullable Long numberOf(@Nullable PostId id) {
    return id == null ? null : id.value();
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
