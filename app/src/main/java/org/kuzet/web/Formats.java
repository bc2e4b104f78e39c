package org.kuzet.web;

import static java.util.Objects.requireNonNullElse;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.Date;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * How dates, times, years and counted things read, one way per language everywhere. Templates use
 * it as {@code #when} and {@code #plural} (see {@code web.internal.FormatDialect}); Java code that
 * writes text for a page or a PDF calls it directly.
 *
 * <ul>
 *   <li>Dates and times follow the patterns {@code format.date} and {@code format.dateTime} of the
 *       reader's language. Instants and offset times are shown in the reader's zone, the zone of
 *       the reader's agency or else the installation's (one rule, {@link AgencyZones}); a zoned
 *       time in its own zone. Where a time alone would be ambiguous (a printed report, a file's
 *       transactions), {@code #when.dateTimeZoned} adds its offset: "01.03.2008 09:37 (UTC+05:00)".
 *       A missing time, or a time at the epoch (which only ever means "never set"), shows as
 *       nothing.
 *   <li>Counted things use ICU plural rules: the bundle holds an ICU MessageFormat pattern such as
 *       {@code {0,plural,one{# row} other{# rows}}} (Russian needs one, few, many and other), and
 *       {@link #plural} formats it with the count.
 *   <li>A year is never grouped: {@link #year} gives "2008", not "2,008".
 *   <li>Money has one form per language, ICU's number format for the language with two decimals: "4
 *       670,99 USD" in Russian and Kazakh (a no-break space between groups, a decimal comma),
 *       "4,670.99 USD" in English. {@link #money} serves pages, alert reasons and PDFs alike.
 * </ul>
 */
@Component("formats")
public class Formats {

  private final MessageSource messages;
  private final Supplier<ZoneId> readerZone;

  /** Times in the reader's zone, by the rule of {@link AgencyZones}. */
  @Autowired
  public Formats(MessageSource messages, AgencyZones zones) {
    this.messages = messages;
    this.readerZone = zones::reader;
  }

  /** Times always in one zone (for tests and tools without readers). */
  public Formats(MessageSource messages, String zone) {
    this.messages = messages;
    ZoneId fixed = ZoneId.of(zone);
    this.readerZone = () -> fixed;
  }

  /** The zone the current reader reads times in. */
  public ZoneId zone() {
    return readerZone.get();
  }

  /** The date, in the reader's date pattern; "" when there is none. */
  public String date(@Nullable Object value, Locale locale) {
    return date(value, locale, zone());
  }

  /** The date and time (a date alone when the value has no time); "" when there is none. */
  public String dateTime(@Nullable Object value, Locale locale) {
    return dateTime(value, locale, zone());
  }

  private String date(@Nullable Object value, Locale locale, ZoneId zone) {
    var at = zoned(value, zone);
    return at == null
        ? ""
        : DateTimeFormatter.ofPattern(pattern("format.date", "dd.MM.yyyy", locale), locale)
            .format(at);
  }

  private String dateTime(@Nullable Object value, Locale locale, ZoneId zone) {
    if (value instanceof LocalDate) {
      return date(value, locale, zone);
    }
    var at = zoned(value, zone);
    return at == null
        ? ""
        : DateTimeFormatter.ofPattern(
                pattern("format.dateTime", "dd.MM.yyyy HH:mm", locale), locale)
            .format(at);
  }

  /** A year as written, never grouped. */
  public String year(@Nullable Number year) {
    return year == null ? "" : Long.toString(year.longValue());
  }

  /**
   * An amount with two decimals, grouped the language's way, and its currency after it; "—" when
   * none.
   */
  public String money(@Nullable Number amount, @Nullable String currency, Locale locale) {
    if (amount == null) {
      return "—";
    }
    String n =
        amounts(locale)
            .format(amount instanceof BigDecimal b ? b : new BigDecimal(amount.toString()));
    return currency == null || currency.isBlank() ? n : n + " " + currency;
  }

  /** A decimal as the language writes it, with as many decimals as it carries (at least none). */
  public String decimal(Number value, Locale locale) {
    var f = NumberFormat.getNumberInstance(ULocale.forLocale(locale));
    int scale = value instanceof BigDecimal b ? Math.max(0, b.scale()) : 0;
    f.setMinimumFractionDigits(scale);
    f.setMaximumFractionDigits(Math.max(scale, value instanceof BigDecimal ? 0 : 3));
    return f.format(value);
  }

  private static NumberFormat amounts(Locale locale) {
    var f = NumberFormat.getNumberInstance(ULocale.forLocale(locale));
    f.setMinimumFractionDigits(2);
    f.setMaximumFractionDigits(2);
    f.setGroupingUsed(true);
    return f;
  }

  /**
   * The message {@code key}, an ICU MessageFormat pattern, formatted with {@code count} as argument
   * 0 (its plural form chosen by the language's rules) and {@code more} after it.
   */
  public String plural(String key, Number count, Locale locale, Object... more) {
    String pattern = messages.getMessage(key, null, key, locale);
    Object[] args = new Object[more.length + 1];
    args[0] = count;
    System.arraycopy(more, 0, args, 1, more.length);
    return new MessageFormat(pattern, ULocale.forLocale(locale)).format(args);
  }

  /**
   * A message whose arguments are facts, worded here: a date or time argument in the reader's date
   * pattern, a {@link org.springframework.context.MessageSourceResolvable} (a status, a code)
   * resolved in the reader's language, the rest as ICU MessageFormat formats them — so the pattern
   * may choose plural forms ({@code {1,plural,one{# time} other{# times}}}).
   */
  public String message(String key, Locale locale, Object... args) {
    Object[] worded = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      if (a instanceof MessageSourceResolvable r) {
        worded[i] = messages.getMessage(r, locale);
      } else if (a instanceof Temporal t && !(a instanceof Year)) {
        worded[i] = a instanceof LocalDate ? date(t, locale) : dateTime(t, locale);
      } else {
        worded[i] = a;
      }
    }
    String pattern = messages.getMessage(key, null, key, locale);
    return new MessageFormat(pattern, ULocale.forLocale(locale)).format(worded);
  }

  /** A code worded by the message {@code prefix + code}, or the code itself when there is none. */
  public static MessageSourceResolvable code(String prefix, Object code) {
    return new DefaultMessageSourceResolvable(
        new String[] {prefix + code}, null, String.valueOf(code));
  }

  private String pattern(String key, String fallback, Locale locale) {
    return requireNonNullElse(messages.getMessage(key, null, fallback, locale), fallback);
  }

  /**
   * The date and time followed by its offset from UTC, "01.03.2008 09:37 (UTC+05:00)"; a date alone
   * (no time, no offset) when the value has no time; "" when there is none.
   */
  private String dateTimeZoned(@Nullable Object value, Locale locale, ZoneId zone) {
    if (value instanceof LocalDate) {
      return date(value, locale, zone);
    }
    var at = zoned(value, zone);
    if (at == null) {
      return "";
    }
    int offset = at.getOffset().getTotalSeconds();
    return dateTime(at, locale, zone) + " (UTC" + (offset == 0 ? "" : at.getOffset().getId()) + ")";
  }

  private static @Nullable ZonedDateTime zoned(@Nullable Object value, ZoneId zone) {
    ZonedDateTime at;
    if (value == null) {
      return null;
    } else if (value instanceof Instant i) {
      at = i.atZone(zone);
    } else if (value instanceof ZonedDateTime z) {
      at = z; // placed in a zone on purpose (an import's zone, say): kept
    } else if (value instanceof OffsetDateTime o) {
      at = o.atZoneSameInstant(zone);
    } else if (value instanceof LocalDateTime l) {
      at = l.atZone(zone);
    } else if (value instanceof LocalDate d) {
      at = d.atStartOfDay(zone);
    } else if (value instanceof Date d) {
      at = d.toInstant().atZone(zone);
    } else {
      throw new IllegalArgumentException("not a date or time: " + value.getClass().getName());
    }
    // A time at the epoch exactly only ever means "never set"; a date of 1 January 1970 (a birth
    // date) is a real date.
    if (!(value instanceof LocalDate) && at.toInstant().equals(Instant.EPOCH)) {
      return null;
    }
    return at;
  }

  /**
   * {@code #when} in templates: dates and times of the reader's language, instants in the reader's
   * zone ({@link AgencyZones}), so templates write {@code #when.dateTime(instant)} and never name a
   * zone.
   */
  public static final class When {
    private final Formats formats;
    private final Locale locale;
    private final ZoneId zone;

    When(Formats formats, Locale locale, ZoneId zone) {
      this.formats = formats;
      this.locale = locale;
      this.zone = zone;
    }

    public String date(@Nullable Object value) {
      return formats.date(value, locale, zone);
    }

    public String dateTime(@Nullable Object value) {
      return formats.dateTime(value, locale, zone);
    }

    /** The date and time with its offset from UTC, for times that would otherwise be ambiguous. */
    public String dateTimeZoned(@Nullable Object value) {
      return formats.dateTimeZoned(value, locale, zone);
    }

    /** The zone times are shown in for this reader. */
    public ZoneId zone() {
      return zone;
    }

    public String year(@Nullable Number year) {
      return formats.year(year);
    }

    /** True when the value is a real time, not missing and not the epoch. */
    public boolean known(@Nullable Object value) {
      return zoned(value, zone) != null;
    }
  }

  /** {@code #plural} in templates: {@code #plural.of('key', count, more...)}. */
  public static final class Plural {
    private final Formats formats;
    private final Locale locale;

    Plural(Formats formats, Locale locale) {
      this.formats = formats;
      this.locale = locale;
    }

    public String of(String key, Number count, Object... more) {
      return formats.plural(key, count, locale, more);
    }
  }

  /** {@code #money} in templates: {@code #money.of(amount, currency)}. */
  public static final class Money {
    private final Formats formats;
    private final Locale locale;

    Money(Formats formats, Locale locale) {
      this.formats = formats;
      this.locale = locale;
    }

    public String of(@Nullable Number amount, @Nullable String currency) {
      return formats.money(amount, currency, locale);
    }
  }

  public Money money(Locale locale) {
    return new Money(this, locale);
  }

  /** The template helpers for one reader. */
  public When when(Locale locale) {
    return new When(this, locale, zone());
  }

  /** The template helpers for one reader, with times in the given zone. */
  public When when(Locale locale, ZoneId zone) {
    return new When(this, locale, zone);
  }

  public Plural plurals(Locale locale) {
    return new Plural(this, locale);
  }
}
