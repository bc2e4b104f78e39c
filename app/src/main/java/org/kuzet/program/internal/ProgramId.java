package org.kuzet.program.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The number of a program. A type of its own so that the compiler keeps it apart from a project's
 * or a record's number; in JSON, in URLs and in the audit log it is the number itself.
 */
public record ProgramId(@JsonValue long value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public ProgramId {}

  /** Spring MVC binds path variables through a static {@code of(String)}; bad input answers 400. */
  public static ProgramId of(String text) {
    return new ProgramId(Long.parseLong(text.strip()));
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
