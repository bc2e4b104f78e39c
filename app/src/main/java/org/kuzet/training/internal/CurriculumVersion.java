package org.kuzet.training.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One version of a course's curriculum: what changed, and who approved it when (null while a
 * draft).
 */
record CurriculumVersion(
    long id,
    CourseId courseId,
    int versionNo,
    String changes,
    @Nullable String approvedBy,
    @Nullable LocalDate approvedOn) {

  public boolean approved() {
    return approvedOn != null;
  }
}
