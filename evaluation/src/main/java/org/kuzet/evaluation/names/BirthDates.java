package org.kuzet.evaluation.names;

import java.time.LocalDate;
import java.util.Random;

/** Birth dates for negatives, in the same shapes the lists give: a full date or a year. */
final class BirthDates {

  private static final LocalDate EARLIEST = LocalDate.of(1945, 1, 1);
  private static final int SPAN_DAYS = 365 * 55;

  private BirthDates() {}

  static String random(Random random) {
    LocalDate date = EARLIEST.plusDays(random.nextInt(SPAN_DAYS));
    return random.nextInt(10) < 3 ? String.valueOf(date.getYear()) : date.toString();
  }
}
