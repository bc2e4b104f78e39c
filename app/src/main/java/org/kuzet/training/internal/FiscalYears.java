package org.kuzet.training.internal;

import java.time.LocalDate;

/**
 * U.S. fiscal years, in which the program reports: FY2009 runs from 1 October 2008 to 30 September
 * 2009.
 */
public final class FiscalYears {

  private FiscalYears() {}

  public static int of(LocalDate date) {
    return date.getMonthValue() >= 10 ? date.getYear() + 1 : date.getYear();
  }

  static LocalDate start(int fiscalYear) {
    return LocalDate.of(fiscalYear - 1, 10, 1);
  }

  static LocalDate end(int fiscalYear) {
    return LocalDate.of(fiscalYear, 9, 30);
  }
}
