package org.kuzet.program.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A list as both the page and the exports show it: column headers (message keys) and rows of cells.
 * Cells are String, Number, LocalDate, Boolean, {@link Msg} or null; the page formats them for the
 * reader, the exports write them as real numbers and dates.
 */
record Grid(List<String> headerKeys, List<Row> rows) {

  Grid {
    headerKeys = List.copyOf(headerKeys);
    rows = List.copyOf(rows);
  }

  /** A row, with the page it links to (null for none). */
  record Row(@Nullable String link, List<@Nullable Object> cells) {}

  /** A cell shown through a message key, e.g. a kind or status. */
  record Msg(String key) {}

  /**
   * A coded thing (a program, a project, a funding source): its name on the page, its code in
   * exports, which other systems read by code.
   */
  record Named(String code, String name) {
    @Override
    public String toString() {
      return code;
    }
  }

  static Msg msg(String list, Enum<?> value) {
    return new Msg("program." + list + "." + value.name());
  }
}
