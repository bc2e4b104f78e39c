package db.migration.interdiction;

import db.migration.RowRewrites;
import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * An alert keeps what it says as facts (a shape and its arguments), so pages and notifications word
 * it in the reader's language; the English sentence stays for the record and the API. Alerts stored
 * before are read back from their sentence; one that does not read stays a sentence only.
 */
public class V586_1__alert_summary_facts extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    try (Statement s = c.createStatement()) {
      s.execute("ALTER TABLE intd_alert ADD COLUMN summary_shape VARCHAR(30)");
      s.execute("ALTER TABLE intd_alert ADD COLUMN summary_args VARCHAR(2000)");
    }
    RowRewrites.run(
        c,
        "SELECT id, summary FROM intd_alert",
        "UPDATE intd_alert SET summary_shape = ?, summary_args = ? WHERE id = ?",
        row -> {
          AlertSentences.Read read = AlertSentences.read(row.getString(2));
          if (read == null || read.storedArgs().length() > 2000) {
            return null;
          }
          return new Object[] {read.shape(), read.storedArgs(), row.getLong(1)};
        });
  }
}
