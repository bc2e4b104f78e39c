package org.kuzet.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.util.MultiValueMap;

/**
 * What a person typed into a form, read field by field: the one way modules read a form. Each
 * reader checks its field and, when the value is wrong, notes a message for that field (a {@link
 * Refusal.Problem}); nothing is saved while any message stands. Values are kept as typed, so a
 * refused form comes back exactly as it was sent, with each message beside its field.
 */
public final class FormInput {

  /**
   * How a module words a value that does not read as a date, a number or one of the codes: a
   * message key for each, given the value as typed ({0}) and the field ({1}).
   */
  public record Wording(String date, String number, String code) {

    /** The shared wording: "A date such as 2009-01-20.", and so on. */
    public static final Wording PLAIN = new Wording("form.date", "form.integer", "form.choice");
  }

  private final MultiValueMap<String, String> raw;
  private final Wording wording;
  private final Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>();

  public FormInput(MultiValueMap<String, String> raw) {
    this(raw, Wording.PLAIN);
  }

  public FormInput(MultiValueMap<String, String> raw, Wording wording) {
    this.raw = raw;
    this.wording = wording;
  }

  /** The typed value of a field, stripped, or null when empty. */
  public @Nullable String optional(String field) {
    String v = value(field);
    return v.isEmpty() ? null : v;
  }

  /** The typed value of a field, stripped; empty when absent. */
  public String value(String field) {
    String v = raw.getFirst(field);
    return v == null ? "" : v.strip();
  }

  public List<String> values(String field) {
    List<String> v = raw.get(field);
    return v == null ? List.of() : v.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /**
   * A required field's value once {@link #ok()} holds: a reader answers null for a required field
   * only with a message for it, so a null here means the form was used before it was checked.
   */
  public static <T> T checked(@Nullable T value) {
    return Objects.requireNonNull(value, "a required field was used before the form was checked");
  }

  public boolean ok() {
    return errors.isEmpty();
  }

  public Map<String, MessageSourceResolvable> errors() {
    return errors;
  }

  /** Typed values, for showing the form again: the first value of each field. */
  public Map<String, Object> typed() {
    var map = new LinkedHashMap<String, Object>();
    raw.forEach((k, v) -> map.put(k, v.size() == 1 ? v.get(0) : v));
    return map;
  }

  public void reject(String field, String key, Object... args) {
    // Numbers go in as text: a message format would group them ("1 990" in Russian).
    // A field's label (FieldLabels.named) stays resolvable, so it is worded in the reader's
    // language.
    Object[] shown =
        Arrays.stream(args)
            .map(a -> a instanceof MessageSourceResolvable ? a : String.valueOf(a))
            .toArray();
    errors.putIfAbsent(field, Refusal.Problem.of(field, key, shown));
  }

  /** The typed value, or null when the field is empty (noted as missing when it is required). */
  private @Nullable String given(String field, boolean required) {
    String v = value(field);
    if (v.isEmpty()) {
      if (required) {
        reject(field, "form.required");
      }
      return null;
    }
    return v;
  }

  /** The messages noted so far, in the order the fields were read. */
  public List<Refusal.Problem> problems() {
    return errors.values().stream().map(Refusal.Problem.class::cast).toList();
  }

  /** Refuses the form (a {@link Refusal} of every message) when any field was wrong. */
  public void refuseUnlessOk() {
    if (!ok()) {
      throw refusal();
    }
  }

  /** The messages as a refusal, for a service that refuses rather than shows the form again. */
  public Refusal refusal() {
    return new Refusal(problems());
  }

  public @Nullable String text(String field, boolean required, int maxLength) {
    String v = given(field, required);
    if (v == null) {
      return null;
    }
    if (v.length() > maxLength) {
      reject(field, "form.tooLong", maxLength, v.length());
      return null;
    }
    return v;
  }

  public @Nullable Integer integer(String field, boolean required, int min, int max) {
    String v = given(field, required);
    if (v == null) {
      return null;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        reject(field, "form.range", min, max);
        return null;
      }
      return n;
    } catch (NumberFormatException e) {
      reject(field, wording.number(), v, FieldLabels.named(field));
      return null;
    }
  }

