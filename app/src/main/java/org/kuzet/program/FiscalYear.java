package org.kuzet.program;

import java.time.LocalDate;

/**
 * A U.S. government fiscal year, which runs from 1 October to 30 September and is named after the
 * calendar year it ends in: FY2009 is 1 October 2008 to 30 September 2009.
 */
public record FiscalYear(int year) {

  public static final int FIRST = 1990;
  public static final int LAST = 2100;

  public FiscalYear {
    check(year);
  }

  /** The fiscal year a date falls in. */
  public static FiscalYear of(LocalDate date) {
    return new FiscalYear(date.getMonthValue() >= 10 ? date.getYear() + 1 : date.getYear());
  }

  public LocalDate firstDay() {
    return LocalDate.of(year - 1, 10, 1);
  }

  public LocalDate lastDay() {
    return LocalDate.of(year, 9, 30);
  }

  /** The short label used on fact sheets, e.g. {@code FY05}. */
  public String shortLabel() {
    return String.format("FY%02d", year % 100);
  }

  static void check(int year) {
    if (year < FIRST || year > LAST) {
      throw new IllegalArgumentException(
          "fiscal year must be between " + FIRST + " and " + LAST + ": " + year);
    }
  }

  @Override
  public String toString() {
    return "FY" + year;
  }
}
