package org.kuzet.program.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The number of an item of equipment in the register. A type of its own so that the compiler keeps
 * it apart from a project's or an end-use check's number; in JSON, in URLs and in the audit log it
 * is the number itself.
 */
public record EquipmentId(@JsonValue long value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public EquipmentId {}

  /** Spring MVC binds path variables through a static {@code of(String)}; bad input answers 400. */
  public static EquipmentId of(String text) {
    return new EquipmentId(Long.parseLong(text.strip()));
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
