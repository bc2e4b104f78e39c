package org.kuzet.finintel;

import java.util.List;

/**
 * Counts from the investigators' workbench for the results framework, across all agencies, by U.S.
 * fiscal year (October to September) in the program's zone ({@code kuzet.default-zone}). Counts
 * only: no account, party or case content.
 */
public interface FinancialFigures {

  /** A count for one fiscal year. */
  record YearCount(int fiscalYear, long count) {}

  /**
   * Alerts triaged: alerts raised in the fiscal year that an investigator has since decided —
   * dismissed with a reason or escalated to a case. Alerts still new or assigned are not counted.
   */
  List<YearCount> alertsTriaged();

  /** Financial cases opened in the fiscal year. */
  List<YearCount> casesOpened();
}
