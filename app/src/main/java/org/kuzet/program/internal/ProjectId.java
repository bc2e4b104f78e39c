package org.kuzet.program.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The number of a project. A type of its own so that the compiler keeps it apart from a program's
 * or a record's number; in JSON, in URLs and in the audit log it is the number itself.
 */
public record ProjectId(@JsonValue long value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public ProjectId {}

  /** Spring MVC binds path variables through a static {@code of(String)}; bad input answers 400. */
  public static ProjectId of(String text) {
    return new ProjectId(Long.parseLong(text.strip()));
  }

  /** The column value of a record that may hang off no project. */
  static @Nullable Long numberOf(@Nullable ProjectId id) {
    return id == null ? null : id.value();
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
