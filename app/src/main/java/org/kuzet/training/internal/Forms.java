package org.kuzet.training.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.kuzet.web.FieldLabels;
import org.kuzet.web.Refusal;

/** Reads typed form values, refusing what is not a date or number with the field's name. */
final class Forms {

  private Forms() {}

  static @Nullable LocalDate date(String field, @Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw Refusal.of(field, "training.refusal.date", FieldLabels.named(field), text.strip());
    }
  }

  static @Nullable Integer integer(String field, @Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw Refusal.of(field, "training.refusal.number", FieldLabels.named(field), text.strip());
    }
  }

  static int integer(String field, @Nullable String text, int fallback) {
    Integer i = integer(field, text);
    return i == null ? fallback : i;
  }

  static @Nullable BigDecimal decimal(String field, @Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(text.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw Refusal.of(field, "training.refusal.number", FieldLabels.named(field), text.strip());
    }
  }

  static String text(@Nullable String text) {
    return text == null ? "" : text;
  }
}
