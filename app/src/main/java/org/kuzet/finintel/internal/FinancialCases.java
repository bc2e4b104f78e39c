package org.kuzet.finintel.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.KuzetUser;
import org.kuzet.web.ListPage;
import org.kuzet.web.NotFound;
import org.kuzet.web.Paging;
import org.kuzet.web.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case files: subjects (accounts and parties), linked alerts and transactions, notes,
 * attachments and the timeline. Only financial investigators of the owning agency reach a case;
 * every view, change and export is audited.
 */
@Service
public class FinancialCases {

  /** Attachments are evidence notes and scans, not data dumps. */
  static final long MAX_ATTACHMENT_BYTES = 5L * 1024 * 1024;

  record CaseRow(
      long id, String agency, String title, String status, String createdBy,
      OffsetDateTime createdAt, boolean illustrative) {}

  record CaseSummary(long id, String title, String status, String createdBy,
      OffsetDateTime createdAt, long alerts, long transactions, boolean illustrative) {}

  /**
   * An entry of a case's history. {@code text} is what the entry says as stored (for an escalated
   * alert, its English sentence); {@code alert} is the escalated alert, whose typology and reason
   * facts pages word in the reader's language.
   */
  record Event(OffsetDateTime at, String actor, String kind, String text, @Nullable EventAlert alert) {}

  /** The alert an ALERT entry links: the facts its line is worded from. */
  record EventAlert(long id, String typology, String engineId, String reason, @Nullable String reasonFacts) {}

  record Attachment(long id, String fileName, String contentType, long size, String uploadedBy,
      OffsetDateTime uploadedAt) {}

  record AttachmentContent(String fileName, String contentType, byte[] content) {}

  private final JdbcClient db;
  private final AuditLog audit;
  private final TransactionStore store;
  private final Clock clock;

  FinancialCases(JdbcClient db, AuditLog audit, TransactionStore store, Clock clock) {
    this.clock = clock;
    this.db = db;
    this.audit = audit;
    this.store = store;
  }

  public @Transactional(noRollbackFor = FinintelAccess.OtherAgencyRecord.class)
  long create(KuzetUser user, String title, boolean illustrative) {
    FinintelAccess.requireInvestigator(user);
    String t = TransactionStore.clip(Alerts.requireText(title, "title"), 300);
    long id = store.nextId();
    db.sql(
            "INSERT INTO fin_case (id, agency_code, title, status, created_by, created_at, illustrative)"
                + " VALUES (?, ?, ?, 'OPEN', ?, ?, ?)")
        .params(id, user.agency().value(), t, user.username(), Imports.now(clock), illustrative)
        .update();
    event(user, id, "OPENED", t);
    audit.record("finintel.case.create", "fin_case", id, t);
    return id;
  }

  CaseRow get(KuzetUser user, long id) {
    FinintelAccess.requireInvestigator(user);
    CaseRow c =
        db.sql("SELECT * FROM fin_case WHERE id = ?")
            .param(id)
            .query(
                (rs, n) ->
                    new CaseRow(rs.getLong("id"), rs.getString("agency_code"), rs.getString("title"),
                        rs.getString("status"), rs.getString("created_by"),
                        rs.getObject("created_at", OffsetDateTime.class), rs.getBoolean("illustrative")))
            .optional()
            .orElseThrow(() -> new NotFound("case", id));
    FinintelAccess.requireOwner(user, c.agency(), audit, "case", id);
    return c;
  }

  /** Opening a case is audited: it gathers people's accounts and payments. */
  @Transactional(noRollbackFor = FinintelAccess.OtherAgencyRecord.class)
  CaseRow view(KuzetUser user, long id) {
    CaseRow c = get(user, id);
    audit.record("finintel.case.view", "fin_case", id, null);
    return c;
  }

  /**
   * The chart, its expansions and flow traces read people's accounts and payments for a case:
   * each is audited as a view of the case, saying what was read.
   */
  @Transactional(noRollbackFor = FinintelAccess.OtherAgencyRecord.class)
  CaseRow view(KuzetUser user, long id, String what) {
    CaseRow c = get(user, id);
    audit.record("finintel.case.view", "fin_case", id, TransactionStore.clip(what, 2000));
    return c;
  }

