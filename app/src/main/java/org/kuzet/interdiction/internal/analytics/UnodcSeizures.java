package org.kuzet.interdiction.internal.analytics;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.kuzet.web.Exports;

/** Seizures in the columns of UNODC's individual drug seizure report, one row per seizure. */
final class UnodcSeizures {

  private UnodcSeizures() {}

  static final List<String> HEADERS =
      List.of(
          "Seizure ID",
          "Date of seizure",
          "Drug type",
          "Drug description",
          "Quantity",
          "Unit",
          "Purity (%)",
          "Place of seizure",
          "Region",
          "Seizing agency",
          "Mode of transport",
          "Conveyance",
          "Concealment method",
          "Country of origin",
          "Origin basis",
          "Country of departure",
          "Departure basis",
          "Transit countries",
          "Transit basis",
          "Country of destination",
          "Destination basis",
          "Persons arrested",
          "Nationality of persons arrested",
          "Gender of persons arrested");

  static Exports.Table table(List<SeizureRow> rows, ZoneId zone) {
    var out = new ArrayList<List<?>>();
    for (SeizureRow r : rows) {
      var cells = new ArrayList<Object>();
      cells.add(r.id());
      cells.add(r.seizedAt().atZone(zone).toLocalDate());
      cells.add(r.drugType());
      cells.add(r.drugDetail());
      cells.add(r.quantity());
      cells.add(r.unit());
      cells.add(r.purity());
      cells.add(r.place());
      cells.add(r.regionName() + " (" + r.regionIso() + ")");
      cells.add(r.agency());
      cells.add(r.transportMode());
      cells.add(r.conveyance());
      cells.add(r.concealment());
      cells.add(r.originCountry());
      cells.add(r.originBasis());
      cells.add(r.departureCountry());
      cells.add(r.departureBasis());
      cells.add(r.transitCountries());
      cells.add(r.transitBasis());
      cells.add(r.destinationCountry());
      cells.add(r.destinationBasis());
      cells.add(r.arrested().size());
      cells.add(counted(r.arrested().stream().map(SeizureRow.Arrested::nationality).toList()));
      cells.add(counted(r.arrested().stream().map(SeizureRow.Arrested::gender).toList()));
      out.add(cells);
    }
    return new Exports.Table(HEADERS, out);
  }

  /** "KAZ 2; UZB 1" */
  private static String counted(List<String> values) {
    var counts = new TreeMap<String, Long>();
    values.forEach(v -> counts.merge(v, 1L, Long::sum));
    return counts.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining("; "));
  }
}
