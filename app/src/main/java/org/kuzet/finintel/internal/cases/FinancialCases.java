package org.kuzet.finintel.internal.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.kuzet.finintel.AlertId;
import org.kuzet.finintel.FinancialCaseId;
import org.kuzet.finintel.internal.alerts.AlertRow;
import org.kuzet.finintel.internal.alerts.Alerts;
import org.kuzet.finintel.internal.ledger.Columns;
import org.kuzet.finintel.internal.ledger.FinintelAccess;
import org.kuzet.finintel.internal.ledger.Ledger;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.KuzetUser;
import org.kuzet.web.ListPage;
import org.kuzet.web.NotFound;
import org.kuzet.web.Paging;
import org.kuzet.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case files: subjects (accounts and parties), linked alerts and transactions, notes, attachments
 * and the timeline. Only financial investigators of the owning agency reach a case; every view,
 * change and export is audited. The SQL is {@link CaseStore}'s.
 */
@Service
public class FinancialCases {

  /** Attachments are evidence notes and scans, not data dumps. */
  public static final long MAX_ATTACHMENT_BYTES = 5L * 1024 * 1024;

  public record CaseRow(
      FinancialCaseId id,
      AgencyCode agency,
      String title,
      String status,
      String createdBy,
      OffsetDateTime createdAt,
      boolean illustrative) {}

  public record CaseSummary(
      FinancialCaseId id,
      String title,
      String status,
      String createdBy,
      OffsetDateTime createdAt,
      long alerts,
      long transactions,
      boolean illustrative) {}

  /**
   * An entry of a case's history. {@code text} is what the entry says as stored (for an escalated
   * alert, its English sentence); {@code alert} is the escalated alert, whose typology and reason
   * facts pages word in the reader's language.
   */
  public record Event(
      OffsetDateTime at, String actor, String kind, String text, @Nullable EventAlert alert) {

    private static final String PDF_EXPORT = "PDF report";
    private static final Pattern GOAML_EXPORT = Pattern.compile("goAML STR, (\\d+) transactions");

    /** The text an entry for a PDF report keeps. */
    public static String pdfExport() {
      return PDF_EXPORT;
    }

    /** The text an entry for a goAML report of {@code transactions} keeps. */
    public static String goAmlExport(int transactions) {
      return "goAML STR, " + transactions + " transactions";
    }

    /**
     * An export entry as facts for pages to word in the reader's language (its text is English):
     * the message and the count it takes; null for any other entry, which shows its text.
     */
    public @Nullable Worded export() {
      if (!"EXPORT".equals(kind)) {
        return null;
      }
      if (PDF_EXPORT.equals(text)) {
        return new Worded("fin.case.export.pdf", 0);
      }
      Matcher m = GOAML_EXPORT.matcher(text);
      return m.matches() ? new Worded("fin.case.export.goaml", Long.parseLong(m.group(1))) : null;
    }
  }

  /** A history entry's message key and the count it words. */
  public record Worded(String key, long count) {}

  /** The alert an ALERT entry links: the facts its line is worded from. */
  public record EventAlert(
      AlertId id, String typology, String engineId, String reason, @Nullable String reasonFacts) {}

  public record Attachment(
      long id,
      String fileName,
      String contentType,
      long size,
      String uploadedBy,
      OffsetDateTime uploadedAt) {}

  public record AttachmentContent(String fileName, String contentType, byte[] content) {}

  private final CaseStore store;
  private final Alerts alerts;
  private final AuditLog audit;

  FinancialCases(CaseStore store, Alerts alerts, AuditLog audit) {
    this.store = store;
    this.alerts = alerts;
    this.audit = audit;
  }

  public @Transactional(noRollbackFor = FinintelAccess.OtherAgencyRecord.class) FinancialCaseId
      create(KuzetUser user, String title, boolean illustrative) {
    FinintelAccess.requireInvestigator(user);
    String t = Columns.clip(Columns.requireText(title, "title"), 300);
    FinancialCaseId id = store.create(user.agency(), t, user.username(), illustrative);
    event(user, id, "OPENED", t);
    audit.record("finintel.case.create", "fin_case", id, t);
    return id;
  }

  public CaseRow get(KuzetUser user, FinancialCaseId id) {
    FinintelAccess.requireInvestigator(user);
    CaseRow c = store.find(id).orElseThrow(() -> new NotFound("case", id.value()));
    FinintelAccess.requireOwner(user, c.agency(), audit, "case", id.value());
    return c;
  }

  /** Opening a case is audited: it gathers people's accounts and payments. */
  @Transactional(noRollbackFor = FinintelAccess.OtherAgencyRecord.class)
  public CaseRow view(KuzetUser user, FinancialCaseId id) {
    CaseRow c = get(user, id);
    audit.record("finintel.case.view", "fin_case", id, null);
    return c;
  }

  /**
   * The chart, its expansions, flow traces and the timeline read people's accounts and payments for
   * a case: each is audited as a view of the case, saying what was read as facts the audit page
   * words in its reader's language ({@code audit.detail.finintel.read.*}).
   */
  @Transactional(noRollbackFor = FinintelAccess.OtherAgencyRecord.class)
  public CaseRow view(KuzetUser user, FinancialCaseId id, AuditDetail what) {
    CaseRow c = get(user, id);
    audit.recordFacts("finintel.case.view", "fin_case", id, what);
    return c;
  }

