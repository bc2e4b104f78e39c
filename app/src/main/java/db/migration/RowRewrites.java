package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jspecify.annotations.Nullable;

/**
 * The loop the Java migrations share when they read stored rows back (an English sentence into
 * facts, say): each row of a query gives the parameters of one update, or none to leave the row as
 * it is, and the updates go in batches. Fixed here, like {@link CountryCodeColumns}, so later code
 * never changes what a migration did.
 */
public final class RowRewrites {

  private static final int BATCH = 1000;

  /** What one row becomes: the update's parameters in order, or null to leave the row alone. */
  @FunctionalInterface
  public interface Rewrite {
    @Nullable Object @Nullable [] parameters(ResultSet row) throws SQLException;
  }

  private RowRewrites() {}

  /**
   * Runs {@code update} once for each row of {@code select} that {@code rewrite} gives parameters.
   */
  public static void run(Connection c, String select, String update, Rewrite rewrite)
      throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(select);
        PreparedStatement u = c.prepareStatement(update)) {
      int pending = 0;
      while (rs.next()) {
        Object[] parameters = rewrite.parameters(rs);
        if (parameters == null) {
          continue;
        }
        for (int i = 0; i < parameters.length; i++) {
          u.setObject(i + 1, parameters[i]);
        }
        u.addBatch();
        if (++pending == BATCH) {
          u.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        u.executeBatch();
      }
    }
  }
}
