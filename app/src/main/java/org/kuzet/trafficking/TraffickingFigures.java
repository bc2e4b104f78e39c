package org.kuzet.trafficking;

import java.util.List;

/**
 * Anonymised counts for the results framework: victims identified and referred, by year of
 * registration, across all agencies, with every count below {@link AnonymisedCount#THRESHOLD}
 * suppressed. Nothing here can be traced to a person, so any module may ask.
 */
public interface TraffickingFigures {

  /** One entry per year that has at least one case, oldest first. */
  List<YearFigures> byYear();

  /**
   * Every case as the {@link VictimIdentified} event its recording published, for a listener that
   * catches up on records made before it listened (or loaded without events).
   */
  List<VictimIdentified> victimsIdentified();

  /** Every referral as the {@link VictimReferred} event its recording published; see above. */
  List<VictimReferred> victimsReferred();
}
