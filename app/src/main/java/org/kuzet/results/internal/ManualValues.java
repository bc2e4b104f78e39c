package org.kuzet.results.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Values entered by hand for indicators no module records, with their review. */
@Repository
public class ManualValues {

  public enum Status {
    PENDING,
    APPROVED,
    REJECTED
  }

  record ManualValue(
      long id,
      long indicatorId,
      int fiscalYear,
      BigDecimal amount,
      @Nullable String note,
      Status status,
      String enteredBy,
      Instant enteredAt,
      @Nullable String reviewedBy,
      @Nullable Instant reviewedAt,
      @Nullable String reviewNote,
      boolean illustrative) {}

  private final JdbcClient jdbc;

  ManualValues(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(
      long indicatorId,
      int fiscalYear,
      BigDecimal amount,
      @Nullable String note,
      String by,
      Instant at,
      boolean illustrative) {
    long id = jdbc.sql("SELECT nextval('kuzet_seq')").query(Long.class).single();
    jdbc.sql(
            """
            INSERT INTO res_manual_value (id, indicator_id, fiscal_year, amount, note, status, entered_by, entered_at, illustrative)
            VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)""")
        .params(
            Arrays.asList(
                id,
                indicatorId,
                fiscalYear,
                amount,
                note,
                by,
                at.atOffset(ZoneOffset.UTC),
                illustrative))
        .update();
    return id;
  }

  Optional<ManualValue> find(long id) {
    return jdbc.sql("SELECT * FROM res_manual_value WHERE id = ?")
        .param(id)
        .query(this::row)
        .optional();
  }

  List<ManualValue> ofIndicator(long indicatorId) {
    return jdbc.sql(
            "SELECT * FROM res_manual_value WHERE indicator_id = ? ORDER BY fiscal_year DESC, id DESC")
        .param(indicatorId)
        .query(this::row)
        .list();
  }

  List<ManualValue> pending() {
    return jdbc.sql(
            "SELECT * FROM res_manual_value WHERE status = 'PENDING' ORDER BY entered_at, id")
        .query(this::row)
        .list();
  }

  /** The actual of each fiscal year: its most recently approved value. */
  Map<Integer, BigDecimal> approved(long indicatorId) {
    var map = new TreeMap<Integer, BigDecimal>();
    jdbc.sql(
            "SELECT fiscal_year, amount FROM res_manual_value WHERE indicator_id = ? AND status = 'APPROVED'"
                + " ORDER BY reviewed_at, id")
        .param(indicatorId)
        .query(
            rs -> {
              map.put(rs.getInt(1), rs.getBigDecimal(2));
            });
    return map;
  }

  /** Decides a pending value; false when it was no longer pending (decided meanwhile). */
  public boolean review(long id, Status decision, String by, Instant at, @Nullable String note) {
    return jdbc.sql(
                "UPDATE res_manual_value SET status = ?, reviewed_by = ?, reviewed_at = ?, review_note = ?"
                    + " WHERE id = ? AND status = 'PENDING'")
            .params(Arrays.asList(decision.name(), by, at.atOffset(ZoneOffset.UTC), note, id))
            .update()
        == 1;
  }

  private ManualValue row(ResultSet rs, int n) throws SQLException {
    OffsetDateTime reviewed = rs.getObject("reviewed_at", OffsetDateTime.class);
    return new ManualValue(
        rs.getLong("id"),
        rs.getLong("indicator_id"),
        rs.getInt("fiscal_year"),
        rs.getBigDecimal("amount"),
        rs.getString("note"),
        Status.valueOf(rs.getString("status")),
        rs.getString("entered_by"),
        rs.getObject("entered_at", OffsetDateTime.class).toInstant(),
        rs.getString("reviewed_by"),
        reviewed == null ? null : reviewed.toInstant(),
        rs.getString("review_note"),
        rs.getBoolean("illustrative"));
  }
}
