package org.kuzet.training.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The number of a trainee's enrolment in a training session. A type of its own so that the compiler
 * keeps it apart from other numbers; in JSON, in URLs and in the audit log it is the number itself.
 */
public record EnrolmentId(@JsonValue long value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public EnrolmentId {}

  /** Spring MVC binds path variables through a static {@code of(String)}; bad input answers 400. */
  public static EnrolmentId of(String text) {
    return new EnrolmentId(Long.parseLong(text.strip()));
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
