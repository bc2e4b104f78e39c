package org.kuzet.identity.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The number of a change to an account that waits for a second administrator. A type of its own so
 * that the compiler keeps it apart from an account's number; in URLs and in the audit log it is the
 * number itself.
 */
public record ChangeId(@JsonValue long value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public ChangeId {}

  /** Spring MVC binds path variables through a static {@code of(String)}; bad input answers 400. */
  public static ChangeId of(String text) {
    return new ChangeId(Long.parseLong(text.strip()));
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
