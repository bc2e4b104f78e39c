package org.kuzet.finintel.internal.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kuzet.finintel.AlertId;
import org.kuzet.finintel.FinancialCaseId;
import org.kuzet.finintel.internal.ledger.Columns;
import org.kuzet.finintel.internal.ledger.TransactionStore;
import org.kuzet.identity.AgencyCode;
import org.kuzet.web.ListPage;
import org.kuzet.web.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of case files: the case, its subjects, transactions, attachments and timeline. {@link
 * FinancialCases} checks access and audits before calling any of it.
 */
@Component
class CaseStore {

  private final JdbcClient db;
  private final TransactionStore ids;
  private final Clock clock;

  CaseStore(JdbcClient db, TransactionStore ids, Clock clock) {
    this.db = db;
    this.ids = ids;
    this.clock = clock;
  }

  FinancialCaseId create(AgencyCode agency, String title, String createdBy, boolean illustrative) {
    long id = ids.nextId();
    db.sql(
            "INSERT INTO fin_case (id, agency_code, title, status, created_by, created_at, illustrative)"
                + " VALUES (?, ?, ?, 'OPEN', ?, ?, ?)")
        .params(id, agency.value(), title, createdBy, Columns.now(clock), illustrative)
        .update();
    return new FinancialCaseId(id);
  }

  Optional<FinancialCases.CaseRow> find(FinancialCaseId id) {
    return db.sql("SELECT * FROM fin_case WHERE id = ?")
        .param(id.value())
        .query(
            (rs, n) ->
                new FinancialCases.CaseRow(
                    new FinancialCaseId(rs.getLong("id")),
                    AgencyCode.of(rs.getString("agency_code")),
                    rs.getString("title"),
                    rs.getString("status"),
                    rs.getString("created_by"),
                    rs.getObject("created_at", OffsetDateTime.class),
                    rs.getBoolean("illustrative")))
        .optional();
  }

  List<FinancialCases.CaseSummary> list(
      AgencyCode agency, String user, boolean mineOnly, int limit) {
    return db.sql(
            """
            SELECT c.id, c.title, c.status, c.created_by, c.created_at, c.illustrative,
              (SELECT COUNT(*) FROM fin_alert a WHERE a.case_id = c.id),
              (SELECT COUNT(*) FROM fin_case_transaction x WHERE x.case_id = c.id)
            FROM fin_case c WHERE c.agency_code = ? AND (? = FALSE OR c.created_by = ?)
            ORDER BY c.created_at DESC, c.id DESC LIMIT ?""")
        .params(agency.value(), mineOnly, user, limit)
        .query(CaseStore::summary)
        .list();
  }

  ListPage<FinancialCases.CaseSummary> page(
      AgencyCode agency, String user, boolean mineOnly, Paging paging) {
    String where = " FROM fin_case c WHERE c.agency_code = ? AND (? = FALSE OR c.created_by = ?)";
    long total =
        db.sql(Paging.countUpToLimit(where))
            .params(agency.value(), mineOnly, user)
            .query(Long.class)
            .single();
    var rows =
        db.sql(
                """
            SELECT c.id, c.title, c.status, c.created_by, c.created_at, c.illustrative,
              (SELECT COUNT(*) FROM fin_alert a WHERE a.case_id = c.id),
              (SELECT COUNT(*) FROM fin_case_transaction x WHERE x.case_id = c.id)"""
                    + where
                    + paging.orderBy(Map.of("createdAt", "c.created_at", "id", "c.id"), "c.id")
                    + paging.limit())
            .params(agency.value(), mineOnly, user)
            .query(CaseStore::summary)
            .list();
    return new ListPage<>(rows, paging, total);
  }

  private static FinancialCases.CaseSummary summary(ResultSet rs, int n) throws SQLException {
    return new FinancialCases.CaseSummary(
        new FinancialCaseId(rs.getLong(1)),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getObject(5, OffsetDateTime.class),
        rs.getLong(7),
        rs.getLong(8),
        rs.getBoolean(6));
  }

  /** Adds the account as a subject, and its holder, once each. */
  void addAccountSubject(FinancialCaseId caseId, long accountId) {
    db.sql(
            "INSERT INTO fin_case_subject (case_id, account_id) SELECT ?, ? WHERE NOT EXISTS"
                + " (SELECT 1 FROM fin_case_subject WHERE case_id = ? AND account_id = ?)")
        .params(caseId.value(), accountId, caseId.value(), accountId)
        .update();
    Long holder =
        db.sql("SELECT holder_party_id FROM fin_account WHERE id = ?")
            .param(accountId)
            .query(Long.class)
            .optional()
            .orElse(null);
    if (holder != null) {
      addPartySubject(caseId, holder);
    }
  }

