package org.kuzet.engine.screening;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A birth date as lists give it: a full date, a month and year, a year, or a range of years.
 *
 * @param year the (first) year
 * @param month 1-12, or 0 when unknown
 * @param day 1-31, or 0 when unknown
 * @param toYear last year of a range ("1960 to 1965"); equal to {@code year} otherwise
 */
public record BirthDate(int year, int month, int day, int toYear) {

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");
  private static final Pattern DAY_MON_YEAR =
      Pattern.compile("(?:(\\d{1,2}) )?([A-Za-z]{3})[a-z]* (\\d{4})");
  private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4})\\s*(?:to|-|–)\\s*(\\d{4})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");

  public BirthDate {
    if (year < 1800 || year > 2200) {
      throw new IllegalArgumentException("birth year out of range: " + year);
    }
    if (toYear < year || toYear > 2200) {
      throw new IllegalArgumentException("birth year range out of order: " + year + "-" + toYear);
    }
    if (month < 0 || month > 12 || day < 0 || day > 31 || (day > 0 && month == 0)) {
      throw new IllegalArgumentException("bad birth month/day: " + month + "/" + day);
    }
    if (day > 0) {
      try {
        LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("no such date: " + year + "-" + month + "-" + day);
      }
    }
  }

  /** A full date. */
  public static BirthDate of(LocalDate date) {
    return new BirthDate(
        date.getYear(), date.getMonthValue(), date.getDayOfMonth(), date.getYear());
  }

  /** A year only. */
  public static BirthDate ofYear(int year) {
    return new BirthDate(year, 0, 0, year);
  }

  /**
   * Reads the forms lists and officers use: {@code 1980-10-29}, {@code 29.10.1980}, {@code 10 Dec
   * 1948}, {@code Dec 1948}, {@code 1980}, {@code circa 1975}, {@code 1960 to 1965}.
   *
   * @throws IllegalArgumentException naming the text when it is none of these
   */
  public static BirthDate parse(String text) {
    String s = text == null ? "" : text.strip();
    Matcher m = ISO.matcher(s);
    if (m.matches()) {
      return full(m.group(1), m.group(2), m.group(3), s);
    }
    m = DOTTED.matcher(s);
    if (m.matches()) {
      return full(m.group(3), m.group(2), m.group(1), s);
    }
    String plain =
        s.replaceFirst("(?i)^(circa|approximately|about|c\\.)\\s*", "").replaceAll("\\.$", "");
    m = YEAR_RANGE.matcher(plain);
    if (m.matches()) {
      return new BirthDate(Integer.parseInt(m.group(1)), 0, 0, Integer.parseInt(m.group(2)));
    }
    m = DAY_MON_YEAR.matcher(plain);
    if (m.matches()) {
      Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
      if (month != null) {
        int day = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        int year = Integer.parseInt(m.group(3));
        return new BirthDate(year, month, day, year);
      }
    }
    m = YEAR.matcher(plain);
    if (m.matches()) {
      return ofYear(Integer.parseInt(m.group(1)));
    }
    throw new IllegalArgumentException("not a birth date: '" + text + "'");
  }

  private static BirthDate full(String y, String mo, String d, String text) {
    int year = Integer.parseInt(y);
    return new BirthDate(year, Integer.parseInt(mo), Integer.parseInt(d), year);
  }

  /** Whether this is a complete day-month-year date. */
  public boolean isFullDate() {
    return day > 0;
  }

  @Override
  public String toString() {
    if (toYear != year) {
      return year + " to " + toYear;
    }
    // written out rather than with String.format, which cost more than the rest of the evidence
    if (day > 0 && year >= 0) {
      return digits(new StringBuilder(10), year, 4)
          .append('-')
          .append(month < 10 ? "0" : "")
          .append(month)
          .append('-')
          .append(day < 10 ? "0" : "")
          .append(day)
          .toString();
    }
    if (day > 0) {
      return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }
    if (month > 0 && year >= 0) {
      return digits(new StringBuilder(7), year, 4)
          .append('-')
          .append(month < 10 ? "0" : "")
          .append(month)
          .toString();
    }
    if (month > 0) {
      return String.format(Locale.ROOT, "%04d-%02d", year, month);
    }
    return Integer.toString(year);
  }

  /** {@code value} (not negative) with leading zeros to {@code width} digits, as %04d writes it. */
  private static StringBuilder digits(StringBuilder out, int value, int width) {
    String d = Integer.toString(value);
    for (int i = d.length(); i < width; i++) {
      out.append('0');
    }
    return out.append(d);
  }
}