  List<CaseSummary> list(KuzetUser user, boolean mineOnly, int limit) {
    FinintelAccess.requireInvestigator(user);
    return db.sql(
            """
            SELECT c.id, c.title, c.status, c.created_by, c.created_at, c.illustrative,
              (SELECT COUNT(*) FROM fin_alert a WHERE a.case_id = c.id),
              (SELECT COUNT(*) FROM fin_case_transaction x WHERE x.case_id = c.id)
            FROM fin_case c WHERE c.agency_code = ? AND (? = FALSE OR c.created_by = ?)
            ORDER BY c.created_at DESC, c.id DESC LIMIT ?""")
        .params(user.agency().value(), mineOnly, user.username(), limit)
        .query(
            (rs, n) ->
                new CaseSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getObject(5, OffsetDateTime.class), rs.getLong(7), rs.getLong(8),
                    rs.getBoolean(6)))
        .list();
  }

  /** One page of the agency's cases (or the user's own), for the API, with their count. */
  ListPage<CaseSummary> page(KuzetUser user, boolean mineOnly, Paging paging) {
    FinintelAccess.requireInvestigator(user);
    String where = " FROM fin_case c WHERE c.agency_code = ? AND (? = FALSE OR c.created_by = ?)";
    long total = db.sql(Paging.countUpToLimit(where)).params(user.agency().value(), mineOnly, user.username())
        .query(Long.class).single();
    var rows = db.sql(
            """
            SELECT c.id, c.title, c.status, c.created_by, c.created_at, c.illustrative,
              (SELECT COUNT(*) FROM fin_alert a WHERE a.case_id = c.id),
              (SELECT COUNT(*) FROM fin_case_transaction x WHERE x.case_id = c.id)"""
                + where + paging.orderBy(Map.of("createdAt", "c.created_at", "id", "c.id"), "c.id") + paging.limit())
        .params(user.agency().value(), mineOnly, user.username())
        .query(
            (rs, n) ->
                new CaseSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getObject(5, OffsetDateTime.class), rs.getLong(7), rs.getLong(8),
                    rs.getBoolean(6)))
        .list();
    return new ListPage<>(rows, paging, total);
  }

  /** Links an escalated alert: its accounts become subjects, its evidence the case's transactions. */
  void attachAlert(KuzetUser user, long caseId, Alerts.AlertRow alert, List<Long> accounts,
      List<Long> transactions) {
    for (long a : accounts) {
      addAccountSubject(caseId, a);
    }
    if (alert.partyId() != null) {
      addPartySubject(caseId, alert.partyId());
    }
    addTransactions(caseId, transactions);
    event(user, caseId, "ALERT", alert.typology() + " " + alert.engineId() + ": " + alert.reason(), alert.id());
  }

  @Transactional(noRollbackFor = FinintelAccess.OtherAgencyRecord.class)
  void addAccount(KuzetUser user, long caseId, String bank, String account, Ledger ledger) {
    CaseRow c = get(user, caseId);
    long id =
        ledger.accountId(c.agency(), bank.strip(), account.strip())
            .orElseThrow(() -> Refusal.of("account", "fin.refusal.noAccount", bank + ":" + account));
    addAccountSubject(caseId, id);
    event(user, caseId, "SUBJECT", bank.strip() + ":" + account.strip());
    audit.record("finintel.case.subject", "fin_case", caseId, bank + ":" + account);
  }

  private void addAccountSubject(long caseId, long accountId) {
    db.sql(
            "INSERT INTO fin_case_subject (case_id, account_id) SELECT ?, ? WHERE NOT EXISTS"
                + " (SELECT 1 FROM fin_case_subject WHERE case_id = ? AND account_id = ?)")
        .params(caseId, accountId, caseId, accountId)
        .update();
    Long holder =
        db.sql("SELECT holder_party_id FROM fin_account WHERE id = ?").param(accountId).query(Long.class).optional().orElse(null);
    if (holder != null) {
      addPartySubject(caseId, holder);
    }
  }

  private void addPartySubject(long caseId, long partyId) {
    db.sql(
            "INSERT INTO fin_case_subject (case_id, party_id) SELECT ?, ? WHERE NOT EXISTS"
                + " (SELECT 1 FROM fin_case_subject WHERE case_id = ? AND party_id = ?)")
        .params(caseId, partyId, caseId, partyId)
        .update();
  }

  void addTransactions(long caseId, List<Long> transactions) {
    for (long t : new LinkedHashSet<>(transactions)) {
      db.sql(
              "INSERT INTO fin_case_transaction (case_id, transaction_id) SELECT ?, ? WHERE NOT EXISTS"
                  + " (SELECT 1 FROM fin_case_transaction WHERE case_id = ? AND transaction_id = ?)")
          .params(caseId, t, caseId, t)
          .update();
    }
  }

  List<Long> subjectAccounts(long caseId) {
    return db.sql("SELECT account_id FROM fin_case_subject WHERE case_id = ? AND account_id IS NOT NULL ORDER BY account_id")
        .param(caseId).query(Long.class).list();
  }

  List<Long> subjectParties(long caseId) {
    return db.sql("SELECT party_id FROM fin_case_subject WHERE case_id = ? AND party_id IS NOT NULL ORDER BY party_id")
        .param(caseId).query(Long.class).list();
  }

  List<Long> transactionIds(long caseId) {
    return db.sql("SELECT transaction_id FROM fin_case_transaction WHERE case_id = ? ORDER BY transaction_id")
        .param(caseId).query(Long.class).list();
  }

  List<Alerts.AlertRow> alerts(long caseId) {
    return db.sql("SELECT * FROM fin_alert WHERE case_id = ? ORDER BY score DESC, id")
        .param(caseId).query(Alerts::row).list();
  }

  @Transactional(noRollbackFor = FinintelAccess.OtherAgencyRecord.class)
  void note(KuzetUser user, long caseId, String text) {
    get(user, caseId);
    event(user, caseId, "NOTE", Alerts.requireText(text, "note"));
    audit.record("finintel.case.note", "fin_case", caseId, null);
  }

  @Transactional(noRollbackFor = FinintelAccess.OtherAgencyRecord.class)
  void setStatus(KuzetUser user, long caseId, String status) {
    get(user, caseId);
    if (!Set.of("OPEN", "CLOSED").contains(status)) {
      throw Refusal.of("status", "fin.refusal.status", status);
    }
    db.sql("UPDATE fin_case SET status = ? WHERE id = ?").params(status, caseId).update();
    event(user, caseId, "STATUS", status);
    audit.record("finintel.case.status", "fin_case", caseId, status);
  }

  @Transactional(noRollbackFor = FinintelAccess.OtherAgencyRecord.class)
  long attach(KuzetUser user, long caseId, String fileName, @Nullable String contentType, byte[] content) {
    get(user, caseId);
    if (content.length == 0) {
      throw Refusal.of("file", "error.upload.empty");
    }
    if (content.length > MAX_ATTACHMENT_BYTES) {
      throw Refusal.of(
          "file", "fin.refusal.attachmentTooLarge", String.valueOf(content.length), String.valueOf(MAX_ATTACHMENT_BYTES));
    }
    String name = TransactionStore.clip(fileName.replaceAll("[\\\\/]", "_").strip(), 255);
    long id = store.nextId();
    db.sql(
            "INSERT INTO fin_case_attachment (id, case_id, file_name, content_type, size_bytes, content,"
                + " uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(id, caseId, name.isEmpty() ? "attachment" : name,
            contentType == null || contentType.isBlank() ? "application/octet-stream" : TransactionStore.clip(contentType, 100),
            content.length, content, user.username(), Imports.now(clock))
        .update();
    event(user, caseId, "ATTACHMENT", name);
    audit.record("finintel.case.attach", "fin_case", caseId, name);
    return id;
  }

  List<Attachment> attachments(long caseId) {
    return db.sql("SELECT id, file_name, content_type, size_bytes, uploaded_by, uploaded_at"
            + " FROM fin_case_attachment WHERE case_id = ? ORDER BY uploaded_at, id")
        .param(caseId)
        .query((rs, n) -> new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
            rs.getString(5), rs.getObject(6, OffsetDateTime.class)))
        .list();
  }

  @Transactional(noRollbackFor = FinintelAccess.OtherAgencyRecord.class)
  AttachmentContent attachment(KuzetUser user, long caseId, long attachmentId) {
    get(user, caseId);
    AttachmentContent a =
        db.sql("SELECT file_name, content_type, content FROM fin_case_attachment WHERE id = ? AND case_id = ?")
            .params(attachmentId, caseId)
            .query((rs, n) -> new AttachmentContent(rs.getString(1), rs.getString(2), rs.getBytes(3)))
            .optional()
            .orElseThrow(() -> new NotFound("attachment", attachmentId));
    audit.record("finintel.case.attachment.read", "fin_case", caseId, a.fileName());
    return a;
  }

  List<Event> timeline(long caseId) {
    return db.sql("""
            SELECT e.at, e.actor, e.kind, e.text, a.id, a.typology, a.engine_id, a.reason, a.reason_facts
            FROM fin_case_event e LEFT JOIN fin_alert a ON a.id = e.alert_id
            WHERE e.case_id = ? ORDER BY e.at, e.id""")
        .param(caseId)
        .query((rs, n) -> {
          long alertId = rs.getLong(5);
          EventAlert alert = rs.wasNull() ? null
              : new EventAlert(alertId, rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
          return new Event(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getString(3), rs.getString(4), alert);
        })
        .list();
  }

  void event(KuzetUser user, long caseId, String kind, String text) {
    event(user, caseId, kind, text, null);
  }

  void event(KuzetUser user, long caseId, String kind, String text, @Nullable Long alertId) {
    db.sql("INSERT INTO fin_case_event (case_id, at, actor, kind, text, alert_id) VALUES (?, ?, ?, ?, ?, ?)")
        .params(caseId, Imports.now(clock), user.username(), kind, TransactionStore.clip(text, 4000), alertId)
        .update();
  }

  static List<Long> distinct(List<Long> ids) {
    return new ArrayList<>(new LinkedHashSet<>(ids));
  }
}
