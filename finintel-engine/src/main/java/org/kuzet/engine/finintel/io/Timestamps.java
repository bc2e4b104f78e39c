package org.kuzet.engine.finintel.io;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Timestamp parsing shared by the readers. A time without an offset is a local time of the file's
 * zone (chosen by whoever imports it; UTC for the benchmark and evaluation files); a time with
 * {@code Z} or an offset, and epoch milliseconds, are instants already.
 */
final class Timestamps {
  private Timestamps() {}

  /**
   * IBM's {@code yyyy/MM/dd HH:mm}, parsed by hand: at millions of rows the formatter would be a
   * tenth of the whole import time.
   */
  static Instant ibm(String s, ZoneId zone) {
    if (s.length() == 16
        && s.charAt(4) == '/'
        && s.charAt(7) == '/'
        && s.charAt(10) == ' '
        && s.charAt(13) == ':') {
      int y = digits(s, 0, 4);
      int mo = digits(s, 5, 7);
      int d = digits(s, 8, 10);
      int h = digits(s, 11, 13);
      int mi = digits(s, 14, 16);
      if (y >= 0 && mo >= 1 && mo <= 12 && d >= 1 && h >= 0 && h < 24 && mi >= 0 && mi < 60) {
        try {
          if (zone != ZoneOffset.UTC) {
            return LocalDateTime.of(y, mo, d, h, mi).atZone(zone).toInstant();
          }
          long day = LocalDate.of(y, mo, d).toEpochDay();
          return Instant.ofEpochSecond(day * 86_400L + h * 3600L + mi * 60L);
        } catch (DateTimeException e) {
          // falls through to the error below
        }
      }
    }
    throw new RowProblem(
        RowError.Code.NOT_A_TIME,
        "Timestamp",
        s,
        "field 'Timestamp': '" + s + "' is not a date and time like 2022/09/01 00:20");
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /**
   * ISO forms: an instant ({@code 2017-01-01T00:00:00Z}), an offset date-time, a local date-time
   * with {@code T} or a space, a date, or epoch milliseconds.
   */
  static Instant iso(String s, String field, ZoneId zone) {
    try {
      if (!s.isEmpty() && s.chars().allMatch(Character::isDigit) && s.length() > 8) {
        return Instant.ofEpochMilli(Long.parseLong(s));
      }
      String t =
          s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
      if (t.endsWith("Z")) {
        return Instant.parse(t);
      }
      if (t.length() > 10) {
        int plus = Math.max(t.lastIndexOf('+'), t.indexOf('-', 19) >= 0 ? t.indexOf('-', 19) : -1);
        if (plus > 10) {
          return OffsetDateTime.parse(t).toInstant();
        }
        return LocalDateTime.parse(t).atZone(zone).toInstant();
      }
      return LocalDate.parse(t).atStartOfDay(zone).toInstant();
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new RowProblem(
          RowError.Code.NOT_A_TIME,
          field,
          s,
          "field '" + field + "': '" + s + "' is not an ISO date-time or epoch milliseconds");
    }
  }
}
