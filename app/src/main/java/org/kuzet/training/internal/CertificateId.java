package org.kuzet.training.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The number of a certificate of completion. A type of its own so that the compiler keeps it apart
 * from other numbers; in JSON, in URLs and in the audit log it is the number itself.
 */
public record CertificateId(@JsonValue long value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public CertificateId {}

  /** Spring MVC binds path variables through a static {@code of(String)}; bad input answers 400. */
  public static CertificateId of(String text) {
    return new CertificateId(Long.parseLong(text.strip()));
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
