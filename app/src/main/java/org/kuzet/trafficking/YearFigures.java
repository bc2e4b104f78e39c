package org.kuzet.trafficking;

/**
 * Victims identified in a year of registration, and how many of them were referred to at least one
 * assistance service. Suppressed counts stay suppressed, so a small year cannot be recovered from
 * the other.
 */
public record YearFigures(int year, AnonymisedCount identified, AnonymisedCount referred) {

  public YearFigures {
    if (year < 1990 || year > 2200) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
  }
}
