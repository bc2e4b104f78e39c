package org.kuzet.finintel.internal.alerts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.Alert;
import org.kuzet.finintel.AlertId;
import org.kuzet.finintel.FinancialCaseId;
import org.kuzet.finintel.ImportId;
import org.kuzet.finintel.internal.ledger.Columns;
import org.kuzet.finintel.internal.ledger.TransactionStore;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.KuzetUser;
import org.kuzet.web.ListPage;
import org.kuzet.web.Paging;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SQL of the alert queue. Files findings: one row per alert, its evidence accounts and
 * transactions as links, its amount and period computed from the evidence; an alert already filed
 * (same agency, same engine id) is left as it is, with whatever triage it has had. Reads and
 * changes the queue for {@link Alerts}, which checks access and audits first.
 */
@Component
class AlertStore {

  private final JdbcTemplate jdbc;
  private final JdbcClient db;
  private final TransactionTemplate tx;
  private final TransactionStore store;
  private final Clock clock;

  AlertStore(
      JdbcTemplate jdbc,
      JdbcClient db,
      TransactionTemplate tx,
      TransactionStore store,
      Clock clock) {
    this.clock = clock;
    this.jdbc = jdbc;
    this.db = db;
    this.tx = tx;
    this.store = store;
  }

  long file(
      AgencyCode agency, ImportId importId, List<Alert> alerts, Map<AccountRef, Long> accountIds) {
    long added = 0;
    for (int from = 0; from < alerts.size(); from += 500) {
      List<Alert> chunk = alerts.subList(from, Math.min(alerts.size(), from + 500));
      Long n =
          tx.execute(
              s -> {
                long k = 0;
                for (Alert a : chunk) {
                  List<Long> accounts = new ArrayList<>();
                  for (AccountRef r : a.accounts()) {
                    Long id = accountIds.get(r);
                    if (id != null) {
                      accounts.add(id);
                    }
                  }
                  List<Long> txs = a.transactionIds().stream().map(Long::valueOf).toList();
                  AlertId alertId =
                      insert(
                          agency,
                          a.id(),
                          a.typology().name(),
                          a.score(),
                          a.reason(),
                          importId,
                          null,
                          null,
                          accounts,
                          txs);
                  if (alertId != null) {
                    k++;
                    if (!a.facts().kind().isEmpty()) {
                      jdbc.update(
                          "UPDATE fin_alert SET reason_facts = ? WHERE id = ?",
                          Columns.clip(ReasonWords.encode(a.facts()), 4000),
                          alertId.value());
                    }
                  }
                }
                return k;
              });
      added += n == null ? 0 : n;
    }
    return added;
  }

  /**
   * Inserts an alert unless the agency has one with this engine id; returns the new id, or null
   * when it was there already.
   */
  @Nullable AlertId insert(
      AgencyCode agency,
      String engineId,
      String typology,
      double score,
      String reason,
      @Nullable ImportId importId,
      @Nullable Long partyId,
      @Nullable String listVersions,
      List<Long> accountIds,
      List<Long> transactionIds) {
    long id = store.nextId();
    int n;
    try {
      n = insertRow(id, agency, engineId, typology, score, reason, importId, partyId, listVersions);
    } catch (DuplicateKeyException e) {
      // Screening after an import and screening on a list's activation may file the same hit at
      // the same moment; the second finds the first's row.
      return null;
    }
    if (n == 0) {
      return null;
    }
    jdbc.batchUpdate(
        "INSERT INTO fin_alert_account (alert_id, account_id) VALUES (?, ?)",
        accountIds.stream().distinct().map(a -> new Object[] {id, a}).toList());
    jdbc.batchUpdate(
        "INSERT INTO fin_alert_transaction (alert_id, transaction_id) VALUES (?, ?)",
        transactionIds.stream().distinct().map(t -> new Object[] {id, t}).toList());
    jdbc.update(
        """
        UPDATE fin_alert SET
          amount = (SELECT SUM(t.amount_paid) FROM fin_alert_transaction x
                    JOIN fin_transaction t ON t.id = x.transaction_id WHERE x.alert_id = ?),
          currency = (SELECT CASE WHEN COUNT(DISTINCT t.paid_currency) = 1 THEN MIN(t.paid_currency) END
                      FROM fin_alert_transaction x JOIN fin_transaction t ON t.id = x.transaction_id
                      WHERE x.alert_id = ?),
          first_at = (SELECT MIN(t.at) FROM fin_alert_transaction x
                      JOIN fin_transaction t ON t.id = x.transaction_id WHERE x.alert_id = ?),
          last_at = (SELECT MAX(t.at) FROM fin_alert_transaction x
                     JOIN fin_transaction t ON t.id = x.transaction_id WHERE x.alert_id = ?)
        WHERE id = ?""",
        id,
        id,
        id,
        id,
        id);
    return new AlertId(id);
  }

