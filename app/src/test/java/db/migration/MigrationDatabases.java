package db.migration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs a check of Java migrations on both databases Kuzet supports: a fresh in-memory H2 in
 * PostgreSQL mode, and PostgreSQL ({@code KUZET_TEST_PG_URL}, default the local server's {@code
 * test} database) in a schema of its own that is dropped afterwards. The PostgreSQL run is skipped
 * only when no server answers. A check creates the tables as the earlier migrations left them, runs
 * the migration through {@link #context} and reads the rows back with {@link #column}.
 */
final class MigrationDatabases {

  /** What a test does with the connection: create tables, migrate, assert. */
  interface Check {
    void run(Connection c) throws Exception;
  }

  private MigrationDatabases() {}

  static void onH2(String name, Check check) throws Exception {
    try (Connection c =
        DriverManager.getConnection(
            "jdbc:h2:mem:"
                + name
                + "-"
                + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE")) {
      check.run(c);
    }
  }

  static void onPostgres(String name, Check check) throws Exception {
    String url =
        System.getenv().getOrDefault("KUZET_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    Connection c;
    try {
      c = DriverManager.getConnection(url, "postgres", "");
    } catch (SQLException e) {
      Assumptions.abort("no PostgreSQL at " + url);
      return;
    }
    String schema = name + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (c;
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
      s.execute("SET search_path TO " + schema);
      try {
        check.run(c);
      } finally {
        s.execute("SET search_path TO public");
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  /**
   * The Flyway context a Java migration runs in; the migrations under test read no configuration.
   */
  static Context context(Connection c) {
    return new Context() {
      @Override
      public Configuration getConfiguration() {
        throw new UnsupportedOperationException("the migration reads no configuration");
      }

      @Override
      public Connection getConnection() {
        return c;
      }
    };
  }

  /** The first column of every row the query returns, as text. */
  static List<String> column(Connection c, String sql) throws SQLException {
    var out = new ArrayList<String>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