  void addPartySubject(FinancialCaseId caseId, long partyId) {
    db.sql(
            "INSERT INTO fin_case_subject (case_id, party_id) SELECT ?, ? WHERE NOT EXISTS"
                + " (SELECT 1 FROM fin_case_subject WHERE case_id = ? AND party_id = ?)")
        .params(caseId.value(), partyId, caseId.value(), partyId)
        .update();
  }

  void addTransactions(FinancialCaseId caseId, List<Long> transactions) {
    for (long t : new LinkedHashSet<>(transactions)) {
      db.sql(
              "INSERT INTO fin_case_transaction (case_id, transaction_id) SELECT ?, ? WHERE NOT EXISTS"
                  + " (SELECT 1 FROM fin_case_transaction WHERE case_id = ? AND transaction_id = ?)")
          .params(caseId.value(), t, caseId.value(), t)
          .update();
    }
  }

  List<Long> subjectAccounts(FinancialCaseId caseId) {
    return db.sql(
            "SELECT account_id FROM fin_case_subject WHERE case_id = ? AND account_id IS NOT NULL ORDER BY account_id")
        .param(caseId.value())
        .query(Long.class)
        .list();
  }

  List<Long> subjectParties(FinancialCaseId caseId) {
    return db.sql(
            "SELECT party_id FROM fin_case_subject WHERE case_id = ? AND party_id IS NOT NULL ORDER BY party_id")
        .param(caseId.value())
        .query(Long.class)
        .list();
  }

  List<Long> transactionIds(FinancialCaseId caseId) {
    return db.sql(
            "SELECT transaction_id FROM fin_case_transaction WHERE case_id = ? ORDER BY transaction_id")
        .param(caseId.value())
        .query(Long.class)
        .list();
  }

  void setStatus(FinancialCaseId caseId, String status) {
    db.sql("UPDATE fin_case SET status = ? WHERE id = ?").params(status, caseId.value()).update();
  }

  long attach(
      FinancialCaseId caseId,
      String fileName,
      String contentType,
      byte[] content,
      String uploadedBy) {
    long id = ids.nextId();
    db.sql(
            "INSERT INTO fin_case_attachment (id, case_id, file_name, content_type, size_bytes, content,"
                + " uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            caseId.value(),
            fileName,
            contentType,
            content.length,
            content,
            uploadedBy,
            Columns.now(clock))
        .update();
    return id;
  }

  List<FinancialCases.Attachment> attachments(FinancialCaseId caseId) {
    return db.sql(
            "SELECT id, file_name, content_type, size_bytes, uploaded_by, uploaded_at"
                + " FROM fin_case_attachment WHERE case_id = ? ORDER BY uploaded_at, id")
        .param(caseId.value())
        .query(
            (rs, n) ->
                new FinancialCases.Attachment(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getLong(4),
                    rs.getString(5),
                    rs.getObject(6, OffsetDateTime.class)))
        .list();
  }

  Optional<FinancialCases.AttachmentContent> attachment(FinancialCaseId caseId, long attachmentId) {
    return db.sql(
            "SELECT file_name, content_type, content FROM fin_case_attachment WHERE id = ? AND case_id = ?")
        .params(attachmentId, caseId.value())
        .query(
            (rs, n) ->
                new FinancialCases.AttachmentContent(
                    rs.getString(1), rs.getString(2), rs.getBytes(3)))
        .optional();
  }

  List<FinancialCases.Event> timeline(FinancialCaseId caseId) {
    return db.sql(
            """
            SELECT e.at, e.actor, e.kind, e.text, a.id, a.typology, a.engine_id, a.reason, a.reason_facts
            FROM fin_case_event e LEFT JOIN fin_alert a ON a.id = e.alert_id
            WHERE e.case_id = ? ORDER BY e.at, e.id""")
        .param(caseId.value())
        .query(
            (rs, n) -> {
              long alertId = rs.getLong(5);
              FinancialCases.EventAlert alert =
                  rs.wasNull()
                      ? null
                      : new FinancialCases.EventAlert(
                          new AlertId(alertId),
                          rs.getString(6),
                          rs.getString(7),
                          rs.getString(8),
                          rs.getString(9));
              return new FinancialCases.Event(
                  rs.getObject(1, OffsetDateTime.class),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  alert);
            })
        .list();
  }

  void event(
      FinancialCaseId caseId, String actor, String kind, String text, @Nullable AlertId alertId) {
    db.sql(
            "INSERT INTO fin_case_event (case_id, at, actor, kind, text, alert_id) VALUES (?, ?, ?, ?, ?, ?)")
        .params(
            Arrays.asList(
                caseId.value(),
                Columns.now(clock),
                actor,
                kind,
                Columns.clip(text, 4000),
                alertId == null ? null : alertId.value()))
        .update();
  }
}
