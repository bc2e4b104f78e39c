package org.kuzet.finintel.internal.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.io.RowError;
import org.kuzet.engine.finintel.io.TransactionFormat;
import org.kuzet.finintel.ImportId;
import org.kuzet.finintel.internal.ledger.Columns;
import org.kuzet.finintel.internal.ledger.TransactionStore;
import org.kuzet.identity.AgencyCode;
import org.kuzet.web.ListPage;
import org.kuzet.web.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of imports: the import's row through its phases, its rejected rows, and reading them
 * back. Rows read here carry the stored counts; {@link Imports} adds the live progress of a running
 * import, checks access and audits.
 */
@Component
class ImportStore {

  private final JdbcClient db;
  private final TransactionStore ids;
  private final Clock clock;

  ImportStore(JdbcClient db, TransactionStore ids, Clock clock) {
    this.db = db;
    this.ids = ids;
    this.clock = clock;
  }

  ImportId create(
      AgencyCode agency,
      String by,
      String fileName,
      String hash,
      TransactionFormat format,
      long bytes,
      boolean illustrative) {
    long id = ids.nextId();
    db.sql(
            """
            INSERT INTO fin_import (id, agency_code, imported_by, file_name, file_hash, format,
              status, bytes_total, illustrative, started_at)
            VALUES (?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?, ?)""")
        .params(
            id,
            agency.value(),
            by,
            fileName,
            hash,
            format.name(),
            bytes,
            illustrative,
            Columns.now(clock))
        .update();
    return new ImportId(id);
  }

  Optional<AgencyCode> agencyOf(ImportId id) {
    return db.sql("SELECT agency_code FROM fin_import WHERE id = ?")
        .param(id.value())
        .query(String.class)
        .optional()
        .map(AgencyCode::of);
  }

  String fileHash(ImportId id) {
    return db.sql("SELECT file_hash FROM fin_import WHERE id = ?")
        .param(id.value())
        .query(String.class)
        .single();
  }

  /** The agency's earliest finished import of the same file, other than {@code id}. */
  Optional<ImportId> earlierDone(AgencyCode agency, String hash, ImportId id) {
    return db.sql(
            "SELECT MIN(id) FROM fin_import WHERE agency_code = ? AND file_hash = ?"
                + " AND status = 'DONE' AND id <> ?")
        .params(agency.value(), hash, id.value())
        .query(Long.class)
        .optional()
        .map(ImportId::new);
  }

  void markDuplicate(ImportId id, ImportId of) {
    db.sql(
            "UPDATE fin_import SET status = 'DUPLICATE', duplicate_of = ?, finished_at = ? WHERE id = ?")
        .params(of.value(), Columns.now(clock), id.value())
        .update();
  }

  void setStatus(ImportId id, String status) {
    db.sql("UPDATE fin_import SET status = ? WHERE id = ?").params(status, id.value()).update();
  }

  void counts(ImportId id, long read, long added, long rejected, long newParties) {
    db.sql(
            "UPDATE fin_import SET rows_read = ?, rows_added = ?, rows_rejected = ?,"
                + " parties_added = ? WHERE id = ?")
        .params(read, added, rejected, newParties, id.value())
        .update();
  }

  void done(ImportId id, long alerts) {
    db.sql("UPDATE fin_import SET status = 'DONE', alerts_added = ?, finished_at = ? WHERE id = ?")
        .params(alerts, Columns.now(clock), id.value())
        .update();
  }

  void failed(ImportId id, String message, String code, String args) {
    db.sql(
            "UPDATE fin_import SET status = 'FAILED', message = ?, message_code = ?, message_args = ?, finished_at = ?"
                + " WHERE id = ?")
        .params(message, code, args, Columns.now(clock), id.value())
        .update();
  }

  /** Marks every import still running as failed with {@code message}; returns how many. */
  int failRunning(String message, String code) {
    return db.sql(
            """
            UPDATE fin_import SET status = 'FAILED', message = ?, message_code = ?, message_args = '', finished_at = ?
            WHERE status IN ('QUEUED', 'IMPORTING', 'DETECTING', 'SCREENING')""")
        .params(message, code, Columns.now(clock))
        .update();
  }

