package db.migration.watchlist;

import db.migration.RowRewrites;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A batch screening row error keeps why as a code with its arguments, so the batch page words it in
 * the reader's language; the English message stays for the result file. Errors stored before are
 * read back from their message (the sentences are fixed here); one that does not read keeps no code
 * and shows as written.
 */
public class V401_1__batch_error_codes extends BaseJavaMigration {

  private static final Map<String, Pattern> MESSAGES = new LinkedHashMap<>();

  static {
    MESSAGES.put("FIELD_COUNT", Pattern.compile("expected (\\d+) fields, found (\\d+)"));
    MESSAGES.put("ID_EMPTY", Pattern.compile("field id: empty"));
    MESSAGES.put("NAME_EMPTY", Pattern.compile("field name: empty"));
    MESSAGES.put("NAME_TOO_LONG", Pattern.compile("field name: longer than (\\d+) characters"));
    MESSAGES.put("BIRTH_DATE", Pattern.compile("field birth_date: not a birth date: '(.*)'"));
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    try (Statement s = c.createStatement()) {
      s.execute("ALTER TABLE wl_batch_error ADD COLUMN code VARCHAR(30)");
      s.execute("ALTER TABLE wl_batch_error ADD COLUMN args VARCHAR(300)");
    }
    RowRewrites.run(
        c,
        "SELECT batch_id, line, message FROM wl_batch_error",
        "UPDATE wl_batch_error SET code = ?, args = ? WHERE batch_id = ? AND line = ?",
        row -> {
          for (var e : MESSAGES.entrySet()) {
            Matcher m = e.getValue().matcher(row.getString(3));
            if (!m.matches()) {
              continue;
            }
            List<String> args = new ArrayList<>();
            for (int i = 1; i <= m.groupCount(); i++) {
              args.add(m.group(i).replace("\u001F", " "));
            }
            String joined = args.isEmpty() ? null : String.join("\u001F", args);
            if (joined != null && joined.length() > 300) {
              return null;
            }
            return new Object[] {e.getKey(), joined, row.getLong(1), row.getInt(2)};
          }
          return null;
        });
  }
}
