package org.kuzet.web;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How dates, times, years and counted things read, one way per language everywhere. Templates
 * use it as {@code #when} and {@code #plural} (see {@code web.internal.FormatDialect}); Java code
 * that writes text for a page or a PDF calls it directly.
 *
 * <ul>
 *   <li>Dates and times follow the patterns {@code format.date} and {@code format.dateTime} of the
 *       reader's language; instants are shown in {@code kuzet.default-zone}. A missing time, or the
 *       epoch (1 January 1970, which only ever means "never set"), shows as nothing.
 *   <li>Counted things use ICU plural rules: the bundle holds an ICU MessageFormat pattern such as
 *       {@code {0,plural,one{# row} other{# rows}}} (Russian needs one, few, many and other), and
 *       {@link #plural} formats it with the count.
 *   <li>A year is never grouped: {@link #year} gives "2008", not "2,008".
 * </ul>
 */
@Component("formats")
public class Formats {

  private final MessageSource messages;
  private final ZoneId zone;

  Formats(MessageSource messages, @Value("${kuzet.default-zone:Asia/Almaty}") String zone) {
    this.messages = messages;
    this.zone = ZoneId.of(zone);
  }

  public ZoneId zone() {
    return zone;
  }

  /** The date, in the reader's date pattern; "" when there is none. */
  public String date(@Nullable Object value, Locale locale) {
    var at = zoned(value);
    return at == null ? "" : DateTimeFormatter.ofPattern(pattern("format.date", "dd.MM.yyyy", locale), locale).format(at);
  }

  /** The date and time (a date alone when the value has no time); "" when there is none. */
  public String dateTime(@Nullable Object value, Locale locale) {
    if (value instanceof LocalDate) {
      return date(value, locale);
    }
    var at = zoned(value);
    return at == null
        ? ""
        : DateTimeFormatter.ofPattern(pattern("format.dateTime", "dd.MM.yyyy HH:mm", locale), locale).format(at);
  }

  /** A year as written, never grouped. */
  public String year(@Nullable Number year) {
    return year == null ? "" : Long.toString(year.longValue());
  }

  /**
   * The message {@code key}, an ICU MessageFormat pattern, formatted with {@code count} as
   * argument 0 (its plural form chosen by the language's rules) and {@code more} after it.
   */
  public String plural(String key, Number count, Locale locale, Object... more) {
    String pattern = messages.getMessage(key, null, key, locale);
    Object[] args = new Object[more.length + 1];
    args[0] = count;
    System.arraycopy(more, 0, args, 1, more.length);
    return new MessageFormat(pattern, ULocale.forLocale(locale)).format(args);
  }

  private String pattern(String key, String fallback, Locale locale) {
    return messages.getMessage(key, null, fallback, locale);
  }

  private @Nullable ZonedDateTime zoned(@Nullable Object value) {
    ZonedDateTime at;
    if (value == null) {
      return null;
    } else if (value instanceof Instant i) {
      at = i.atZone(zone);
    } else if (value instanceof ZonedDateTime z) {
      at = z.withZoneSameInstant(zone);
    } else if (value instanceof OffsetDateTime o) {
      at = o.atZoneSameInstant(zone);
    } else if (value instanceof LocalDateTime l) {
      at = l.atZone(zone);
    } else if (value instanceof LocalDate d) {
      at = d.atStartOfDay(zone);
    } else if (value instanceof java.util.Date d) {
      at = d.toInstant().atZone(zone);
    } else {
      throw new IllegalArgumentException("not a date or time: " + value.getClass().getName());
    }
    if (at.toInstant().equals(Instant.EPOCH) || at.toLocalDate().equals(LocalDate.EPOCH)) {
      return null;
    }
    return at;
  }

  /** {@code #when} in templates: dates and times of the reader's language. */
  public static final class When {
    private final Formats formats;
    private final Locale locale;

    When(Formats formats, Locale locale) {
      this.formats = formats;
      this.locale = locale;
    }

    public String date(@Nullable Object value) {
      return formats.date(value, locale);
    }

    public String dateTime(@Nullable Object value) {
      return formats.dateTime(value, locale);
    }

    public String year(@Nullable Number year) {
      return formats.year(year);
    }

    /** True when the value is a real time, not missing and not the epoch. */
    public boolean known(@Nullable Object value) {
      return formats.zoned(value) != null;
    }
  }

  /** {@code #plural} in templates: {@code #plural.of('key', count)} and with more arguments. */
  public static final class Plural {
    private final Formats formats;
    private final Locale locale;

    Plural(Formats formats, Locale locale) {
      this.formats = formats;
      this.locale = locale;
    }

    public String of(String key, Number count) {
      return formats.plural(key, count, locale);
    }

    public String of(String key, Number count, Object more) {
      return formats.plural(key, count, locale, more);
    }

    public String of(String key, Number count, Object more, Object evenMore) {
      return formats.plural(key, count, locale, more, evenMore);
    }
  }

  /** The template helpers for one reader. */
  public When when(Locale locale) {
    return new When(this, locale);
  }

  public Plural plurals(Locale locale) {
    return new Plural(this, locale);
  }
}
