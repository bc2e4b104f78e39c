package org.kuzet.program.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the generic list and form templates draw. */
final class Pages {

  private Pages() {}

  record ListPage(
      String type,
      String titleKey,
      String helpKey,
      String base,
      List<FormField> filters,
      Map<String, Object> filterValues,
      Map<String, String> filterErrors,
      Grid grid,
      String query,
      boolean mayEdit) {

    public String exportUrl(String format) {
      return base + "/export/" + format + (query.isEmpty() ? "" : "?" + query);
    }

    public String newUrl() {
      return base + "/new" + (query.isEmpty() ? "" : "?" + query);
    }
  }

  record FormPage(
      String type,
      String titleKey,
      String action,
      List<FormField> fields,
      Map<String, Object> values,
      Map<String, String> errors,
      String cancel,
      @Nullable String deleteAction,
      boolean readOnly) {

    /** Whether a checkbox or multi-select option is chosen in the values. */
    public boolean chosen(String field, String option) {
      Object v = values.get(field);
      if (v instanceof Collection<?> c) {
        return c.stream().anyMatch(o -> option.equals(String.valueOf(o)));
      }
      return v != null && option.equals(String.valueOf(v));
    }

    /** Whether a field takes a country, so the page carries the country picker's choices. */
    public boolean hasCountry() {
      return fields.stream().anyMatch(f -> f.kind() == FormField.Kind.COUNTRY);
    }

    public String value(String field) {
      Object v = values.get(field);
      return v == null ? "" : String.valueOf(v);
    }
  }
}
