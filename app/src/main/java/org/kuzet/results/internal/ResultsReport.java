package org.kuzet.results.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;
import org.kuzet.program.FundingYear;
import org.kuzet.program.ProgramManagement;
import org.kuzet.program.ProgramSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts targets, actuals and funding side by side: per program, per country, and as rows for the
 * exports. Funding is the program office's obligated U.S. dollars of the fiscal year; cost per unit
 * divides it by the year's actual, for indicators that ask for it (officers trained, checkpoints
 * operated) and only over the whole program.
 */
@Service
@Transactional(readOnly = true)
class ResultsReport {

  static final String USD = "USD";

  /** One year of an indicator. */
  record YearRow(
      int year,
      @Nullable BigDecimal target,
      @Nullable Actual actual,
      @Nullable BigDecimal funding,
      @Nullable BigDecimal costPerUnit) {

    /** Whether the actual reached the target; null when either is missing or suppressed. */
    public @Nullable Boolean met() {
      if (target == null || actual == null || actual.value() == null) {
        return null;
      }
      return actual.value().compareTo(target) >= 0;
    }
  }

  record IndicatorResult(
      Indicator indicator,
      String name,
      String definition,
      List<YearRow> years,
      List<ManualValues.ManualValue> entries) {

    /** The latest year with an actual or a target, for summaries. */
    public @Nullable YearRow latest() {
      for (int i = years.size() - 1; i >= 0; i--) {
        if (years.get(i).actual() != null) {
          return years.get(i);
        }
      }
      return years.isEmpty() ? null : years.get(years.size() - 1);
    }

    // The chart's axis has every year from the first to the last, those without figures empty:
    // it never jumps from FY2009 to FY2027 as if they were neighbours.
    public String chartYears() {
      return json(
          span().stream()
              .map(y -> (Object) ((indicator.measure().calendarYear() ? "" : "FY") + y))
              .toList());
    }

    public String chartTargets() {
      var byYear = byYear();
      return json(
          span().stream()
              .map(y -> byYear.containsKey(y) ? (Object) byYear.get(y).target() : null)
              .toList());
    }

    public String chartActuals() {
      var byYear = byYear();
      return json(
          span().stream()
              .map(
                  y -> {
                    var row = byYear.get(y);
                    return row == null || row.actual() == null
                        ? null
                        : (Object) row.actual().value();
                  })
              .toList());
    }

    private List<Integer> span() {
      if (years.isEmpty()) {
        return List.of();
      }
      int first = years.get(0).year();
      int last = years.get(years.size() - 1).year();
      return IntStream.rangeClosed(first, last).boxed().toList();
    }

    private Map<Integer, YearRow> byYear() {
      var map = new HashMap<Integer, YearRow>();
      years.forEach(y -> map.put(y.year(), y));
      return map;
    }
  }

  record ProgramResults(
      ProgramSummary program,
      String name,
      String countryName,
      List<IndicatorResult> indicators,
      List<FundingYear> funding,
      boolean wholeProgram) {}

  record CountryResults(
      String country,
      String name,
      List<ProgramResults> programs,
      Map<Integer, BigDecimal> funding) {}

  private final Indicators indicators;
  private final ManualValues manual;
  private final Actuals actuals;
  private final ProgramManagement programs;

  ResultsReport(
      Indicators indicators, ManualValues manual, Actuals actuals, ProgramManagement programs) {
    this.indicators = indicators;
    this.manual = manual;
    this.actuals = actuals;
    this.programs = programs;
  }

  /** A program's results; {@code fundingScope} limits funding to one partner's projects. */
  /** Whether an indicator has a target in some year. */
  boolean hasTargets(Indicator i) {
    return !indicators.targets(i.id()).isEmpty();
  }

  ProgramResults program(ProgramSummary program, String lang, @Nullable AgencyCode fundingScope) {
    return programs(List.of(program), lang, fundingScope).get(0);
  }

  List<ProgramResults> programs(
      List<ProgramSummary> list, String lang, @Nullable AgencyCode fundingScope) {
    return programs(list, lang, fundingScope, i -> true);
  }