  public List<CaseSummary> list(KuzetUser user, boolean mineOnly, int limit) {
    FinintelAccess.requireInvestigator(user);
    return store.list(user.agency(), user.username(), mineOnly, limit);
  }

  /** One page of the agency's cases (or the user's own), for the API, with their count. */
  public ListPage<CaseSummary> page(KuzetUser user, boolean mineOnly, Paging paging) {
    FinintelAccess.requireInvestigator(user);
    return store.page(user.agency(), user.username(), mineOnly, paging);
  }

  /**
   * Links an escalated alert: its accounts become subjects, its evidence the case's transactions.
   */
  void attachAlert(
      KuzetUser user,
      FinancialCaseId caseId,
      AlertRow alert,
      List<Long> accounts,
      List<Long> transactions) {
    for (long a : accounts) {
      store.addAccountSubject(caseId, a);
    }
    if (alert.partyId() != null) {
      store.addPartySubject(caseId, alert.partyId());
    }
    store.addTransactions(caseId, transactions);
    event(
        user,
        caseId,
        "ALERT",
        alert.typology() + " " + alert.engineId() + ": " + alert.reason(),
        alert.id());
  }

  @Transactional(noRollbackFor = FinintelAccess.OtherAgencyRecord.class)
  public void addAccount(
      KuzetUser user, FinancialCaseId caseId, String bank, String account, Ledger ledger) {
    CaseRow c = get(user, caseId);
    long id =
        ledger
            .accountId(c.agency(), bank.strip(), account.strip())
            .orElseThrow(
                () -> Refusal.of("account", "fin.refusal.noAccount", bank + ":" + account));
    store.addAccountSubject(caseId, id);
    event(user, caseId, "SUBJECT", bank.strip() + ":" + account.strip());
    audit.record("finintel.case.subject", "fin_case", caseId, bank + ":" + account);
  }

  /** Adds transactions to the case, once each; the caller has checked the case. */
  public void addTransactions(FinancialCaseId caseId, List<Long> transactions) {
    store.addTransactions(caseId, transactions);
  }

  public List<Long> subjectAccounts(FinancialCaseId caseId) {
    return store.subjectAccounts(caseId);
  }

  public List<Long> subjectParties(FinancialCaseId caseId) {
    return store.subjectParties(caseId);
  }

  public List<Long> transactionIds(FinancialCaseId caseId) {
    return store.transactionIds(caseId);
  }

  public List<AlertRow> alerts(FinancialCaseId caseId) {
    return alerts.ofCase(caseId);
  }

  @Transactional(noRollbackFor = FinintelAccess.OtherAgencyRecord.class)
  public void note(KuzetUser user, FinancialCaseId caseId, String text) {
    get(user, caseId);
    event(user, caseId, "NOTE", Columns.requireText(text, "note"));
    audit.record("finintel.case.note", "fin_case", caseId, null);
  }

  @Transactional(noRollbackFor = FinintelAccess.OtherAgencyRecord.class)
  public void setStatus(KuzetUser user, FinancialCaseId caseId, String status) {
    get(user, caseId);
    if (!Set.of("OPEN", "CLOSED").contains(status)) {
      throw Refusal.of("status", "fin.refusal.status", status);
    }
    store.setStatus(caseId, status);
    event(user, caseId, "STATUS", status);
    audit.record("finintel.case.status", "fin_case", caseId, status);
  }

  @Transactional(noRollbackFor = FinintelAccess.OtherAgencyRecord.class)
  public long attach(
      KuzetUser user,
      FinancialCaseId caseId,
      String fileName,
      @Nullable String contentType,
      byte[] content) {
    get(user, caseId);
    if (content.length == 0) {
      throw Refusal.of("file", "error.upload.empty");
    }
    if (content.length > MAX_ATTACHMENT_BYTES) {
      throw Refusal.of(
          "file",
          "fin.refusal.attachmentTooLarge",
          String.valueOf(content.length),
          String.valueOf(MAX_ATTACHMENT_BYTES));
    }
    String name = Columns.clip(fileName.replaceAll("[\\\\/]", "_").strip(), 255);
    long id =
        store.attach(
            caseId,
            name.isEmpty() ? "attachment" : name,
            contentType == null || contentType.isBlank()
                ? "application/octet-stream"
                : Columns.clip(contentType, 100),
            content,
            user.username());
    event(user, caseId, "ATTACHMENT", name);
    audit.record("finintel.case.attach", "fin_case", caseId, name);
    return id;
  }

  public List<Attachment> attachments(FinancialCaseId caseId) {
    return store.attachments(caseId);
  }

  @Transactional(noRollbackFor = FinintelAccess.OtherAgencyRecord.class)
  public AttachmentContent attachment(KuzetUser user, FinancialCaseId caseId, long attachmentId) {
    get(user, caseId);
    AttachmentContent a =
        store
            .attachment(caseId, attachmentId)
            .orElseThrow(() -> new NotFound("attachment", attachmentId));
    audit.record("finintel.case.attachment.read", "fin_case", caseId, a.fileName());
    return a;
  }

  public List<Event> timeline(FinancialCaseId caseId) {
    return store.timeline(caseId);
  }

  public void event(KuzetUser user, FinancialCaseId caseId, String kind, String text) {
    event(user, caseId, kind, text, null);
  }

  void event(
      KuzetUser user, FinancialCaseId caseId, String kind, String text, @Nullable AlertId alertId) {
    store.event(caseId, user.username(), kind, text, alertId);
  }
}
