package org.kuzet.results.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.kuzet.web.Exports;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The rows of a results page as a table for CSV and Excel: one row per indicator and year. */
@Component
class ResultsExport {

  private static final List<String> COLUMNS =
      List.of(
          "country",
          "program",
          "indicator",
          "name",
          "unit",
          "period",
          "baseline",
          "baselineYear",
          "target",
          "actual",
          "suppressed",
          "met",
          "source",
          "breakdown",
          "fundingUsd",
          "costPerUnitUsd",
          "illustrative");

  private final MessageSource messages;

  ResultsExport(MessageSource messages) {
    this.messages = messages;
  }

  Exports.Table table(List<ResultsReport.ProgramResults> programs, Locale locale) {
    var headers =
        COLUMNS.stream()
            .map(c -> messages.getMessage("results.column." + c, null, locale))
            .toList();
    var rows = new ArrayList<List<?>>();
    for (var p : programs) {
      for (var r : p.indicators()) {
        var i = r.indicator();
        for (var y : r.years()) {
          var a = y.actual();
          rows.add(
              Arrays.asList(
                  p.program().countryCode(),
                  p.program().code(),
                  i.code(),
                  r.name(),
                  messages.getMessage("results.unit." + i.unit(), null, locale),
                  (i.measure().calendarYear() ? "" : "FY") + y.year(),
                  i.baseline(),
                  i.baselineYear(),
                  y.target(),
                  a == null ? null : a.value(),
                  a != null && a.suppressed(),
                  y.met(),
                  messages.getMessage(
                      i.measure().manual() ? "results.source.manual" : "results.source.records",
                      null,
                      locale),
                  a == null ? null : a.breakdownText(),
                  y.funding(),
                  y.costPerUnit(),
                  i.illustrative()));
        }
      }
    }
    return new Exports.Table(headers, rows);
  }
}
