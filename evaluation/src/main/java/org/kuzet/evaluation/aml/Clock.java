package org.kuzet.evaluation.aml;

import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Time as whole minutes from the first midnight, which is 2022/09/01 as in the AMLworld datasets,
 * and its printed form {@code 2022/09/01 00:06}.
 */
final class Clock {

  static final LocalDate FIRST_DAY = LocalDate.of(2022, 9, 1);
  static final int MINUTES_PER_DAY = 24 * 60;

  private final int days;
  private final String[] dayPrefixes;

  Clock(int days) {
    this.days = days;
    this.dayPrefixes = new String[days + 1];
    for (int d = 0; d <= days; d++) {
      LocalDate date = FIRST_DAY.plusDays(d);
      dayPrefixes[d] =
          String.format(
              Locale.ROOT,
              "%04d/%02d/%02d ",
              date.getYear(),
              date.getMonthValue(),
              date.getDayOfMonth());
    }
  }

  int days() {
    return days;
  }

  int totalMinutes() {
    return days * MINUTES_PER_DAY;
  }

  LocalDate date(int day) {
    return FIRST_DAY.plusDays(day);
  }

  String format(int minute) {
    int day = minute / MINUTES_PER_DAY;
    int inDay = minute % MINUTES_PER_DAY;
    int hour = inDay / 60;
    int min = inDay % 60;
    StringBuilder out = new StringBuilder(16).append(dayPrefixes[day]);
    if (hour < 10) {
      out.append('0');
    }
    out.append(hour).append(':');
    if (min < 10) {
      out.append('0');
    }
    return out.append(min).toString();
  }

  /** A minute of the given day, mostly in waking hours because that is when people pay. */
  int daytime(int day, SplittableRandom random) {
    int inDay;
    if (random.nextDouble() < 0.85) {
      inDay = 7 * 60 + random.nextInt(15 * 60);
    } else {
      inDay = random.nextInt(MINUTES_PER_DAY);
    }
    return day * MINUTES_PER_DAY + inDay;
  }

  /** A waking-hours minute anywhere in [from, to), clamped to the data's span. */
  int daytimeBetween(int from, int to, SplittableRandom random) {
    int lo = Math.max(0, from);
    int hi = Math.min(totalMinutes(), to);
    if (hi - lo <= MINUTES_PER_DAY) {
      return lo + random.nextInt(Math.max(1, hi - lo));
    }
    for (int attempt = 0; attempt < 8; attempt++) {
      int day = (lo + random.nextInt(hi - lo)) / MINUTES_PER_DAY;
      int minute = daytime(day, random);
      if (minute >= lo && minute < hi) {
        return minute;
      }
    }
    return lo + random.nextInt(hi - lo);
  }
}
