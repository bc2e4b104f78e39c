package org.kuzet.finintel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The number of an alert of the financial-intelligence queue. A type of its own so that the
 * compiler keeps it apart from other numbers; in JSON, in URLs and in the audit log it is the
 * number itself.
 */
public record AlertId(@JsonValue long value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public AlertId {}

  /** Spring MVC binds path variables through a static {@code of(String)}; bad input answers 400. */
  public static AlertId of(String text) {
    return new AlertId(Long.parseLong(text.strip()));
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
