package org.kuzet.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads an uploaded file that people or other systems made, treating it as hostile: a size limit
 * before anything is decoded, strict UTF-8 (a file in another encoding is refused rather than read
 * as mojibake), a leading byte-order mark dropped, and spreadsheets opened with a tight limit on
 * how far their zip entries may inflate (a "zip bomb" of a few kilobytes is refused instead of
 * filling the memory) and on how many rows are read.
 *
 * <p>Each module words the refusal its own way (a message key, a line in a report): {@link
 * Unreadable} says which limit the file broke.
 */
public final class Uploads {

  /**
   * A zip entry may inflate to at most 1/MIN_INFLATE_RATIO times its compressed size. Apache POI's
   * default (0.01: a hundredfold) lets a 2 MB upload become 200 MB; real spreadsheets compress text
   * about tenfold, so twentyfold is room enough.
   */
  static final double MIN_INFLATE_RATIO = 0.05;

  /** No entry of an uploaded spreadsheet inflates past this, whatever its ratio. */
  static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;

  static {
    // Process-wide settings of Apache POI: every spreadsheet the application opens is an upload.
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
  }

  private Uploads() {}

  /** Which limit an upload broke. */
  public enum Limit {
    EMPTY,
    TOO_LARGE,
    NOT_UTF8,
    TOO_MANY_ROWS,
    UNREADABLE
  }

  /** The file cannot be read at all; nothing of it is used. */
  public static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    private final Limit limit;
    private final String detail;

    Unreadable(Limit limit, String detail) {
      super(detail);
      this.limit = limit;
      this.detail = detail;
    }

    /** What is wrong with the file; never null. */
    @Override
    public String getMessage() {
      return detail;
    }

    public Limit limit() {
      return limit;
    }
  }

  /**
   * One row of a spreadsheet: its row number as the spreadsheet shows it, and its cells as text.
   */
  public record SheetRow(int number, List<String> cells) {
    public SheetRow {
      cells = List.copyOf(cells);
    }
  }

  /** Whether the content is a zip archive (an .xlsx file), whatever its name says. */
  public static boolean isZip(byte[] content) {
    return content.length > 4 && content[0] == 'P' && content[1] == 'K';
  }

  /** The size check every upload passes first. */
  public static void checkSize(byte[] content, long maxBytes) throws Unreadable {
    if (content.length == 0) {
      throw new Unreadable(Limit.EMPTY, "the file is empty");
    }
    if (content.length > maxBytes) {
      throw new Unreadable(
          Limit.TOO_LARGE,
          "the file has " + content.length + " bytes, more than the limit of " + maxBytes);
    }
  }

  /** The file as UTF-8 text without its byte-order mark. */
  public static String utf8Text(byte[] content, long maxBytes) throws Unreadable {
    checkSize(content, maxBytes);
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
    } catch (CharacterCodingException e) {
      throw new Unreadable(Limit.NOT_UTF8, "the file is not UTF-8 text");
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** The non-blank rows of the first sheet of a spreadsheet (.xlsx or .xls), cells as shown. */
  public static List<SheetRow> firstSheet(byte[] content, long maxBytes, int maxRows)
      throws Unreadable {
    checkSize(content, maxBytes);
    var rows = new ArrayList<SheetRow>();
    var formatter = new DataFormatter(Locale.ROOT);
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
      if (workbook.getNumberOfSheets() == 0) {
        return rows;
      }
      for (Row row : workbook.getSheetAt(0)) {
        List<String> values = new ArrayList<>();
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
          Cell cell = row.getCell(c);
          values.add(cell == null ? "" : formatter.formatCellValue(cell));
        }
        if (values.stream().allMatch(String::isBlank)) {
          continue;
        }
        if (rows.size() >= maxRows) {
          throw new Unreadable(Limit.TOO_MANY_ROWS, "more than " + maxRows + " rows");
        }
        rows.add(new SheetRow(row.getRowNum() + 1, values));
      }
    } catch (IOException | RuntimeException e) {
      // POI answers a zip bomb, a truncated file or a file that is no spreadsheet with runtime
      // exceptions of many kinds; all mean the same to the person who sent it.
      throw new Unreadable(Limit.UNREADABLE, "not a readable spreadsheet: " + e.getMessage());
    }
    return rows;
  }
}