  void rejectRow(ImportId id, RowError e) {
    db.sql(
            "INSERT INTO fin_import_error (import_id, line_no, code, field, found, reason) VALUES (?, ?, ?, ?, ?, ?)")
        .params(
            Arrays.asList(
                id.value(),
                e.line(),
                e.code().name(),
                clipOrNull(e.field(), 200),
                clipOrNull(e.value(), 200),
                Columns.clip(e.reason(), 1000)))
        .update();
  }

  private static @Nullable String clipOrNull(@Nullable String s, int max) {
    return s == null ? null : Columns.clip(s, max);
  }

  // ---- reading -------------------------------------------------------------------------------

  Optional<Imports.ImportView> find(ImportId id) {
    return db.sql("SELECT * FROM fin_import WHERE id = ?")
        .param(id.value())
        .query(ImportStore::view)
        .optional();
  }

  List<Imports.ImportView> list(AgencyCode agency, int limit) {
    return db.sql(
            "SELECT * FROM fin_import WHERE agency_code = ? ORDER BY started_at DESC, id DESC LIMIT ?")
        .params(agency.value(), limit)
        .query(ImportStore::view)
        .list();
  }

  /** The API's fields to sort imports by, and their columns. */
  static final Map<String, String> SORTS = Map.of("startedAt", "started_at", "id", "id");

  ListPage<Imports.ImportView> page(AgencyCode agency, Paging paging) {
    long total =
        db.sql(Paging.countUpToLimit(" FROM fin_import WHERE agency_code = ?"))
            .param(agency.value())
            .query(Long.class)
            .single();
    var rows =
        db.sql(
                "SELECT * FROM fin_import WHERE agency_code = ?"
                    + paging.orderBy(SORTS, "id")
                    + paging.limit())
            .param(agency.value())
            .query(ImportStore::view)
            .list();
    return new ListPage<>(rows, paging, total);
  }

  ListPage<Imports.ImportError> errors(ImportId id, Paging paging) {
    long total =
        db.sql(Paging.countUpToLimit(" FROM fin_import_error WHERE import_id = ?"))
            .param(id.value())
            .query(Long.class)
            .single();
    var rows =
        db.sql(
                "SELECT line_no, code, field, found, reason FROM fin_import_error WHERE import_id = ?"
                    + paging.orderBy(Map.of("line", "line_no"), "id")
                    + paging.limit())
            .param(id.value())
            .query(ImportStore::importError)
            .list();
    return new ListPage<>(rows, paging, total);
  }

  List<Imports.ImportError> errors(ImportId id) {
    return db.sql(
            "SELECT line_no, code, field, found, reason FROM fin_import_error WHERE import_id = ? ORDER BY line_no, id")
        .param(id.value())
        .query(ImportStore::importError)
        .list();
  }

  private static Imports.ImportError importError(ResultSet rs, int n) throws SQLException {
    return new Imports.ImportError(
        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
  }

  /** The import as stored: its phase is its status, and a finished one is at 100 %. */
  private static Imports.ImportView view(ResultSet rs, int n) throws SQLException {
    long dup = rs.getLong("duplicate_of");
    ImportId duplicateOf = rs.wasNull() ? null : new ImportId(dup);
    String status = rs.getString("status");
    boolean done = status.equals("DONE") || status.equals("DUPLICATE");
    return new Imports.ImportView(
        new ImportId(rs.getLong("id")),
        AgencyCode.of(rs.getString("agency_code")),
        rs.getString("imported_by"),
        rs.getString("file_name"),
        rs.getString("format"),
        status,
        rs.getLong("bytes_total"),
        rs.getLong("rows_read"),
        rs.getLong("rows_added"),
        rs.getLong("rows_rejected"),
        rs.getLong("alerts_added"),
        rs.getLong("parties_added"),
        duplicateOf,
        rs.getString("message"),
        rs.getBoolean("illustrative"),
        rs.getObject("started_at", OffsetDateTime.class),
        rs.getObject("finished_at", OffsetDateTime.class),
        status,
        done ? 100 : 0,
        rs.getString("time_zone"),
        rs.getString("message_code"),
        FailureCodes.args(rs.getString("message_args")));
  }
}
