package org.kuzet.results.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.kuzet.program.FactSheetSection;
import org.kuzet.program.FiscalYear;
import org.kuzet.program.ProgramManagement;
import org.kuzet.web.Formats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * "Results" on the public fact sheet: for each indicator marked for publication, of the programs on
 * the fact sheet, the latest year's actual against its target. Public aggregates only — suppressed
 * trafficking counts and values still waiting for review never appear. Only years completed by the
 * sheet's date count, so a sheet never shows a year that had barely begun.
 */
@Component
class ResultsFactSheetSection implements FactSheetSection {

  private final ProgramManagement programs;
  private final ResultsReport report;
  private final MessageSource messages;
  private final Formats formats;

  ResultsFactSheetSection(
      ProgramManagement programs, ResultsReport report, MessageSource messages, Formats formats) {
    this.formats = formats;
    this.programs = programs;
    this.report = report;
    this.messages = messages;
  }

  @Override
  public Optional<Content> forCountry(String country, Locale locale, LocalDate asOf) {
    int lastFiscal = FiscalYear.of(asOf).year() - 1;
    int lastCalendar = asOf.getYear() - 1;
    String lang = ResultsController.lang(locale);
    var onSheet =
        programs.programs().stream()
            .filter(p -> p.countryCode().equals(country) && p.onFactsheet())
            .toList();
    var lines = new ArrayList<String>();
    for (var p : report.programs(onSheet, lang, null, Indicator::onFactsheet)) {
      for (var r : p.indicators()) {
        if (!r.indicator().onFactsheet()) {
          continue;
        }
        r.years().stream()
            .filter(y -> y.actual() != null && y.actual().value() != null)
            .filter(
                y ->
                    y.year()
                        <= (r.indicator().measure().calendarYear() ? lastCalendar : lastFiscal))
            .reduce((a, b) -> b)
            .ifPresent(
                y -> {
                  String period = (r.indicator().measure().calendarYear() ? "" : "FY") + y.year();
                  // "1 post", "5 posts", «1 пост», «5 постов»: the unit's plural forms.
                  Actual actual = Objects.requireNonNull(y.actual(), "filtered above");
                  String counted =
                      formats.plural(
                          "results.count." + r.indicator().unit(),
                          Objects.requireNonNull(actual.value(), "filtered above"),
                          locale);
                  lines.add(
                      y.target() == null
                          ? messages.getMessage(
                              "results.factsheet.counted",
                              new Object[] {r.name(), period, counted},
                              locale)
                          : messages.getMessage(
                              "results.factsheet.countedTarget",
                              new Object[] {r.name(), period, counted, number(y.target(), locale)},
                              locale));
                });
      }
    }
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Content(
            "results", messages.getMessage("results.factsheet.heading", null, locale), lines));
  }

  static String number(BigDecimal value, Locale locale) {
    var format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(3);
    return format.format(value);
  }
}
