package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import db.migration.finintel.V686_1__import_error_codes;
import db.migration.interdiction.V586_1__alert_summary_facts;
import db.migration.watchlist.V401_1__batch_error_codes;
import db.migration.workspace.V287_1__alert_notification_titles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The migrations that turn stored English sentences into facts, on rows as they were stored before
 * (an in-memory H2 database in PostgreSQL mode with the columns they touch).
 */
class ServerTextMigrationsTest {

  Connection c;
  JdbcClient db;
  Context context;

  @BeforeEach
  void open() throws Exception {
    c =
        DriverManager.getConnection(
            "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
    db = JdbcClient.create(new SingleConnectionDataSource(c, true));
    context = MigrationDatabases.context(c);
  }

  @AfterEach
  void close() throws Exception {
    c.close();
  }

  @Test
  void alertSentencesAndTheirNotificationsBecomeFacts() throws Exception {
    db.sql("CREATE TABLE intd_alert (id BIGINT PRIMARY KEY, summary VARCHAR(500) NOT NULL)")
        .update();
    db.sql(
            "INSERT INTO intd_alert VALUES (1, 'Lookout #12: vehicle 123ABC02 stopped at Кордай'),"
                + " (2, 'Жанибеков Арман matches UN entry QDi.1 (JANIBEKOV, Arman, score 93) at Кордай'),"
                + " (3, 'Ким (inspected at Кордай) now matches OFAC entry 9 (KIM, score 88)'), (4, 'something else')")
        .update();
    new V586_1__alert_summary_facts().migrate(context);
    List<Map<String, Object>> rows =
        db.sql("SELECT summary_shape, summary_args FROM intd_alert ORDER BY id")
            .query()
            .listOfRows();
    assertThat(rows.get(0))
        .containsEntry("summary_shape", "LOOKOUT_VEHICLE")
        .containsEntry("summary_args", "12\u001F123ABC02\u001FКордай");
    assertThat(rows.get(1))
        .containsEntry("summary_shape", "WATCHLIST")
        .containsEntry(
            "summary_args",
            "Жанибеков Арман\u001FUN\u001FQDi.1\u001FJANIBEKOV, Arman\u001F93\u001FКордай");
    assertThat(rows.get(2)).containsEntry("summary_shape", "RESCREEN");
    assertThat(rows.get(3)).containsEntry("summary_shape", null);

    db.sql(
            "CREATE TABLE wsp_notification (id BIGINT PRIMARY KEY, title VARCHAR(500), title_key VARCHAR(200),"
                + " title_args VARCHAR(4000), source_key VARCHAR(200))")
        .update();
    db.sql(
            "INSERT INTO wsp_notification VALUES (1, 'Lookout #12: Ким stopped at Кордай', NULL, NULL, 'interdiction-alert:5'),"
                + " (2, 'Lookout #12: Ким stopped at Кордай', NULL, NULL, 'other:5')")
        .update();
    new V287_1__alert_notification_titles().migrate(context);
    assertThat(
            db.sql("SELECT title_key, title_args FROM wsp_notification ORDER BY id")
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2))
                .list())
        .containsExactly(
            "interdiction.alert.summary.LOOKOUT_PERSON|t:12\u001Ft:Ким\u001Ft:Кордай", "null|null");
  }

  @Test
  void importRowReasonsBecomeCodesWithFieldAndValue() throws Exception {
    db.sql("CREATE TABLE fin_import_error (id BIGINT PRIMARY KEY, reason VARCHAR(1000) NOT NULL)")
        .update();
    db.sql(
            "INSERT INTO fin_import_error VALUES (1, 'field ''Amount Received'' is not a number: ''ten'''),"
                + " (2, 'field ''Account'' is missing (row has 4 fields)'), (3, 'field ''Account'' is empty'),"
                + " (4, 'field ''Timestamp'': ''2022/13/01 00:20'' is not a date and time like 2022/09/01 00:20'),"
                + " (5, 'account number is empty')")
        .update();
    new V686_1__import_error_codes().migrate(context);
    assertThat(
            db.sql("SELECT code, field, found FROM fin_import_error ORDER BY id")
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3))
                .list())
        .containsExactly(
            "NOT_A_NUMBER|Amount Received|ten",
            "FIELD_MISSING|Account|4",
            "FIELD_EMPTY|Account|null",
            "NOT_A_TIME|Timestamp|2022/13/01 00:20",
            "null|null|null");
  }

  @Test
  void batchRowMessagesBecomeCodesWithArguments() throws Exception {
    db.sql(
            "CREATE TABLE wl_batch_error (batch_id BIGINT, line INTEGER, message VARCHAR(500), PRIMARY KEY (batch_id, line))")
        .update();
    db.sql(
            "INSERT INTO wl_batch_error VALUES (1, 2, 'field name: empty'), (1, 3, 'expected 3 fields, found 4'),"
                + " (1, 4, 'field birth_date: not a birth date: ''13.13.1980'''), (1, 5, 'field birth_date: no such date: 1980-2-31')")
        .update();
    new V401_1__batch_error_codes().migrate(context);
    assertThat(
            db.sql("SELECT code, args FROM wl_batch_error ORDER BY line")
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2))
                .list())
        .containsExactly(
            "NAME_EMPTY|null", "FIELD_COUNT|3\u001F4", "BIRTH_DATE|13.13.1980", "null|null");
  }

  @Test
  void caseAlertEntriesLinkTheirAlert() throws Exception {
    db.sql(
            "CREATE TABLE fin_alert (id BIGINT PRIMARY KEY, case_id BIGINT, typology VARCHAR(30), engine_id VARCHAR(200))")
        .update();
    db.sql(
            "CREATE TABLE fin_case_event (id BIGINT PRIMARY KEY, case_id BIGINT, kind VARCHAR(20), text VARCHAR(4000))")
        .update();
    db.sql(
            "INSERT INTO fin_alert VALUES (10, 1, 'FAN_OUT', 'fan-out:A'), (11, 2, 'FAN_OUT', 'fan-out:A')")
        .update();
    db.sql(
            "INSERT INTO fin_case_event VALUES (1, 1, 'ALERT', 'FAN_OUT fan-out:A: paid 12 accounts'),"
                + " (2, 1, 'NOTE', 'FAN_OUT fan-out:A: a note'), (3, 1, 'ALERT', 'STRUCTURING x: y')")
        .update();
    String sql =
        Files.readString(
            Path.of("src/main/resources/db/migration/finintel/V687_1__case_event_alert.sql"),
            StandardCharsets.UTF_8);
    for (String statement : sql.replaceAll("(?m)^--.*$", "").split(";")) {
      if (!statement.isBlank()) {
        db.sql(statement).update();
      }
    }
    assertThat(
            db.sql("SELECT alert_id FROM fin_case_event ORDER BY id")
                .query((rs, n) -> rs.getObject(1))
                .list())
        .containsExactly(10L, null, null);
  }
}
