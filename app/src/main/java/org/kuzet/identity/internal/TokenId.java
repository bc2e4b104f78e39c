package org.kuzet.identity.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The number of an API token. A type of its own so that the compiler keeps it apart from its
 * account's number; in URLs and in the audit log it is the number itself.
 */
public record TokenId(@JsonValue long value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public TokenId {}

  /** Spring MVC binds path variables through a static {@code of(String)}; bad input answers 400. */
  public static TokenId of(String text) {
    return new TokenId(Long.parseLong(text.strip()));
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
