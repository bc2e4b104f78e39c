package org.kuzet.trafficking.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.web.Refusal.Problem;
import org.springframework.util.MultiValueMap;

/**
 * Reads typed values out of a submitted form, collecting a {@link Problem} for each value that
 * does not parse instead of failing on the first.
 */
final class FormValues {

  private final MultiValueMap<String, String> params;
  final List<Problem> problems = new ArrayList<>();

  FormValues(MultiValueMap<String, String> params) {
    this.params = params;
  }

  @Nullable String text(String name) {
    String v = params.getFirst(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  boolean checked(String name) {
    String v = text(name);
    return v != null && (v.equals("on") || v.equals("yes") || v.equals("true"));
  }

  @Nullable LocalDate date(String name) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      problems.add(Problem.of(name, "tip.error.date.invalid", v));
      return null;
    }
  }

  @Nullable Integer integer(String name) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    try {
      return Integer.valueOf(v);
    } catch (NumberFormatException e) {
      problems.add(Problem.of(name, "tip.error.number.invalid", v));
      return null;
    }
  }

  <E extends Enum<E>> @Nullable E code(String name, Class<E> type) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(Problem.of(name, "tip.error.code.invalid", v));
      return null;
    }
  }

  <E extends Enum<E>> Set<E> codes(String name, Class<E> type) {
    var set = EnumSet.noneOf(type);
    List<String> values = params.get(name);
    if (values != null) {
      for (String v : values) {
        if (v == null || v.isBlank()) {
          continue;
        }
        try {
          set.add(Enum.valueOf(type, v.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          problems.add(Problem.of(name, "tip.error.code.invalid", v));
        }
      }
    }
    return set;
  }
}
