package org.kuzet.training.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A certificate of completion; its code lets anyone confirm it is genuine and not revoked. */
record Certificate(
    CertificateId id,
    EnrolmentId enrolmentId,
    String code,
    LocalDate issuedOn,
    @Nullable Instant revokedAt,
    @Nullable String revokedBy,
    @Nullable String revokeReason) {

  public boolean revoked() {
    return revokedAt != null;
  }
}
