package org.kuzet.results.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Number formats of the results pages, in the reader's locale. */
@Component("resultsCells")
class ResultsCells {

  public String number(@Nullable BigDecimal value, Locale locale) {
    if (value == null) {
      return "";
    }
    var format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(3);
    return format.format(value);
  }

  public String money(@Nullable BigDecimal value, Locale locale) {
    if (value == null) {
      return "";
    }
    var format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(0);
    format.setMaximumFractionDigits(2);
    return "$" + format.format(value);
  }

  /** "FY2008" for fiscal-year indicators, "2024" for calendar-year ones. */
  public String period(Indicator indicator, int year) {
    return (indicator.measure().calendarYear() ? "" : "FY") + year;
  }
}
