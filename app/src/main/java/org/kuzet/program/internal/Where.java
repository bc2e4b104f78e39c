package org.kuzet.program.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The WHERE clause of a filtered list, built from the filters a person set: a filter left empty
 * adds nothing, so the SQL both databases see stays plain and every value is a bound parameter.
 */
final class Where {

  private final List<String> clauses = new ArrayList<>();
  private final Map<String, Object> params = new LinkedHashMap<>();

  Where eq(String column, String param, @Nullable Object value) {
    if (value != null && !"".equals(value)) {
      clauses.add(column + " = :" + param);
      params.put(param, value);
    }
    return this;
  }

  /** Case-insensitive "contains" over one or more columns. */
  Where contains(String param, @Nullable String text, String... columns) {
    if (text != null && !text.isBlank()) {
      String pattern =
          "%"
              + text.strip()
                  .toLowerCase(Locale.ROOT)
                  .replace("\\", "\\\\")
                  .replace("%", "\\%")
                  .replace("_", "\\_")
              + "%";
      var any = new ArrayList<String>();
      for (String c : columns) {
        any.add("LOWER(COALESCE(" + c + ", '')) LIKE :" + param + " ESCAPE '\\'");
      }
      clauses.add("(" + String.join(" OR ", any) + ")");
      params.put(param, pattern);
    }
    return this;
  }

  /** Restricts to what a partner may see: rows of the projects their agency implements. */
  Where scope(Scope scope, String projectColumn) {
    AgencyCode partner = scope.partnerAgency();
    if (partner != null) {
      clauses.add(
          projectColumn
              + " IN (SELECT project_id FROM prog_project_org WHERE role = 'IMPLEMENTING' AND org_code = :scopeAgency)");
      params.put("scopeAgency", partner.value());
    }
    return this;
  }

  Where clause(String clause, Map<String, Object> values) {
    clauses.add(clause);
    params.putAll(values);
    return this;
  }

  String sql() {
    return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
  }

  JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
    params.forEach(spec::param);
    return spec;
  }
}
