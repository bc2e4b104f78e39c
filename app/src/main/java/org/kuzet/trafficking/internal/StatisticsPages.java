package org.kuzet.trafficking.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AccessRules;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.trafficking.AnonymisedCount;
import org.kuzet.web.Exports;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Anonymised statistics for caseworkers and the program office: a table by two CTDC variables,
 * small cells suppressed, exported as CSV or Excel. Never a record, never free text.
 */
@Controller
class StatisticsPages {

  /** What an export writes in place of a suppressed count. */
  static final String SUPPRESSED = "suppressed";

  private final Statistics statistics;
  private final AuditLog audit;

  StatisticsPages(Statistics statistics, AuditLog audit) {
    this.statistics = statistics;
    this.audit = audit;
  }

  static void requireStatisticsReader(KuzetUser user) {
    if (!AccessRules.mayReadTraffickingStatistics(user)) {
      throw new AccessDeniedException(
          "trafficking statistics are for caseworkers and the program office");
    }
  }

  /** Reads the chosen dimensions; unknown names are refused with the list of valid ones. */
  static Dimension rows(@Nullable String name) {
    if (name == null || name.isBlank()) {
      return Dimension.YEAR_OF_REGISTRATION;
    }
    return Dimension.byCtdc(name).orElseThrow(() -> unknown("rows", name));
  }

  static @Nullable Dimension columns(@Nullable String name) {
    if (name == null || name.isBlank() || name.equals("none")) {
      return null;
    }
    return Dimension.byCtdc(name).orElseThrow(() -> unknown("columns", name));
  }

  private static IllegalArgumentException unknown(String parameter, String name) {
    return new IllegalArgumentException(
        parameter
            + ": unknown variable '"
            + name
            + "', expected one of "
            + Arrays.stream(Dimension.values()).map(d -> d.ctdc).toList());
  }

  @GetMapping("/trafficking/statistics")
  String page(
      @RequestParam(required = false) String rows,
      @RequestParam(required = false) String columns,
      Model model) {
    requireStatisticsReader(CurrentUser.require());
    Dimension r = rows(rows);
    Dimension c = columns == null ? Dimension.GENDER : columns(columns);
    if (c == r) {
      c = null;
    }
    CrossTable table = statistics.table(r, c);
    model.addAttribute("table", table);
    // The vocabulary's values are English codes: the page words them with these messages.
    model.addAttribute("rowKeys", messageKeys(r, table.rowValues()));
    model.addAttribute("columnKeys", c == null ? Map.of() : messageKeys(c, table.columnValues()));
    model.addAttribute("dimensions", Dimension.values());
    model.addAttribute("rowDimension", r);
    model.addAttribute("columnDimension", c);
    model.addAttribute("threshold", AnonymisedCount.THRESHOLD);
    return "trafficking/statistics";
  }

  private static Map<String, String> messageKeys(Dimension d, List<String> values) {
    var keys = new HashMap<String, String>();
    for (String v : values) {
      String key = d.messageKey(v);
      if (key != null) {
        keys.put(v, key);
      }
    }
    return keys;
  }

  @GetMapping("/trafficking/statistics/export")
  void export(
      @RequestParam(required = false) String rows,
      @RequestParam(required = false) String columns,
      @RequestParam(defaultValue = "csv") String format,
      HttpServletResponse response)
      throws IOException {
    requireStatisticsReader(CurrentUser.require());
    if (!format.equals("csv") && !format.equals("xlsx")) {
      throw new IllegalArgumentException("format: expected csv or xlsx, got '" + format + "'");
    }
    CrossTable table = statistics.table(rows(rows), columns(columns));
    Exports.Table out = exportTable(table);
    audit.record(
        "TIP_STATISTICS_EXPORTED",
        "tip_statistics",
        null,
        table.rowDimension().ctdc
            + " x "
            + (table.columnDimension() == null ? "-" : table.columnDimension().ctdc)
            + " "
            + format);
    String name =
        "ctdc-"
            + table.rowDimension().ctdc
            + (table.columnDimension() == null ? "" : "-by-" + table.columnDimension().ctdc);
    if (format.equals("csv")) {
      Exports.csv(response, name, out);
    } else {
      Exports.excel(response, name, "statistics", out);
    }
  }

  /**
   * The table as CTDC-style columns: the row variable, one column per value of the column variable
   * (as {@code variable=value}), and the total; a last row holds the column totals.
   */
  static Exports.Table exportTable(CrossTable t) {
    var headers = new ArrayList<String>();
    headers.add(t.rowDimension().ctdc);
    var columnDimension = t.columnDimension();
    boolean single = columnDimension == null;
    if (columnDimension != null) {
      for (String v : t.columnValues()) {
        headers.add(columnDimension.ctdc + "=" + v);
      }
    }
    headers.add(single ? CrossTable.VICTIMS : "total");
    var rows = new ArrayList<List<Object>>();
    for (int i = 0; i <= t.rowValues().size(); i++) {
      var row = new ArrayList<Object>();
      row.add(i < t.rowValues().size() ? t.rowValues().get(i) : "total");
      if (!single) {
        for (int j = 0; j < t.columnValues().size(); j++) {
          row.add(cell(t.grid().get(i).get(j)));
        }
      }
      row.add(cell(t.grid().get(i).get(t.columnValues().size())));
      rows.add(row);
    }
    return new Exports.Table(headers, rows);
  }

  private static Object cell(AnonymisedCount count) {
    Integer shown = count.value(); // null exactly when suppressed
    return shown == null ? SUPPRESSED : shown;
  }
}
