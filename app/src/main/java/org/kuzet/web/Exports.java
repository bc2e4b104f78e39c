package org.kuzet.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table as a CSV or Excel download. Every list in Kuzet exports through here, so files
 * look the same everywhere: UTF-8 CSV with a byte-order mark (Excel then shows Cyrillic correctly),
 * and .xlsx with a bold header row, real numbers and real dates.
 *
 * <p>Callers check access and write the audit entry before calling.
 */
public final class Exports {

  private Exports() {}

  /** A table: header names and rows of cells (String, Number, LocalDate, Boolean or null). */
  public record Table(List<String> headers, List<? extends List<?>> rows) {}

  public static void csv(HttpServletResponse response, String filename, Table table)
      throws IOException {
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"" + safe(filename) + ".csv\"");
    writeCsv(response.getOutputStream(), table);
  }

  public static void writeCsv(OutputStream out, Table table) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    try (var printer =
        new CSVPrinter(
            writer,
            CSVFormat.DEFAULT.builder().setHeader(table.headers().toArray(String[]::new)).get())) {
      for (List<?> row : table.rows()) {
        printer.printRecord(row.stream().map(Exports::csvCell).toList());
      }
    }
  }

  public static void excel(
      HttpServletResponse response, String filename, String sheetName, Table table)
      throws IOException {
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"" + safe(filename) + ".xlsx\"");
    writeExcel(response.getOutputStream(), sheetName, table);
  }

  public static void writeExcel(OutputStream out, String sheetName, Table table)
      throws IOException {
    // Streaming workbook: a large export keeps only a window of rows in memory.
    try (var workbook = new SXSSFWorkbook(200)) {
      Sheet sheet = workbook.createSheet(sheetName);
      var bold = workbook.createFont();
      bold.setBold(true);
      CellStyle headerStyle = workbook.createCellStyle();
      headerStyle.setFont(bold);
      CellStyle dateStyle = workbook.createCellStyle();
      dateStyle.setDataFormat(
          workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      Row header = sheet.createRow(0);
      for (int c = 0; c < table.headers().size(); c++) {
        var cell = header.createCell(c);
        cell.setCellValue(table.headers().get(c));
        cell.setCellStyle(headerStyle);
      }
      int r = 1;
      for (List<?> values : table.rows()) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < values.size(); c++) {
          Object v = values.get(c);
          var cell = row.createCell(c);
          if (v == null) {
            cell.setBlank();
          } else if (v instanceof Number n) {
            cell.setCellValue(n instanceof BigDecimal bd ? bd.doubleValue() : n.doubleValue());
          } else if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(dateStyle);
          } else if (v instanceof Boolean b) {
            cell.setCellValue(b);
          } else {
            cell.setCellValue(v.toString());
          }
        }
      }
      workbook.write(out);
      workbook.dispose();
    }
  }

  private static Object csvCell(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof BigDecimal bd) {
      return bd.toPlainString();
    }
    if (v instanceof TemporalAccessor) {
      return v.toString();
    }
    String s = v.toString();
    // A cell starting with = + - @ would run as a formula in a spreadsheet, and so would one
    // starting with a tab or carriage return before it (OWASP's CSV injection list): plain text.
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !(v instanceof Number)) {
      return "'" + s;
    }
    return s;
  }

  private static String safe(String filename) {
    return filename.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
