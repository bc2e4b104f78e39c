package org.kuzet.training.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;
import org.kuzet.training.SessionId;

/** A trainee's place in a session, the scores and, once the session is completed, the outcome. */
public record Enrolment(
    EnrolmentId id,
    SessionId sessionId,
    Trainee trainee,
    AgencyCode nominatedBy,
    Status status,
    long queueNo,
    @Nullable BigDecimal preTest,
    @Nullable BigDecimal postTest,
    @Nullable Outcome outcome) {

  public enum Status {
    ENROLLED,
    WAITLISTED,
    WITHDRAWN
  }

  enum Outcome {
    COMPLETED,
    NOT_COMPLETED
  }
}
