package org.kuzet.training.internal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kuzet.training.SessionId;

/** A session of a course at a center, teaching one curriculum version. */
public record TrainingSession(
    SessionId id,
    CourseId courseId,
    CenterId centerId,
    long curriculumVersionId,
    LocalDate startsOn,
    LocalDate endsOn,
    int capacity,
    SessionStatus status,
    @Nullable LocalDate completedOn,
    boolean illustrative) {

  public enum SessionStatus {
    SCHEDULED,
    COMPLETED,
    CANCELLED
  }

  /** Every day of the session, first to last; attendance is taken for each. */
  public List<LocalDate> days() {
    return startsOn.datesUntil(endsOn.plusDays(1)).toList();
  }

  public boolean open() {
    return status == SessionStatus.SCHEDULED;
  }
}