  private int insertRow(
      long id,
      AgencyCode agency,
      String engineId,
      String typology,
      double score,
      String reason,
      @Nullable ImportId importId,
      @Nullable Long partyId,
      @Nullable String listVersions) {
    return jdbc.update(
        """
            INSERT INTO fin_alert (id, agency_code, engine_id, typology, score, reason, status,
              created_at, import_id, party_id, list_versions)
            SELECT ?, ?, ?, ?, ?, ?, 'NEW', ?, ?, ?, ?
            WHERE NOT EXISTS (SELECT 1 FROM fin_alert WHERE agency_code = ? AND engine_id = ?)""",
        ps -> {
          ps.setLong(1, id);
          ps.setString(2, agency.value());
          ps.setString(3, engineId);
          ps.setString(4, typology);
          ps.setBigDecimal(5, BigDecimal.valueOf(score).setScale(4, RoundingMode.HALF_UP));
          ps.setString(6, Columns.clip(reason, 4000));
          ps.setObject(7, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
          if (importId == null) {
            ps.setNull(8, Types.BIGINT);
          } else {
            ps.setLong(8, importId.value());
          }
          if (partyId == null) {
            ps.setNull(9, Types.BIGINT);
          } else {
            ps.setLong(9, partyId);
          }
          TransactionStore.setNullable(ps, 10, listVersions);
          ps.setString(11, agency.value());
          ps.setString(12, engineId);
        });
  }

  // ---- the queue and its triage ----------------------------------------------------------------

  /** The API's fields to sort the queue by, and their columns; the first is the default. */
  static final Map<String, String> SORTS =
      Map.of(
          "score",
          "score",
          "lastAt",
          "last_at",
          "amount",
          "amount",
          "createdAt",
          "created_at",
          "id",
          "id");

  /**
   * One page of the queue as the workbench shows it, best first; one row more tells if there are
   * more.
   */
  List<AlertRow> queue(KuzetUser user, AlertFilter f) {
    List<Object> params = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT * FROM fin_alert").append(where(user, f, params));
    sql.append(" ORDER BY score DESC, id LIMIT ? OFFSET ?");
    params.add(AlertFilter.PAGE_SIZE + 1);
    params.add((long) f.page() * AlertFilter.PAGE_SIZE);
    return db.sql(sql.toString()).params(params).query(AlertStore::row).list();
  }

  /** One page of the queue in the API's size and order, with the count of the whole list. */
  ListPage<AlertRow> list(KuzetUser user, AlertFilter f, Paging paging) {
    List<Object> params = new ArrayList<>();
    String where = where(user, f, params);
    long total =
        db.sql(Paging.countUpToLimit(" FROM fin_alert" + where))
            .params(params)
            .query(Long.class)
            .single();
    List<AlertRow> rows =
        db.sql("SELECT * FROM fin_alert" + where + paging.orderBy(SORTS, "id") + paging.limit())
            .params(params)
            .query(AlertStore::row)
            .list();
    return new ListPage<>(rows, paging, total);
  }

  /** The WHERE clause of the queue's filter, its values added to {@code params}. */
  private static String where(KuzetUser user, AlertFilter f, List<Object> params) {
    StringBuilder sql = new StringBuilder(" WHERE agency_code = ?");
    params.add(user.agency().value());
    switch (f.status()) {
      case "open" -> sql.append(" AND status IN ('NEW', 'ASSIGNED')");
      case "all" -> {}
      default -> {
        sql.append(" AND status = ?");
        params.add(f.status().toUpperCase(Locale.ROOT));
      }
    }
    if (f.typology() != null) {
      sql.append(" AND typology = ?");
      params.add(f.typology());
    }
    if (f.minScore() != null) {
      sql.append(" AND score >= ?");
      params.add(BigDecimal.valueOf(f.minScore()));
    }
    if (f.from() != null) {
      sql.append(" AND last_at >= ?");
      params.add(f.from().atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    if (f.to() != null) {
      sql.append(" AND first_at < ?");
      params.add(f.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    if (f.minAmount() != null) {
      sql.append(" AND amount >= ?");
      params.add(f.minAmount());
    }
    if (f.importId() != null) {
      sql.append(" AND import_id = ?");
      params.add(f.importId().value());
    }
    if (f.assignee() != null) {
      switch (assigneeKeyword(f.assignee())) {
        case "none" -> sql.append(" AND assignee IS NULL");
        case "me" -> {
          sql.append(" AND assignee = ?");
          params.add(user.username());
        }
        default -> {
          sql.append(" AND assignee = ?");
          params.add(f.assignee());
        }
      }
    }
    return sql.toString();
  }

  /** The assignee filter's words for "me" and "nobody", in each language the queue is read in. */
  private static final Set<String> ME = Set.of("me", "я", "мен");

  private static final Set<String> NONE = Set.of("none", "никто", "нет", "ешкім", "жоқ");

  /**
   * The assignee filter as typed: "me" or "none" when it is one of their words in English, Russian
   * or Kazakh (any case), otherwise the user name itself.
   */
  static String assigneeKeyword(String typed) {
    String word = typed.strip().toLowerCase(Locale.ROOT);
    return ME.contains(word) ? "me" : NONE.contains(word) ? "none" : typed;
  }

  /** Open alerts assigned to the user, best first. */
  List<AlertRow> assignedTo(KuzetUser user, int limit) {
    return db.sql(
            "SELECT * FROM fin_alert WHERE agency_code = ? AND assignee = ?"
                + " AND status IN ('NEW', 'ASSIGNED') ORDER BY score DESC, id LIMIT ?")
        .params(user.agency().value(), user.username(), limit)
        .query(AlertStore::row)
        .list();
  }

  Optional<AlertRow> find(AlertId id) {
    return db.sql("SELECT * FROM fin_alert WHERE id = ?")
        .param(id.value())
        .query(AlertStore::row)
        .optional();
  }

  /** The alerts escalated into a case, best first. */
  List<AlertRow> ofCase(FinancialCaseId caseId) {
    return db.sql("SELECT * FROM fin_alert WHERE case_id = ? ORDER BY score DESC, id")
        .param(caseId.value())
        .query(AlertStore::row)
        .list();
  }

  List<Alerts.Comment> history(AlertId id) {
    return db.sql(
            "SELECT at, author, kind, text FROM fin_alert_comment WHERE alert_id = ? ORDER BY at, id")
        .param(id.value())
        .query(
            (rs, n) ->
                new Alerts.Comment(
                    rs.getObject(1, OffsetDateTime.class),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4)))
        .list();
  }

  List<Long> evidenceTransactionIds(AlertId alertId) {
    return db.sql(
            "SELECT transaction_id FROM fin_alert_transaction WHERE alert_id = ? ORDER BY transaction_id")
        .param(alertId.value())
        .query(Long.class)
        .list();
  }

  List<Long> evidenceAccountIds(AlertId alertId) {
    return db.sql("SELECT account_id FROM fin_alert_account WHERE alert_id = ? ORDER BY account_id")
        .param(alertId.value())
        .query(Long.class)
        .list();
  }

  void assign(AlertId id, String assignee) {
    db.sql("UPDATE fin_alert SET assignee = ?, status = 'ASSIGNED' WHERE id = ?")
        .params(assignee, id.value())
        .update();
  }

  void dismiss(AlertId id, String reason) {
    db.sql("UPDATE fin_alert SET status = 'DISMISSED', dismiss_reason = ? WHERE id = ?")
        .params(Columns.clip(reason, 2000), id.value())
        .update();
  }

  void escalate(AlertId id, FinancialCaseId caseId) {
    db.sql("UPDATE fin_alert SET status = 'ESCALATED', case_id = ? WHERE id = ?")
        .params(caseId.value(), id.value())
        .update();
  }

  /** A line of the alert's history. */
  void note(AlertId id, String author, String kind, String text) {
    db.sql(
            "INSERT INTO fin_alert_comment (alert_id, at, author, kind, text) VALUES (?, ?, ?, ?, ?)")
        .params(id.value(), Columns.now(clock), author, kind, Columns.clip(text, 4000))
        .update();
  }

  static AlertRow row(ResultSet rs, int n) throws SQLException {
    return new AlertRow(
        new AlertId(rs.getLong("id")),
        AgencyCode.of(rs.getString("agency_code")),
        rs.getString("engine_id"),
        rs.getString("typology"),
        rs.getBigDecimal("score"),
        rs.getString("reason"),
        rs.getString("status"),
        rs.getString("assignee"),
        rs.getBigDecimal("amount"),
        rs.getString("currency"),
        rs.getObject("first_at", OffsetDateTime.class),
        rs.getObject("last_at", OffsetDateTime.class),
        rs.getObject("created_at", OffsetDateTime.class),
        nullableId(rs, "import_id", ImportId::new),
        nullableLong(rs, "party_id"),
        rs.getString("list_versions"),
        rs.getString("dismiss_reason"),
        nullableId(rs, "case_id", FinancialCaseId::new),
        rs.getString("reason_facts"));
  }

  private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }

  private static <T> @Nullable T nullableId(ResultSet rs, String column, LongFunction<T> id)
      throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : id.apply(v);
  }
}
