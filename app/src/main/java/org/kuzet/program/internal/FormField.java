package org.kuzet.program.internal;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One field of a form or filter bar: its name, label, kind of input, whether it is required and,
 * for choices, the options. The one form template draws every program form from these.
 */
record FormField(
    String name,
    String labelKey,
    Kind kind,
    boolean required,
    List<Option> options,
    @Nullable String helpKey) {

  enum Kind {
    TEXT,
    TEXTAREA,
    INTEGER,
    MONEY,
    CURRENCY,
    DATE,
    CHECKBOX,
    SELECT,
    MULTI,
    /** A country: its code or its name in any language, offered from the country picker. */
    COUNTRY
  }

  /** A choice: its value, and either a message key or a label shown as it is (a code, a name). */
  record Option(String value, String label, boolean labelIsKey) {
    static Option key(String value, String key) {
      return new Option(value, key, true);
    }

    static Option plain(String value, String label) {
      return new Option(value, label, false);
    }
  }

  FormField {
    options = List.copyOf(options);
  }

  static FormField text(String name, String labelKey, boolean required) {
    return new FormField(name, labelKey, Kind.TEXT, required, List.of(), null);
  }

  static FormField of(String name, String labelKey, Kind kind, boolean required) {
    return new FormField(name, labelKey, kind, required, List.of(), null);
  }

  static FormField select(String name, String labelKey, boolean required, List<Option> options) {
    return new FormField(name, labelKey, Kind.SELECT, required, options, null);
  }

  static FormField multi(String name, String labelKey, boolean required, List<Option> options) {
    return new FormField(name, labelKey, Kind.MULTI, required, options, null);
  }

  /** Options for an enum, labelled {@code program.<list>.<VALUE>}. */
  static <E extends Enum<E>> List<Option> options(String list, Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(e -> Option.key(e.name(), "program." + list + "." + e.name()))
        .toList();
  }

  FormField help(String key) {
    return new FormField(name, labelKey, kind, required, options, key);
  }

  public String inputType() {
    return switch (kind) {
      case INTEGER -> "number";
      case DATE -> "date";
      default -> "text";
    };
  }
}
