package org.kuzet.training;

import java.util.List;
import java.util.Objects;

/**
 * Officers trained as the results framework counts them: officers who completed a session, by the
 * course's program code, U.S. fiscal year of completion, agency and gender. Counts only, no
 * names, so any module may ask; callers still decide who sees them.
 */
public interface TrainingFigures {

  /** Officers of one agency and gender who completed training under a program in a fiscal year. */
  record TrainedHeadcount(String programCode, int fiscalYear, String agency, String gender, int officers) {
    public TrainedHeadcount {
      Objects.requireNonNull(programCode, "programCode");
      Objects.requireNonNull(agency, "agency");
      Objects.requireNonNull(gender, "gender");
    }
  }

  /** Every completed session's officers, grouped; ordered by program, fiscal year, agency, gender. */
  List<TrainedHeadcount> officersTrained();
}
