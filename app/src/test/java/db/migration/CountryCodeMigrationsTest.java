package db.migration;

import static db.migration.MigrationDatabases.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import db.migration.finintel.V686_2__country_codes_alpha3;
import db.migration.interdiction.V588_2__post_neighbour_country;
import db.migration.program.V386_2__country_codes_alpha3;
import db.migration.trafficking.V841_2__country_codes_alpha3;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

/**
 * The country migrations turn rows stored with ISO alpha-2 codes into alpha-3, on H2 and on
 * PostgreSQL ({@code KUZET_TEST_PG_URL}, default the local server's {@code test} database, in a
 * schema of its own that is dropped afterwards; skipped only when no server answers).
 */
class CountryCodeMigrationsTest {

  @Test
  void rowsStoredWithTwoLettersAreConvertedOnH2() throws Exception {
    MigrationDatabases.onH2("countries", CountryCodeMigrationsTest::convertsEveryColumn);
  }

  @Test
  void rowsStoredWithTwoLettersAreConvertedOnPostgres() throws Exception {
    MigrationDatabases.onPostgres(
        "country_migration", CountryCodeMigrationsTest::convertsEveryColumn);
  }

  private static void convertsEveryColumn(Connection c) throws Exception {
    try (Statement s = c.createStatement()) {
      // The columns as the first migrations of each module made them.
      s.execute("CREATE TABLE tip_case (id BIGINT PRIMARY KEY, citizenship VARCHAR(2))");
      s.execute("CREATE TABLE tip_event (id BIGINT PRIMARY KEY, country VARCHAR(2))");
      s.execute("CREATE TABLE fin_party (id BIGINT PRIMARY KEY, country VARCHAR(3))");
      s.execute(
          "CREATE TABLE fin_transaction (id BIGINT PRIMARY KEY, from_country CHAR(2), to_country CHAR(2))");
      s.execute(
          "CREATE TABLE prog_country (code VARCHAR(40) PRIMARY KEY, iso2 CHAR(2) NOT NULL UNIQUE, sort_order INTEGER)");
      s.execute("INSERT INTO tip_case VALUES (1, 'KZ'), (2, 'UZ'), (3, NULL), (4, 'KZ')");
      s.execute("INSERT INTO tip_event VALUES (1, 'TR'), (2, 'AE'), (3, NULL)");
      s.execute("INSERT INTO fin_party VALUES (1, 'KZ'), (2, 'RU'), (3, NULL)");
      s.execute(
          "INSERT INTO fin_transaction VALUES (1, 'KZ', 'AE'), (2, 'CN', NULL), (3, 'XK', 'KZ')");
      s.execute(
          "INSERT INTO prog_country VALUES ('kazakhstan', 'KZ', 10), ('kyrgyzstan', 'KG', 20)");
      s.execute(
          "CREATE TABLE intd_post (id BIGINT PRIMARY KEY, neighbour_iso2 CHAR(2), neighbour_post VARCHAR(100))");
      s.execute(
          "INSERT INTO intd_post VALUES (1, 'KG', 'Ак-Жол'), (2, 'CN', 'Хоргос'), (3, NULL, NULL), (4, 'UZ', 'Жибек Жолы')");
    }
    Context context = MigrationDatabases.context(c);
    new V841_2__country_codes_alpha3().migrate(context);
    new V686_2__country_codes_alpha3().migrate(context);
    new V386_2__country_codes_alpha3().migrate(context);
    new V588_2__post_neighbour_country().migrate(context);

    assertThat(column(c, "SELECT citizenship FROM tip_case ORDER BY id"))
        .containsExactly("KAZ", "UZB", null, "KAZ");
    assertThat(column(c, "SELECT country FROM tip_event ORDER BY id"))
        .containsExactly("TUR", "ARE", null);
    assertThat(column(c, "SELECT country FROM fin_party ORDER BY id"))
        .containsExactly("KAZ", "RUS", null);
    assertThat(column(c, "SELECT from_country FROM fin_transaction ORDER BY id"))
        .containsExactly("KAZ", "CHN", "XK");
    assertThat(column(c, "SELECT to_country FROM fin_transaction ORDER BY id"))
        .containsExactly("ARE", null, "KAZ");
    assertThat(column(c, "SELECT iso3 FROM prog_country ORDER BY code"))
        .containsExactly("KAZ", "KGZ");
    assertThat(column(c, "SELECT neighbour_country FROM intd_post ORDER BY id"))
        .containsExactly("KGZ", "CHN", null, "UZB");
    assertThatThrownBy(() -> column(c, "SELECT neighbour_iso2 FROM intd_post"))
        .isInstanceOf(SQLException.class);
    // The widened columns take three letters, and the program's code stays unique.
    try (Statement s = c.createStatement()) {
      s.execute("INSERT INTO tip_event VALUES (4, 'TJK')");
      s.execute("INSERT INTO fin_transaction VALUES (4, 'KGZ', 'TKM')");
      s.execute("INSERT INTO intd_post VALUES (5, 'TJK', NULL)");
      assertThat(column(c, "SELECT from_country || to_country FROM fin_transaction WHERE id = 4"))
          .containsExactly("KGZTKM");
      assertThatThrownBy(() -> s.execute("INSERT INTO prog_country VALUES ('kz-again', 'KAZ', 30)"))
          .isInstanceOf(SQLException.class);
    }
  }
}
