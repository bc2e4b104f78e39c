package org.kuzet.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a database that cannot be reached, or whose storage is full, from every other failure:
 * these answer 503 "temporarily unavailable" rather than 500, and work that can wait (an import
 * batch) waits for the database to come back instead of giving up.
 */
public final class DatabaseOutage {

  private DatabaseOutage() {}

  /**
   * The connection was refused or lost, the server is shutting down or starting, or the pool could
   * not lend a connection within its time-out.
   */
  public static boolean isOutage(Throwable e) {
    return anyCause(
        e,
        t ->
            t instanceof SQLTransientConnectionException
                || t instanceof CannotGetJdbcConnectionException
                || t instanceof CannotCreateTransactionException
                // SQL state class 08: connection exception; 57P01-57P03: the server is shutting
                // down,
                // crashed or not yet accepting connections (PostgreSQL).
                || t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08")
                        || sql.getSQLState().startsWith("57P0")));
  }

  /** The database could not write because its disk is full (SQL state 53100). */
  public static boolean isStorageFull(Throwable e) {
    return anyCause(e, t -> t instanceof SQLException sql && "53100".equals(sql.getSQLState()));
  }

  /**
   * Whether {@code e} or any of its causes passes; a failed rollback hides the failure that caused
   * it (on a lost connection the rollback fails too), so that one is looked at as well.
   */
  private static boolean anyCause(@Nullable Throwable e, Predicate<Throwable> test) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (test.test(t)) {
        return true;
      }
      if (t instanceof TransactionSystemException rollback
          && anyCause(rollback.getApplicationException(), test)) {
        return true;
      }
    }
    return false;
  }
}
