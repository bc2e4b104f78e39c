package org.kuzet.results.internal;

/**
 * What an indicator's actual counts, and which module's records it comes from. Every measure but
 * {@link #MANUAL} is computed from the records at each request.
 */
public enum Measure {
  /** Officers who completed training under the program (training module), by agency and gender. */
  OFFICERS_TRAINED,
  /** Inspections logged at the posts (interdiction); scope CHECKPOINT or CROSSING narrows it. */
  INSPECTIONS,
  /** Posts that logged at least one inspection in the year (interdiction); scope as above. */
  POSTS_OPERATIONAL,
  /** Seizure cases (interdiction), by drug; scope as above. */
  SEIZURE_CASES,
  /** Kilograms seized (interdiction; seizures recorded in KG), by drug; scope as above. */
  SEIZED_KG,
  /**
   * Financial alerts raised in the year and since dismissed or escalated (financial intelligence).
   */
  FINANCIAL_ALERTS_TRIAGED,
  /** Financial cases opened (financial intelligence). */
  FINANCIAL_CASES_OPENED,
  /** Victims identified, anonymised, by calendar year of registration (trafficking). */
  VICTIMS_IDENTIFIED,
  /** Victims referred to assistance, anonymised, by calendar year of registration (trafficking). */
  VICTIMS_REFERRED,
  /** Program equipment handed over in the year (program office). */
  EQUIPMENT_DELIVERED,
  /** Program equipment in service at the year's end (program office's end-use checks). */
  EQUIPMENT_IN_SERVICE,
  /** No module records it: values are entered by one user and approved by another. */
  MANUAL;

  public boolean manual() {
    return this == MANUAL;
  }

  /** Trafficking figures exist only per calendar year of registration, not per fiscal year. */
  public boolean calendarYear() {
    return this == VICTIMS_IDENTIFIED || this == VICTIMS_REFERRED;
  }

  /** Whether a scope (kind of post) applies. */
  public boolean scoped() {
    return this == INSPECTIONS
        || this == POSTS_OPERATIONAL
        || this == SEIZURE_CASES
        || this == SEIZED_KG;
  }
}
