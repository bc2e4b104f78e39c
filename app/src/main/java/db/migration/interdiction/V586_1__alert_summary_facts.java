package db.migration.interdiction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * An alert keeps what it says as facts (a shape and its arguments), so pages and notifications
 * word it in the reader's language; the English sentence stays for the record and the API.
 * Alerts stored before are read back from their sentence; one that does not read stays a
 * sentence only.
 */
public class V586_1__alert_summary_facts extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    try (Statement s = c.createStatement()) {
      s.execute("ALTER TABLE intd_alert ADD COLUMN summary_shape VARCHAR(30)");
      s.execute("ALTER TABLE intd_alert ADD COLUMN summary_args VARCHAR(2000)");
    }
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, summary FROM intd_alert");
        PreparedStatement update =
            c.prepareStatement("UPDATE intd_alert SET summary_shape = ?, summary_args = ? WHERE id = ?")) {
      int pending = 0;
      while (rs.next()) {
        AlertSentences.Read read = AlertSentences.read(rs.getString(2));
        if (read == null || read.storedArgs().length() > 2000) {
          continue;
        }
        update.setString(1, read.shape());
        update.setString(2, read.storedArgs());
        update.setLong(3, rs.getLong(1));
        update.addBatch();
        if (++pending == 1000) {
          update.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        update.executeBatch();
      }
    }
  }
}
