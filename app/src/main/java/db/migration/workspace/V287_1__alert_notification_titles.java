package db.migration.workspace;

import db.migration.RowRewrites;
import db.migration.interdiction.AlertSentences;
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
    RowRewrites.run(
        context.getConnection(),
        "SELECT id, title FROM wsp_notification WHERE title_key IS NULL AND source_key LIKE 'interdiction-alert:%'",
        "UPDATE wsp_notification SET title_key = ?, title_args = ? WHERE id = ?",
        row -> {
          AlertSentences.Read read = AlertSentences.read(row.getString(2));
          if (read == null) {
            return null;
          }
          String args = "t:" + String.join("\u001Ft:", read.args());
          if (args.length() > 4000) {
            return null;
          }
          return new Object[] {"interdiction.alert.summary." + read.shape(), args, row.getLong(1)};
        });
  }
}
