package org.kuzet.interdiction.internal.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.kuzet.web.Exports;

/**
 * The totals UNODC's annual report questionnaire asks for, derived from the year's individual
 * seizure rows: per drug the quantity, the number of cases, the main routes and the persons
 * arrested by nationality. Anonymised: no names, no plates.
 */
public record AnnualReport(int year, List<DrugLine> lines) {

  /** How many routes are reported as "main". */
  static final int MAIN_ROUTES = 3;

  /** One drug's line. */
  public record DrugLine(
      String drug, long cases, BigDecimal kg, BigDecimal litres, BigDecimal units,
      List<Map.Entry<String, Long>> mainRoutes, long arrested, Map<String, Long> arrestedByNationality) {

    public String routesText() {
      return mainRoutes.stream().map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining("; "));
    }

    public String nationalitiesText() {
      return arrestedByNationality.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("; "));
    }
  }

  public static AnnualReport of(int year, List<SeizureRow> rows) {
    var byDrug = new TreeMap<String, List<SeizureRow>>();
    for (SeizureRow r : rows) {
      byDrug.computeIfAbsent(r.drugType(), k -> new ArrayList<>()).add(r);
    }
    var lines = new ArrayList<DrugLine>();
    byDrug.forEach((drug, list) -> {
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
      List<Map.Entry<String, Long>> main = routes.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
          .limit(MAIN_ROUTES)
          .map(e -> Map.entry(e.getKey(), e.getValue()))
          .toList();
      lines.add(new DrugLine(drug, list.size(), kg, litres, units, main, arrested, nationalities));
    });
    return new AnnualReport(year, lines);
  }

  public static final List<String> HEADERS = List.of(
      "Year", "Drug", "Cases", "Quantity (kg)", "Quantity (l)", "Quantity (units)", "Main routes",
      "Persons arrested", "Persons arrested by nationality");

  public Exports.Table table() {
    var rows = new ArrayList<List<?>>();
    for (DrugLine l : lines) {
      rows.add(List.of(year, l.drug(), l.cases(), l.kg(), l.litres(), l.units(), l.routesText(), l.arrested(),
          l.nationalitiesText()));
    }
    return new Exports.Table(HEADERS, rows);
  }
}
