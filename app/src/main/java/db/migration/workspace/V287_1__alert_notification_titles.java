package db.migration.workspace;

import db.migration.interdiction.AlertSentences;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Notifications of interdiction alerts stored with an English title only get the title's key and
 * arguments, read back from the sentence, so each reader sees them in their own language. The
 * arguments are texts in the notification's argument format ("t:" and the text, separated by the
 * unit separator).
 */
public class V287_1__alert_notification_titles extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(
            "SELECT id, title FROM wsp_notification WHERE title_key IS NULL AND source_key LIKE 'interdiction-alert:%'");
        PreparedStatement update =
            c.prepareStatement("UPDATE wsp_notification SET title_key = ?, title_args = ? WHERE id = ?")) {
      int pending = 0;
      while (rs.next()) {
        AlertSentences.Read read = AlertSentences.read(rs.getString(2));
        if (read == null) {
          continue;
        }
        String args = "t:" + String.join("\u001Ft:", read.args());
        if (args.length() > 4000) {
          continue;
        }
        update.setString(1, "interdiction.alert.summary." + read.shape());
        update.setString(2, args);
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
