package db.migration.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Reminders of training sessions stored with the course's base title as their first argument name
 * the course by its id instead (a code argument, "c:training.course.ID|title"), so the course's
 * title shows in the reader's language; the base title stays as the code's default. A reminder
 * whose session is gone keeps its title as it was.
 */
public class V288_3__training_notification_courses extends BaseJavaMigration {

  private static final String SEPARATOR = "\u001F";
  private static final String PREFIX = "/training/sessions/";

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT id, title_args, link FROM wsp_notification WHERE title_key = 'training.notice.starting'"
                    + " AND title_args LIKE 't:%'")) {
      if (!rs.isBeforeFirst()) {
        return; // nothing to convert (a new database has no sessions table yet at this version)
      }
      try (PreparedStatement course =
              c.prepareStatement("SELECT course_id FROM trn_session WHERE id = ?");
          PreparedStatement update =
              c.prepareStatement("UPDATE wsp_notification SET title_args = ? WHERE id = ?")) {
        while (rs.next()) {
          String args = rs.getString(2);
          String link = rs.getString(3);
          if (link == null || !link.matches("/training/sessions/\\d{1,18}")) {
            continue;
          }
          course.setLong(1, Long.parseLong(link.substring(PREFIX.length())));
          Long courseId = null;
          try (ResultSet r = course.executeQuery()) {
            if (r.next()) {
              courseId = r.getLong(1);
            }
          }
          if (courseId == null) {
            continue;
          }
          int end = args.indexOf(SEPARATOR);
          String title = end < 0 ? args.substring(2) : args.substring(2, end);
          String rest = end < 0 ? "" : args.substring(end);
          String converted = "c:training.course." + courseId + "|" + title + rest;
          if (converted.length() > 4000) {
            continue;
          }
          update.setString(1, converted);
          update.setLong(2, rs.getLong(1));
          update.executeUpdate();
        }
      }
    }
  }
}
