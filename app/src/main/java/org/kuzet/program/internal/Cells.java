package org.kuzet.program.internal;

import static java.util.Objects.requireNonNullElse;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.kuzet.web.Exports;
import org.kuzet.web.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

/** Formats grid cells for the reader's language, and turns a grid into an export table. */
@Component("programCells")
class Cells {

  private final MessageSource messages;
  private final Formats formats;

  Cells(MessageSource messages, Formats formats) {
    this.messages = messages;
    this.formats = formats;
  }

  public String format(@Nullable Object cell, Locale locale) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof BigDecimal amount) {
      var f = NumberFormat.getNumberInstance(locale);
      f.setMinimumFractionDigits(2);
      f.setMaximumFractionDigits(2);
      return f.format(amount);
    }
    if (cell instanceof Number n) {
      return NumberFormat.getIntegerInstance(locale).format(n);
    }
    if (cell instanceof LocalDate d) {
      return formats.date(d, locale); // the one date format of the reader's language
    }
    if (cell instanceof Boolean b) {
      return messages.getMessage(b ? "common.yes" : "common.no", null, locale);
    }
    if (cell instanceof Grid.Msg m) {
      return requireNonNullElse(messages.getMessage(m.key(), null, m.key(), locale), m.key());
    }
    if (cell instanceof Grid.Named n) {
      return n.name();
    }
    return cell.toString();
  }

  public boolean numeric(@Nullable Object cell) {
    return cell instanceof Number;
  }

  Exports.Table table(Grid grid, Locale locale) {
    var headers =
        grid.headerKeys().stream().map(k -> messages.getMessage(k, null, k, locale)).toList();
    var rows = new ArrayList<List<?>>();
    for (var row : grid.rows()) {
      var cells = new ArrayList<@Nullable Object>();
      for (Object c : row.cells()) {
        cells.add(
            c instanceof Grid.Msg m
                ? messages.getMessage(m.key(), null, m.key(), locale)
                : c instanceof Grid.Named n ? n.code() : c);
      }
      rows.add(cells);
    }
    return new Exports.Table(headers, rows);
  }

  String message(String key, Locale locale, Object... args) {
    return requireNonNullElse(messages.getMessage(key, args, key, locale), key);
  }

  String message(MessageSourceResolvable r, Locale locale) {
    return messages.getMessage(r, locale);
  }
}