  /**
   * The results of only the indicators {@code which} selects: the public fact sheet and the home
   * panel ask for few, and then no module is asked for figures nobody shows.
   */
  List<ProgramResults> programs(
      List<ProgramSummary> list,
      String lang,
      @Nullable AgencyCode fundingScope,
      Predicate<Indicator> which) {
    var all = new ArrayList<Indicator>();
    var byProgram = new HashMap<String, List<Indicator>>();
    for (var p : list) {
      var ofProgram = indicators.ofProgram(p.code()).stream().filter(which).toList();
      byProgram.put(p.code(), ofProgram);
      all.addAll(ofProgram);
    }
    var computed = actuals.of(all);
    var out = new ArrayList<ProgramResults>();
    for (var p : list) {
      var funding = programs.fundingByYear(p.code(), fundingScope);
      var usd = new TreeMap<Integer, BigDecimal>();
      funding.stream()
          .filter(f -> f.currency().equals(USD))
          .forEach(f -> usd.put(f.fiscalYear(), f.obligated()));
      var results = new ArrayList<IndicatorResult>();
      for (var i : byProgram.getOrDefault(p.code(), List.of())) {
        results.add(
            result(i, lang, computed.getOrDefault(i.id(), Map.of()), usd, fundingScope == null));
      }
      out.add(
          new ProgramResults(
              p,
              p.name(lang),
              programs.countryName(p.countryCode(), lang).orElse(p.countryCode()),
              results,
              funding,
              fundingScope == null));
    }
    return out;
  }

  CountryResults country(
      String country,
      List<ProgramSummary> visible,
      String lang,
      @Nullable AgencyCode fundingScope) {
    var list = programs(visible, lang, fundingScope);
    var funding = new TreeMap<Integer, BigDecimal>();
    for (var p : list) {
      p.funding().stream()
          .filter(f -> f.currency().equals(USD))
          .forEach(f -> funding.merge(f.fiscalYear(), f.obligated(), BigDecimal::add));
    }
    return new CountryResults(
        country, programs.countryName(country, lang).orElse(country), list, funding);
  }

  private IndicatorResult result(
      Indicator i,
      String lang,
      Map<Integer, Actual> actualByYear,
      Map<Integer, BigDecimal> usd,
      boolean wholeProgram) {
    var targets = indicators.targets(i.id());
    var years = new TreeSet<Integer>();
    years.addAll(targets.keySet());
    years.addAll(actualByYear.keySet());
    var rows = new ArrayList<YearRow>();
    for (int y : years) {
      Actual actual = actualByYear.get(y);
      // Trafficking figures are calendar years: no fiscal-year funding stands beside them.
      BigDecimal funding = i.measure().calendarYear() ? null : usd.get(y);
      BigDecimal cost = null;
      if (i.costPerUnit()
          && wholeProgram
          && funding != null
          && actual != null
          && actual.value() != null
          && actual.value().signum() > 0) {
        cost = funding.divide(actual.value(), 2, RoundingMode.HALF_UP);
      }
      rows.add(new YearRow(y, targets.get(y), actual, funding, cost));
    }
    var entries =
        i.measure().manual() ? manual.ofIndicator(i.id()) : List.<ManualValues.ManualValue>of();
    return new IndicatorResult(i, i.name(lang), i.definition(lang), rows, entries);
  }

  String countryName(String country, String lang) {
    return programs.countryName(country, lang).orElse(country);
  }

  /** A JSON array of numbers, strings and nulls, for the charts. */
  static String json(List<Object> values) {
    var sb = new StringBuilder("[");
    for (int k = 0; k < values.size(); k++) {
      if (k > 0) {
        sb.append(',');
      }
      Object v = values.get(k);
      if (v == null) {
        sb.append("null");
      } else if (v instanceof BigDecimal d) {
        sb.append(d.stripTrailingZeros().toPlainString());
      } else {
        sb.append('"').append(v.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
      }
    }
    return sb.append(']').toString();
  }
}
