package org.kuzet.interdiction.internal.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.kuzet.trafficking.SmallCells;
import org.kuzet.web.Exports;

/**
 * The totals UNODC's annual report questionnaire asks for, derived from the year's individual
 * seizure rows: per drug the quantity, the number of cases, the main routes and the persons
 * arrested by nationality. Anonymised: no names, no plates. Readers outside law enforcement get
 * {@link #published()}: the small-cell rule of the trafficking statistics on every count.
 */
public record AnnualReport(int year, List<DrugLine> lines) {

  /** What an export shows in place of a hidden figure. */
  static final String SUPPRESSED = "suppressed";

  /** How many routes are reported as "main". */
  static final int MAIN_ROUTES = 3;

  /**
   * One drug's line. In a published report a {@code suppressed} line shows no figure at all, and
   * {@code arrestedSuppressed} hides the count of persons arrested (and so every nationality).
   */
  public record DrugLine(
      String drug,
      long cases,
      BigDecimal kg,
      BigDecimal litres,
      BigDecimal units,
      List<Map.Entry<String, Long>> mainRoutes,
      long arrested,
      Map<String, Long> arrestedByNationality,
      boolean suppressed,
      boolean arrestedSuppressed) {

    public String routesText() {
      return mainRoutes.stream()
          .map(e -> e.getKey() + " (" + e.getValue() + ")")
          .collect(Collectors.joining("; "));
    }

    public String nationalitiesText() {
      return arrestedByNationality.entrySet().stream()
          .map(e -> e.getKey() + " " + e.getValue())
          .collect(Collectors.joining("; "));
    }
  }

  public static AnnualReport of(int year, List<SeizureRow> rows) {
    var byDrug = new TreeMap<String, List<SeizureRow>>();
    for (SeizureRow r : rows) {
      byDrug.computeIfAbsent(r.drugType(), k -> new ArrayList<>()).add(r);
    }
    var lines = new ArrayList<DrugLine>();
    byDrug.forEach(
        (drug, list) -> {
          BigDecimal kg = BigDecimal.ZERO, litres = BigDecimal.ZERO, units = BigDecimal.ZERO;
          var routes = new LinkedHashMap<String, Long>();
          var nationalities = new TreeMap<String, Long>();
          long arrested = 0;
          for (SeizureRow r : list) {
            switch (r.unit()) {
              case "KG" -> kg = kg.add(r.quantity());
              case "L" -> litres = litres.add(r.quantity());
              default -> units = units.add(r.quantity());
            }
            routes.merge(r.route(), 1L, Long::sum);
            for (SeizureRow.Arrested a : r.arrested()) {
              nationalities.merge(a.nationality(), 1L, Long::sum);
              arrested++;
            }
          }
          List<Map.Entry<String, Long>> main =
              routes.entrySet().stream()
                  .sorted(
                      Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                          .thenComparing(Map.Entry.comparingByKey()))
                  .limit(MAIN_ROUTES)
                  .map(e -> Map.entry(e.getKey(), e.getValue()))
                  .toList();
          lines.add(
              new DrugLine(
                  drug,
                  list.size(),
                  kg,
                  litres,
                  units,
                  main,
                  arrested,
                  nationalities,
                  false,
                  false));
        });
    return new AnnualReport(year, lines);
  }

  /**
   * The report as partners and the program office may read it: a drug whose cases, or whose hiding
   * would otherwise be undone by the total, fall under the small-cell rule ({@link SmallCells})
   * shows no figures; on the lines shown, routes of 1 to 9 cases are left out and the persons
   * arrested by nationality follow the same rule, with their total.
   */
  public AnnualReport published() {
    int[] cases = new int[lines.size() + 1];
    for (int i = 0; i < lines.size(); i++) {
      cases[i] = (int) Math.min(Integer.MAX_VALUE, lines.get(i).cases());
      cases[lines.size()] += cases[i];
    }
    boolean[] hide = SmallCells.suppressLine(cases);
    var out = new ArrayList<DrugLine>();
    for (int i = 0; i < lines.size(); i++) {
      DrugLine l = lines.get(i);
      if (hide[i]) {
        out.add(
            new DrugLine(
                l.drug(),
                0,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                List.of(),
                0,
                Map.of(),
                true,
                true));
        continue;
      }
      var routes = l.mainRoutes().stream().filter(e -> e.getValue() >= SMALL).toList();
      var names = new ArrayList<>(l.arrestedByNationality().keySet());
      int[] arrested = new int[names.size() + 1];
      int at = 0;
      for (long count : l.arrestedByNationality().values()) {
        arrested[at++] = (int) Math.min(Integer.MAX_VALUE, count);
      }
      arrested[names.size()] = (int) Math.min(Integer.MAX_VALUE, l.arrested());
      boolean[] hideArrested = SmallCells.suppressLine(arrested);
      var nationalities = new TreeMap<String, Long>();
      for (int j = 0; j < names.size(); j++) {
        if (!hideArrested[j] && !hideArrested[names.size()]) {
          nationalities.put(names.get(j), l.arrestedByNationality().get(names.get(j)));
        }
      }
      out.add(
          new DrugLine(
              l.drug(),
              l.cases(),
              l.kg(),
              l.litres(),
              l.units(),
              routes,
              l.arrested(),
              nationalities,
              false,
              hideArrested[names.size()]));
    }
    return new AnnualReport(year, out);
  }

  /** Below this many, a count is a small cell (the trafficking statistics' threshold). */
  private static final int SMALL = 10;

  public static final List<String> HEADERS =
      List.of(
          "Year",
          "Drug",
          "Cases",
          "Quantity (kg)",
          "Quantity (l)",
          "Quantity (units)",
          "Main routes",
          "Persons arrested",
          "Persons arrested by nationality");

  public Exports.Table table() {
    var rows = new ArrayList<List<?>>();
    for (DrugLine l : lines) {
      if (l.suppressed()) {
        rows.add(
            List.of(
                year,
                l.drug(),
                SUPPRESSED,
                SUPPRESSED,
                SUPPRESSED,
                SUPPRESSED,
                SUPPRESSED,
                SUPPRESSED,
                SUPPRESSED));
        continue;
      }
      if (l.arrestedSuppressed()) {
        rows.add(
            List.of(
                year,
                l.drug(),
                l.cases(),
                l.kg(),
                l.litres(),
                l.units(),
                l.routesText(),
                SUPPRESSED,
                SUPPRESSED));
        continue;
      }
      rows.add(
          List.of(
              year,
              l.drug(),
              l.cases(),
              l.kg(),
              l.litres(),
              l.units(),
              l.routesText(),
              l.arrested(),
              l.nationalitiesText()));
    }
    return new Exports.Table(HEADERS, rows);
  }
}
