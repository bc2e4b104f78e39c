package org.kuzet.finintel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The number of an import of a transaction file. A type of its own so that the compiler keeps it
 * apart from other numbers; in JSON, in URLs and in the audit log it is the number itself.
 */
public record ImportId(@JsonValue long value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public ImportId {}

  /** Spring MVC binds path variables through a static {@code of(String)}; bad input answers 400. */
  public static ImportId of(String text) {
    return new ImportId(Long.parseLong(text.strip()));
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
