package org.kuzet.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that cannot be reached, or whose storage is full, from every other failure:
 * these answer 503 "temporarily unavailable" rather than 500, and work that can wait (an import
 * batch) waits for the database to come back instead of giving up.
 */
public final class DatabaseOutage {

  private DatabaseOutage() {}

  /**
   * The connection was refused or lost, the server is shutting down or starting, or the pool
   * could not lend a connection within its time-out.
   */
  public static boolean isOutage(Throwable e) {
    for (Throwable t = e; t != null; t = next(t)) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof CannotGetJdbcConnectionException
          || t instanceof CannotCreateTransactionException) {
        return true;
      }
      // SQL state class 08: connection exception; 57P01-57P03: the server is shutting down,
      // crashed or not yet accepting connections (PostgreSQL).
      if (t instanceof SQLException sql && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
        return true;
      }
    }
    return false;
  }

  /** The database could not write because its disk is full (SQL state 53100). */
  public static boolean isStorageFull(Throwable e) {
    for (Throwable t = e; t != null; t = next(t)) {
      if (t instanceof SQLException sql && "53100".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private static Throwable next(Throwable t) {
    Throwable cause = t.getCause();
    return cause == t ? null : cause;
  }
}
