package org.kuzet.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.kuzet.identity.AgencyCode;

/**
 * A training session was completed: how many officers finished it, by agency and gender. The
 * program office counts these as officers trained.
 *
 * @param fiscalYear the U.S. fiscal year (October to September) of {@code completedOn}
 * @param officers officers who met the course's completion rule, grouped by agency and gender
 */
public record TrainingCompleted(
    SessionId sessionId,
    String courseCode,
    String courseTitle,
    String programCode,
    String centerCode,
    AgencyCode centerAgency,
    LocalDate completedOn,
    int fiscalYear,
    List<Headcount> officers) {

  /** Officers of one agency and gender who completed the session. */
  public record Headcount(AgencyCode agency, String gender, int count) {
    public Headcount {
      Objects.requireNonNull(agency, "agency");
      if (!gender.equals("F") && !gender.equals("M")) {
        throw new IllegalArgumentException("gender must be F or M: " + gender);
      }
      if (count < 0) {
        throw new IllegalArgumentException("count must not be negative: " + count);
      }
    }
  }

  public TrainingCompleted {
    Objects.requireNonNull(courseCode, "courseCode");
    Objects.requireNonNull(programCode, "programCode");
    Objects.requireNonNull(completedOn, "completedOn");
    officers = List.copyOf(officers);
  }

  /** All officers who completed the session. */
  public int total() {
    return officers.stream().mapToInt(Headcount::count).sum();
  }
}