  /** A number with a decimal point or a decimal comma, e.g. 87.5 or 87,5. */
  public @Nullable BigDecimal decimal(String field, boolean required) {
    String v = given(field, required);
    if (v == null) {
      return null;
    }
    try {
      return new BigDecimal(v.replace(',', '.'));
    } catch (NumberFormatException e) {
      reject(field, wording.number(), v, FieldLabels.named(field));
      return null;
    }
  }

  /** An amount of money: digits with an optional decimal point, commas and spaces allowed. */
  public @Nullable BigDecimal money(String field, boolean required) {
    String v = value(field).replace(",", "").replace(" ", "").replace("\u00a0", "");
    if (v.isEmpty()) {
      if (required) {
        reject(field, "form.required");
      }
      return null;
    }
    try {
      var amount = new BigDecimal(v);
      if (amount.signum() < 0) {
        reject(field, "form.negative");
        return null;
      }
      if (amount.scale() > 2) {
        reject(field, "form.cents");
        return null;
      }
      if (amount.precision() - amount.scale() > 16) {
        reject(field, "form.tooLarge");
        return null;
      }
      return amount.setScale(2);
    } catch (NumberFormatException e) {
      reject(field, "form.money");
      return null;
    }
  }

  /** An ISO 4217 currency code; USD when left empty. */
  public @Nullable String currency(String field) {
    String v = value(field).toUpperCase(Locale.ROOT);
    if (v.isEmpty()) {
      return "USD";
    }
    try {
      if (v.length() == 3) {
        return Currency.getInstance(v).getCurrencyCode();
      }
    } catch (IllegalArgumentException e) {
      // fall through to the message below
    }
    reject(field, "form.currency");
    return null;
  }

  public @Nullable LocalDate date(String field, boolean required) {
    String v = given(field, required);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      reject(field, wording.date(), v, FieldLabels.named(field));
      return null;
    }
  }

  public boolean bool(String field) {
    return List.of("true", "on", "yes").contains(value(field));
  }

  /** One of the allowed codes. */
  public @Nullable String choice(String field, boolean required, Collection<String> allowed) {
    String v = given(field, required);
    if (v == null) {
      return null;
    }
    if (!allowed.contains(v)) {
      reject(field, "form.choice");
      return null;
    }
    return v;
  }

  public @Nullable <E extends Enum<E>> E choice(String field, boolean required, Class<E> type) {
    var names = new ArrayList<String>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name());
    }
    String v = choice(field, required, names);
    return v == null ? null : Enum.valueOf(type, v);
  }

  /** A reference to one of the given ids. */
  public @Nullable Long id(String field, boolean required, Collection<Long> allowed) {
    String v = given(field, required);
    if (v == null) {
      return null;
    }
    try {
      long id = Long.parseLong(v);
      if (!allowed.contains(id)) {
        reject(field, "form.choice");
        return null;
      }
      return id;
    } catch (NumberFormatException e) {
      reject(field, "form.choice");
      return null;
    }
  }

  /** One of an enum's codes, in any case ("shelter" is SHELTER). */
  public @Nullable <E extends Enum<E>> E code(String field, boolean required, Class<E> type) {
    String v = given(field, required);
    if (v == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      reject(field, wording.code(), v, FieldLabels.named(field));
      return null;
    }
  }

  /** Any number of an enum's codes, in any case; empty values are ignored. */
  public <E extends Enum<E>> Set<E> codes(String field, Class<E> type) {
    var set = EnumSet.noneOf(type);
    for (String v : values(field)) {
      try {
        set.add(Enum.valueOf(type, v.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        reject(field, wording.code(), v, FieldLabels.named(field));
      }
    }
    return set;
  }

  public List<String> choices(String field, boolean required, Collection<String> allowed) {
    List<String> v = values(field);
    if (v.isEmpty() && required) {
      reject(field, "form.requiredOne");
    }
    for (String s : v) {
      if (!allowed.contains(s)) {
        reject(field, "form.choice");
        return List.of();
      }
    }
    return v.stream().distinct().toList();
  }
}
