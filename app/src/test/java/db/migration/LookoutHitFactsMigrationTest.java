package db.migration;

import static db.migration.MigrationDatabases.column;
import static org.assertj.core.api.Assertions.assertThat;

import db.migration.interdiction.V587_2__lookout_hit_facts;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Lookout hits stored with English sentences get their facts, on H2 and on PostgreSQL ({@code
 * KUZET_TEST_PG_URL}, default the local server's {@code test} database, in a schema of its own that
 * is dropped afterwards; skipped only when no server answers).
 */
class LookoutHitFactsMigrationTest {

  @Test
  void lookoutHitSentencesBecomeFactsOnH2() throws Exception {
    MigrationDatabases.onH2(
        "lookout-hits", LookoutHitFactsMigrationTest::convertsTheSentencesItReads);
  }

  @Test
  void lookoutHitSentencesBecomeFactsOnPostgres() throws Exception {
    MigrationDatabases.onPostgres(
        "lookout_hit_migration", LookoutHitFactsMigrationTest::convertsTheSentencesItReads);
  }

  private static void convertsTheSentencesItReads(Connection c) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE intd_hit (id BIGINT PRIMARY KEY, kind VARCHAR(20) NOT NULL,"
              + " explanation VARCHAR(4000) NOT NULL, explanation_facts VARCHAR(8000))");
      s.execute(
          "INSERT INTO intd_hit VALUES"
              + " (1, 'LOOKOUT', 'plate 123ABC02 matches lookout #12 for 123 ABC 02 issued by analyst.cdc: courier: heroin', NULL),"
              + " (2, 'LOOKOUT', 'document number N1234567 matches; lookout #13 issued by analyst.cdc: known courier', NULL),"
              + " (3, 'LOOKOUT', 'name ''Ким Виктор'' matches ''КИМ ВИКТОР''; lookout #14 issued by analyst.bg: wanted', NULL),"
              + " (4, 'LOOKOUT', 'name ''Серик Нурланов'' and birth date 1985-03-14 match; lookout #15 issued by analyst.bg: seen', NULL),"
              + " (5, 'LOOKOUT', 'written some other way', NULL),"
              + " (6, 'WATCHLIST', 'document number N1 matches; lookout #1 issued by x: y', '{\"parts\":[]}'),"
              + " (7, 'LOOKOUT', 'document number N9 matches; lookout #16 issued by a: b', 'DOCUMENT\u001F16\u001FN9\u001Fa\u001Fb')");
    }
    new V587_2__lookout_hit_facts().migrate(MigrationDatabases.context(c));
    String u = "\u001F";
    assertThat(column(c, "SELECT explanation_facts FROM intd_hit ORDER BY id"))
        .containsExactly(
            "PLATE"
                + u
                + "12"
                + u
                + "123ABC02"
                + u
                + "123 ABC 02"
                + u
                + "analyst.cdc"
                + u
                + "courier: heroin",
            "DOCUMENT" + u + "13" + u + "N1234567" + u + "analyst.cdc" + u + "known courier",
            "NAME"
                + u
                + "14"
                + u
                + "Ким Виктор"
                + u
                + "КИМ ВИКТОР"
                + u
                + "analyst.bg"
                + u
                + "wanted",
            "NAME_AND_BIRTH_DATE"
                + u
                + "15"
                + u
                + "Серик Нурланов"
                + u
                + "1985-03-14"
                + u
                + "analyst.bg"
                + u
                + "seen",
            null,
            "{\"parts\":[]}",
            "DOCUMENT" + u + "16" + u + "N9" + u + "a" + u + "b");
  }
}
