package org.kuzet.watchlist.internal;

import static org.kuzet.watchlist.internal.ListVersions.instant;
import static org.kuzet.watchlist.internal.ListVersions.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The wl_batch and wl_batch_error tables. */
@Repository
class Batches {

  enum Status {
    RUNNING,
    DONE,
    FAILED
  }

  record BatchRow(
      long id,
      long ownerAccountId,
      String ownerUsername,
      AgencyCode ownerAgency,
      String fileName,
      Status status,
      int totalRows,
      int doneRows,
      int hitRows,
      int errorRows,
      @Nullable String listVersions,
      @Nullable String failure,
      Instant createdAt,
      @Nullable Instant finishedAt) {

    public int percent() {
      return totalRows == 0 ? 100 : (int) (100L * doneRows / totalRows);
    }

    public boolean running() {
      return status == Status.RUNNING;
    }

    public boolean done() {
      return status == Status.DONE;
    }
  }

  private static final String COLUMNS =
      "id, owner_account_id, owner_username, owner_agency, file_name, status, total_rows,"
          + " done_rows, hit_rows, error_rows, list_versions, failure, created_at, finished_at";

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  Batches(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  long create(
      long ownerAccountId,
      String ownerUsername,
      AgencyCode agency,
      String fileName,
      int totalRows,
      Instant at) {
    long id = jdbc.sql("SELECT nextval('kuzet_seq')").query(Long.class).single();
    jdbc.sql(
            """
            INSERT INTO wl_batch (id, owner_account_id, owner_username, owner_agency, file_name,
              status, total_rows, done_rows, hit_rows, error_rows, created_at)
            VALUES (?, ?, ?, ?, ?, 'RUNNING', ?, 0, 0, 0, ?)""")
        .params(id, ownerAccountId, ownerUsername, agency.value(), fileName, totalRows, utc(at))
        .update();
    return id;
  }

  Optional<BatchRow> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM wl_batch WHERE id = ?")
        .param(id)
        .query(this::row)
        .optional();
  }

  List<BatchRow> ownedBy(long accountId, int limit) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM wl_batch WHERE owner_account_id = ? ORDER BY id DESC FETCH FIRST ? ROWS ONLY")
        .params(accountId, limit)
        .query(this::row)
        .list();
  }

  void progress(long id, int done, int hits, int errors) {
    jdbc.sql("UPDATE wl_batch SET done_rows = ?, hit_rows = ?, error_rows = ? WHERE id = ?")
        .params(done, hits, errors, id)
        .update();
  }

  void finish(
      long id, int done, int hits, int errors, String listVersions, byte[] resultCsv, Instant at) {
    jdbc.sql(
            """
            UPDATE wl_batch SET status = 'DONE', done_rows = ?, hit_rows = ?, error_rows = ?,
              list_versions = ?, result_csv = ?, finished_at = ?
            WHERE id = ?""")
        .params(done, hits, errors, clip(listVersions, 2000), resultCsv, utc(at), id)
        .update();
  }

  void fail(long id, String reason, Instant at) {
    jdbc.sql("UPDATE wl_batch SET status = 'FAILED', failure = ?, finished_at = ? WHERE id = ?")
        .params(clip(reason, 1000), utc(at), id)
        .update();
  }

  int failRunning(String reason, Instant at) {
    return jdbc.sql(
            "UPDATE wl_batch SET status = 'FAILED', failure = ?, finished_at = ? WHERE status = 'RUNNING'")
        .params(reason, utc(at))
        .update();
  }

  void insertErrors(long id, List<BatchFile.RowError> errors) {
    List<Object[]> rows =
        errors.stream()
            .map(
                e ->
                    new Object[] {
                      id, (int) e.line(), clip(e.message(), 500), e.code(), storedArgs(e.args())
                    })
            .toList();
    for (int from = 0; from < rows.size(); from += 500) {
      batch.batchUpdate(
          "INSERT INTO wl_batch_error (batch_id, line, message, code, args) VALUES (?, ?, ?, ?, ?)",
          rows.subList(from, Math.min(rows.size(), from + 500)));
    }
  }

  List<BatchFile.RowError> errors(long id, int limit) {
    return jdbc.sql(
            "SELECT line, message, code, args FROM wl_batch_error WHERE batch_id = ? ORDER BY line FETCH FIRST ? ROWS ONLY")
        .params(id, limit)
        .query(
            (rs, n) ->
                rowError(
                    rs.getInt("line"),
                    rs.getString("message"),
                    rs.getString("code"),
                    rs.getString("args")))
        .list();
  }

  private static final String SEPARATOR = "\u001F";

  /** The arguments in one column, separated by the unit separator; null when there are none. */
  static @Nullable String storedArgs(List<String> args) {
    if (args.isEmpty()) {
      return null;
    }
    String joined =
        String.join(SEPARATOR, args.stream().map(a -> a.replace(SEPARATOR, " ")).toList());
    return joined.length() <= 300 ? joined : null;
  }

  /** A stored error; one whose code or arguments do not read shows its message. */
  static BatchFile.RowError rowError(
      long line, String message, @Nullable String code, @Nullable String args) {
    List<String> list = args == null ? List.of() : List.of(args.split(SEPARATOR, -1));
    BatchFile.Problem problem = null;
    if (code != null) {
      try {
        problem = BatchFile.Problem.valueOf(code);
      } catch (IllegalArgumentException e) {
        problem = null;
      }
    }
    if (problem != null && list.size() != arity(problem)) {
      problem = null;
    }
    return new BatchFile.RowError(line, "", problem, problem == null ? List.of() : list, message);
  }

  private static int arity(BatchFile.Problem problem) {
    return switch (problem) {
      case FIELD_COUNT -> 2;
      case ID_EMPTY, NAME_EMPTY -> 0;
      case NAME_TOO_LONG, BIRTH_DATE -> 1;
    };
  }

  byte @Nullable [] result(long id) {
    return jdbc.sql("SELECT result_csv FROM wl_batch WHERE id = ?")
        .param(id)
        .query((rs, n) -> rs.getBytes(1))
        .optional()
        .orElse(null);
  }

  private BatchRow row(ResultSet rs, int n) throws SQLException {
    return new BatchRow(
        rs.getLong("id"),
        rs.getLong("owner_account_id"),
        rs.getString("owner_username"),
        AgencyCode.of(rs.getString("owner_agency")),
        rs.getString("file_name"),
        Status.valueOf(rs.getString("status")),
        rs.getInt("total_rows"),
        rs.getInt("done_rows"),
        rs.getInt("hit_rows"),
        rs.getInt("error_rows"),
        rs.getString("list_versions"),
        rs.getString("failure"),
        instant(rs, "created_at"),
        rs.getObject("finished_at") == null ? null : instant(rs, "finished_at"));
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
