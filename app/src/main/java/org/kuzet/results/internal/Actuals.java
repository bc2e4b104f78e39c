package org.kuzet.results.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.kuzet.finintel.FinancialFigures;
import org.kuzet.interdiction.InterdictionFigures;
import org.kuzet.program.EquipmentYear;
import org.kuzet.program.ProgramManagement;
import org.kuzet.trafficking.AnonymisedCount;
import org.kuzet.trafficking.SmallCells;
import org.springframework.stereotype.Component;

/**
 * Computes indicators' actuals. Officers trained, seizures and victims come from what this module
 * keeps from the other modules' events ({@link KeptActuals}); inspections, posts, financial alerts
 * and cases, and equipment are asked of their module's API at each request. One {@link #of} call
 * reads each source at most once, however many indicators need it.
 */
@Component
class Actuals {

  private final KeptActuals kept;
  private final InterdictionFigures interdiction;
  private final FinancialFigures finintel;
  private final ProgramManagement program;
  private final ManualValues manual;

  Actuals(
      KeptActuals kept,
      InterdictionFigures interdiction,
      FinancialFigures finintel,
      ProgramManagement program,
      ManualValues manual) {
    this.kept = kept;
    this.interdiction = interdiction;
    this.finintel = finintel;
    this.program = program;
    this.manual = manual;
  }

  /** Actuals by year of each indicator (by id), oldest year first. */
  Map<Long, Map<Integer, Actual>> of(List<Indicator> indicators) {
    var trained = memo(kept::trained);
    var posts = memo(interdiction::inspectionsByPost);
    var operating = memo(interdiction::postsOperational);
    var seizures = memo(kept::seizures);
    var triaged = memo(finintel::alertsTriaged);
    var cases = memo(finintel::casesOpened);
    var victims = memo(() -> anonymised(kept.victims()));
    var result = new HashMap<Long, Map<Integer, Actual>>();
    for (Indicator i : indicators) {
      var years = new TreeMap<Integer, Actual>();
      switch (i.measure()) {
        case OFFICERS_TRAINED -> {
          var sums = new TreeMap<Integer, Map<String, BigDecimal>>();
          for (var h : trained.get()) {
            if (h.programCode().equals(i.programCode())) {
              sums.computeIfAbsent(h.fiscalYear(), y -> new TreeMap<>())
                  .merge(
                      h.agency() + " " + h.gender(),
                      BigDecimal.valueOf(h.officers()),
                      BigDecimal::add);
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
            triaged
                .get()
                .forEach(
                    c ->
                        years.put(
                            c.fiscalYear(),
                            Actual.of(c.fiscalYear(), BigDecimal.valueOf(c.count()))));
        case FINANCIAL_CASES_OPENED ->
            cases
                .get()
                .forEach(
                    c ->
                        years.put(
                            c.fiscalYear(),
                            Actual.of(c.fiscalYear(), BigDecimal.valueOf(c.count()))));
        case VICTIMS_IDENTIFIED ->
            victims.get().forEach(y -> years.put(y.year(), anonymised(y.year(), y.identified())));
        case VICTIMS_REFERRED ->
            victims.get().forEach(y -> years.put(y.year(), anonymised(y.year(), y.referred())));
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
  private static void add(
      Map<Integer, Actual> years, int year, BigDecimal value, @Nullable String key) {
    Actual before = years.get(year);
    var parts = new TreeMap<String, BigDecimal>(before == null ? Map.of() : before.breakdown());
    if (key != null) {
      parts.merge(key, value, BigDecimal::add);
    }
    BigDecimal total = before == null || before.value() == null ? value : before.value().add(value);
    years.put(year, new Actual(year, total, false, parts));
  }

  /** Victims identified and referred in one year of registration, small counts suppressed. */
  record VictimFigures(int year, AnonymisedCount identified, AnonymisedCount referred) {}

  /**
   * The trafficking module's table of victims by year of registration and referral (columns "Yes"
   * and "No", each present only when some case has it, with totals), suppressed by the same rule
   * ({@link SmallCells}), so a small year stays hidden and cannot be recovered from another count.
   */
  static List<VictimFigures> anonymised(List<KeptActuals.VictimYear> counts) {
    boolean anyReferred = counts.stream().anyMatch(v -> v.referred() > 0);
    boolean anyNot = counts.stream().anyMatch(v -> v.referred() < v.identified());
    int yes = anyReferred ? 0 : -1;
    int no = anyNot ? (anyReferred ? 1 : 0) : -1;
    int r = counts.size();
    int c = (anyReferred ? 1 : 0) + (anyNot ? 1 : 0);
    int[][] n = new int[r + 1][c + 1];
    for (int i = 0; i < r; i++) {
      var v = counts.get(i);
      if (yes >= 0) {
        n[i][yes] = v.referred();
      }
      if (no >= 0) {
        n[i][no] = v.identified() - v.referred();
      }
      n[i][c] = v.identified();
      for (int j = 0; j <= c; j++) {
        n[r][j] += n[i][j];
      }
    }
    boolean[][] hidden = SmallCells.suppress(n, true);
    var out = new ArrayList<VictimFigures>();
    for (int i = 0; i < r; i++) {
      var identified = hidden[i][c] ? AnonymisedCount.suppressed() : new AnonymisedCount(n[i][c]);
      var referred =
          yes < 0
              ? new AnonymisedCount(0)
              : hidden[i][yes] ? AnonymisedCount.suppressed() : new AnonymisedCount(n[i][yes]);
      out.add(new VictimFigures(counts.get(i).year(), identified, referred));
    }
    return out;
  }

  private static Actual anonymised(int year, AnonymisedCount count) {
    Integer shown = count.value(); // null exactly when suppressed
    return shown == null ? Actual.suppressed(year) : Actual.of(year, BigDecimal.valueOf(shown));
  }

  private static BigDecimal sum(Map<String, BigDecimal> parts) {
    return parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static <T> Supplier<T> memo(Supplier<T> source) {
    return new Supplier<>() {
      private @Nullable T value;

      @Override
      public T get() {
        T v = value;
        if (v == null) {
          v = source.get();
          value = v;
        }
        return v;
      }
    };
  }
}
