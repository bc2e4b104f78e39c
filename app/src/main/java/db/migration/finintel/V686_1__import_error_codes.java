package db.migration.finintel;

import db.migration.RowRewrites;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jspecify.annotations.Nullable;

/**
 * A rejected import row keeps why as a code with the field and the value found, so the import page
 * words it in the reader's language; the engine's English reason stays for the API and the record.
 * Rows rejected before are read back from the reason the engine wrote (its sentences are fixed
 * here); a reason that does not read keeps no code and shows as written.
 */
public class V686_1__import_error_codes extends BaseJavaMigration {

  private static final Map<String, Pattern> REASONS = new LinkedHashMap<>();

  static {
    REASONS.put(
        "FIELD_MISSING", Pattern.compile("field '(.+)' is missing \\(row has (\\d+) fields\\)"));
    REASONS.put("FIELD_EMPTY", Pattern.compile("field '(.+)' is empty()"));
    REASONS.put("NEGATIVE", Pattern.compile("field '(.+)' is negative: (.*)"));
    REASONS.put("NOT_A_NUMBER", Pattern.compile("field '(.+)' is not a number: '(.*)'"));
    REASONS.put("UNKNOWN_CURRENCY", Pattern.compile("field '(.+)': unknown currency '(.*)'"));
    REASONS.put(
        "NOT_A_TIME",
        Pattern.compile(
            "field '(.+)': '(.*)' is not (?:a date and time like 2022/09/01 00:20|an ISO date-time or epoch milliseconds)"));
    REASONS.put("NOT_A_FLAG", Pattern.compile("field '(.+)' must be 0 or 1, was '(.*)'"));
    REASONS.put("MALFORMED_CSV", Pattern.compile("malformed CSV: ()().*", Pattern.DOTALL));
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    try (Statement s = c.createStatement()) {
      s.execute("ALTER TABLE fin_import_error ADD COLUMN code VARCHAR(40)");
      s.execute("ALTER TABLE fin_import_error ADD COLUMN field VARCHAR(200)");
      s.execute("ALTER TABLE fin_import_error ADD COLUMN found VARCHAR(200)");
    }
    RowRewrites.run(
        c,
        "SELECT id, reason FROM fin_import_error",
        "UPDATE fin_import_error SET code = ?, field = ?, found = ? WHERE id = ?",
        row -> {
          String reason = row.getString(2);
          for (var e : REASONS.entrySet()) {
            Matcher m = e.getValue().matcher(reason);
            if (m.matches()) {
              return new Object[] {
                e.getKey(),
                clip(m.group(1)),
                e.getKey().equals("FIELD_EMPTY") ? null : clip(m.group(2)),
                row.getLong(1)
              };
            }
          }
          return null;
        });
  }

  private static @Nullable String clip(@Nullable String s) {
    return s == null || s.isEmpty() ? null : s.length() <= 200 ? s : s.substring(0, 200);
  }
}
