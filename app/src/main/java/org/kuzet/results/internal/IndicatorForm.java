package org.kuzet.results.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kuzet.web.Refusal;

/**
 * The indicator form: reads and checks every field at once, so a form with several mistakes comes
 * back with a message beside each. Code, program and measure are fixed once the indicator exists
 * (entered values and targets hang off them).
 */
final class IndicatorForm {

  static final List<String> SCOPES = List.of("CHECKPOINT", "CROSSING");

  /** A field's message key of {@code i18n/results} and its arguments. */
  record Problem(String key, Object[] args) {}

  static final class Invalid extends RuntimeException {
    private final transient Map<String, Problem> problems;

    Invalid(Map<String, Problem> problems) {
      super("invalid indicator form: " + problems.keySet());
      this.problems = problems;
    }

    Map<String, Problem> problems() {
      return problems;
    }
  }

  private IndicatorForm() {}

  /** Values to prefill the form with from an existing indicator. */
  static Map<String, String> values(Indicator i) {
    var v = new LinkedHashMap<String, String>();
    v.put("code", i.code());
    v.put("measure", i.measure().name());
    v.put("scope", i.scope() == null ? "" : i.scope());
    v.put("unit", i.unit());
    v.put("nameEn", i.nameEn());
    v.put("nameRu", nz(i.nameRu()));
    v.put("nameKk", nz(i.nameKk()));
    v.put("definitionEn", i.definitionEn());
    v.put("definitionRu", nz(i.definitionRu()));
    v.put("definitionKk", nz(i.definitionKk()));
    v.put(
        "baseline", i.baseline() == null ? "" : i.baseline().stripTrailingZeros().toPlainString());
    v.put("baselineYear", i.baselineYear() == null ? "" : i.baselineYear().toString());
    v.put("costPerUnit", String.valueOf(i.costPerUnit()));
    v.put("onFactsheet", String.valueOf(i.onFactsheet()));
    v.put("sortOrder", String.valueOf(i.sortOrder()));
    return v;
  }

  /**
   * The indicator the form describes. For a new one {@code existing} is null and code and measure
   * come from the form; otherwise they are kept from {@code existing}.
   */
  static Indicator read(
      Map<String, String> p,
      String programCode,
      @Nullable Indicator existing,
      int defaultOrder,
      Indicators indicators) {
    var problems = new LinkedHashMap<String, Problem>();
    String code;
    Measure measure;
    if (existing == null) {
      code = text(p, "code").toUpperCase(Locale.ROOT);
      if (code.isEmpty()) {
        problems.put("code", new Problem("results.error.required", new Object[0]));
      } else if (!code.matches("[A-Z0-9][A-Z0-9-]{0,39}")) {
        problems.put("code", new Problem("results.error.code", new Object[] {code}));
      } else if (indicators.codeTaken(code)) {
        problems.put("code", new Problem("results.error.codeTaken", new Object[] {code}));
      }
      measure = null;
      String m = text(p, "measure");
      try {
        measure = Measure.valueOf(m);
      } catch (IllegalArgumentException e) {
        problems.put(
            "measure",
            new Problem(
                m.isEmpty() ? "results.error.required" : "results.error.choice", new Object[] {m}));
      }
    } else {
      code = existing.code();
      measure = existing.measure();
    }
    String scope = text(p, "scope");
    if (!scope.isEmpty() && (!SCOPES.contains(scope) || (measure != null && !measure.scoped()))) {
      problems.put("scope", new Problem("results.error.scope", new Object[] {scope}));
    }
    String unit = text(p, "unit");
    if (!Indicator.UNITS.contains(unit)) {
      problems.put(
          "unit",
          new Problem(
              unit.isEmpty() ? "results.error.required" : "results.error.choice",
              new Object[] {unit}));
    }
    String nameEn = limited(p, "nameEn", 300, true, problems);
    String nameRu = limited(p, "nameRu", 300, false, problems);
    String nameKk = limited(p, "nameKk", 300, false, problems);
    String defEn = limited(p, "definitionEn", 2000, true, problems);
    String defRu = limited(p, "definitionRu", 2000, false, problems);
    String defKk = limited(p, "definitionKk", 2000, false, problems);
    BigDecimal baseline = null;
    if (!text(p, "baseline").isEmpty()) {
      try {
        baseline = ResultsEditing.amount("baseline", text(p, "baseline"));
      } catch (Refusal e) {
        problems.put("baseline", new Problem(e.first().key(), e.first().args().toArray()));
      }
    }
    Integer baselineYear = null;
    if (!text(p, "baselineYear").isEmpty()) {
      try {
        baselineYear = ResultsEditing.fiscalYear(text(p, "baselineYear"));
      } catch (Refusal e) {
        problems.put("baselineYear", new Problem(e.first().key(), e.first().args().toArray()));
      }
    }
    int order = defaultOrder;
    if (!text(p, "sortOrder").isEmpty()) {
      try {
        order = Integer.parseInt(text(p, "sortOrder"));
        if (order < 0 || order > 100_000) {
          throw new NumberFormatException();
        }
      } catch (NumberFormatException e) {
        problems.put(
            "sortOrder", new Problem("results.error.order", new Object[] {text(p, "sortOrder")}));
      }
    }
    if (!problems.isEmpty()) {
      throw new Invalid(problems);
    }
    return new Indicator(
        existing == null ? 0 : existing.id(),
        programCode,
        code,
        Objects.requireNonNull(measure, "refused above when missing"),
        scope.isEmpty() ? null : scope,
        unit,
        nameEn,
        blankToNull(nameRu),
        blankToNull(nameKk),
        defEn,
        blankToNull(defRu),
        blankToNull(defKk),
        baseline,
        baselineYear,
        checked(p, "costPerUnit"),
        checked(p, "onFactsheet"),
        order,
        existing != null && existing.illustrative());
  }

  private static String limited(
      Map<String, String> p,
      String field,
      int max,
      boolean required,
      Map<String, Problem> problems) {
    String v = text(p, field);
    if (required && v.isEmpty()) {
      problems.put(field, new Problem("results.error.required", new Object[0]));
    } else if (v.length() > max) {
      problems.put(field, new Problem("results.error.tooLong", new Object[] {max}));
    }
    return v;
  }

  private static boolean checked(Map<String, String> p, String field) {
    String v = p.get(field);
    return "true".equals(v) || "on".equals(v);
  }

  private static String text(Map<String, String> p, String field) {
    String v = p.get(field);
    return v == null ? "" : v.strip();
  }

  private static @Nullable String blankToNull(String s) {
    return s.isEmpty() ? null : s;
  }

  private static String nz(@Nullable String s) {
    return s == null ? "" : s;
  }
}
