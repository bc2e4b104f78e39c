package org.kuzet.results.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.kuzet.finintel.FinancialFigures;
import org.kuzet.interdiction.InterdictionFigures;
import org.kuzet.program.EquipmentYear;
import org.kuzet.program.ProgramManagement;
import org.kuzet.trafficking.AnonymisedCount;
import org.kuzet.trafficking.TraffickingFigures;
import org.kuzet.training.TrainingFigures;
import org.springframework.stereotype.Component;

/**
 * Computes indicators' actuals from the records, through each module's API: nothing is copied or
 * cached between requests, so a record added a moment ago counts at once. One {@link #of} call
 * asks each module at most once, however many indicators need its figures.
 */
@Component
class Actuals {

  private final TrainingFigures training;
  private final InterdictionFigures interdiction;
  private final FinancialFigures finintel;
  private final TraffickingFigures trafficking;
  private final ProgramManagement program;
  private final ManualValues manual;

  Actuals(
      TrainingFigures training,
      InterdictionFigures interdiction,
      FinancialFigures finintel,
      TraffickingFigures trafficking,
      ProgramManagement program,
      ManualValues manual) {
    this.training = training;
    this.interdiction = interdiction;
    this.finintel = finintel;
    this.trafficking = trafficking;
    this.program = program;
    this.manual = manual;
  }

  /** Actuals by year of each indicator (by id), oldest year first. */
  Map<Long, Map<Integer, Actual>> of(List<Indicator> indicators) {
    var trained = memo(training::officersTrained);
    var posts = memo(interdiction::inspectionsByPost);
    var operating = memo(interdiction::postsOperational);
    var seizures = memo(interdiction::seizures);
    var triaged = memo(finintel::alertsTriaged);
    var cases = memo(finintel::casesOpened);
    var victims = memo(trafficking::byYear);
    var result = new HashMap<Long, Map<Integer, Actual>>();
    for (Indicator i : indicators) {
      var years = new TreeMap<Integer, Actual>();
      switch (i.measure()) {
        case OFFICERS_TRAINED -> {
          var sums = new TreeMap<Integer, Map<String, BigDecimal>>();
          for (var h : trained.get()) {
            if (h.programCode().equals(i.programCode())) {
              sums.computeIfAbsent(h.fiscalYear(), y -> new TreeMap<>())
                  .merge(h.agency() + " " + h.gender(), BigDecimal.valueOf(h.officers()), BigDecimal::add);
            }
          }
          sums.forEach((y, parts) -> years.put(y, new Actual(y, sum(parts), false, parts)));
        }
        case INSPECTIONS -> {
          for (var p : posts.get()) {
            if (inScope(i, p.postKind())) {
              add(years, p.fiscalYear(), BigDecimal.valueOf(p.inspections()), null);
            }
          }
        }
        case POSTS_OPERATIONAL -> {
          for (var p : operating.get()) {
            if (inScope(i, p.postKind())) {
              add(years, p.fiscalYear(), BigDecimal.ONE, null);
            }
          }
        }
        case SEIZURE_CASES -> {
          for (var s : seizures.get()) {
            if (inScope(i, s.postKind())) {
              add(years, s.fiscalYear(), BigDecimal.valueOf(s.cases()), s.drugType());
            }
          }
        }
        case SEIZED_KG -> {
          for (var s : seizures.get()) {
            if (inScope(i, s.postKind()) && s.unit().equals("KG")) {
              add(years, s.fiscalYear(), s.quantity(), s.drugType());
            }
          }
        }
        case FINANCIAL_ALERTS_TRIAGED ->
            triaged.get().forEach(c -> years.put(c.fiscalYear(), Actual.of(c.fiscalYear(), BigDecimal.valueOf(c.count()))));
        case FINANCIAL_CASES_OPENED ->
            cases.get().forEach(c -> years.put(c.fiscalYear(), Actual.of(c.fiscalYear(), BigDecimal.valueOf(c.count()))));
        case VICTIMS_IDENTIFIED -> victims.get().forEach(y -> years.put(y.year(), anonymised(y.year(), y.identified())));
        case VICTIMS_REFERRED -> victims.get().forEach(y -> years.put(y.year(), anonymised(y.year(), y.referred())));
        case EQUIPMENT_DELIVERED -> {
          for (EquipmentYear e : program.equipmentByYear(i.programCode())) {
            years.put(e.fiscalYear(), Actual.of(e.fiscalYear(), BigDecimal.valueOf(e.delivered())));
          }
        }
        case EQUIPMENT_IN_SERVICE -> {
          for (EquipmentYear e : program.equipmentByYear(i.programCode())) {
            years.put(e.fiscalYear(), Actual.of(e.fiscalYear(), BigDecimal.valueOf(e.inService())));
          }
        }
        case MANUAL -> manual.approved(i.id()).forEach((y, v) -> years.put(y, Actual.of(y, v)));
      }
      result.put(i.id(), years);
    }
    return result;
  }

  private static boolean inScope(Indicator i, String postKind) {
    return i.scope() == null || i.scope().equals(postKind);
  }

  /** Adds to a year's value and, with a key, to its breakdown. */
  private static void add(Map<Integer, Actual> years, int year, BigDecimal value, @org.jspecify.annotations.Nullable String key) {
    Actual before = years.get(year);
    var parts = new TreeMap<String, BigDecimal>(before == null ? Map.of() : before.breakdown());
    if (key != null) {
      parts.merge(key, value, BigDecimal::add);
    }
    BigDecimal total = before == null || before.value() == null ? value : before.value().add(value);
    years.put(year, new Actual(year, total, false, parts));
  }

  private static Actual anonymised(int year, AnonymisedCount count) {
    return count.isSuppressed() ? Actual.suppressed(year) : Actual.of(year, BigDecimal.valueOf(count.value()));
  }

  private static BigDecimal sum(Map<String, BigDecimal> parts) {
    return parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static <T> Supplier<T> memo(Supplier<T> source) {
    return new Supplier<>() {
      private T value;

      @Override
      public T get() {
        if (value == null) {
          value = source.get();
        }
        return value;
      }
    };
  }
}
