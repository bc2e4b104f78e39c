package org.kuzet.finintel.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.Typology;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.kuzet.web.Conflict;
import org.kuzet.web.Formats;
import org.kuzet.web.ListPage;
import org.kuzet.web.NotFound;
import org.kuzet.web.Paging;
import org.kuzet.web.Refusal;
import org.kuzet.workspace.Audience;
import org.kuzet.workspace.NewNotification;
import org.kuzet.workspace.NotificationKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alert queue and its triage: assign, comment, dismiss with a reason, escalate to a case.
 * Every method checks that the alert belongs to the user's agency; every change is audited and
 * leaves a line in the alert's history.
 */
@Service
public class Alerts {

  static final Set<String> OPEN = Set.of("NEW", "ASSIGNED");

  record AlertRow(
      long id,
      String agency,
      String engineId,
      String typology,
      BigDecimal score,
      String reason,
      String status,
      @Nullable String assignee,
      @Nullable BigDecimal amount,
      @Nullable String currency,
      @Nullable OffsetDateTime firstAt,
      @Nullable OffsetDateTime lastAt,
      OffsetDateTime createdAt,
      @Nullable Long importId,
      @Nullable Long partyId,
      @Nullable String listVersions,
      @Nullable String dismissReason,
      @Nullable Long caseId,
      @Nullable String reasonFacts) {
    public boolean open() {
      return OPEN.contains(status);
    }

    public int percent() {
      return score.movePointRight(2).intValue();
    }
  }

  public record Page(List<AlertRow> rows, boolean more, int page) {}

  record Comment(OffsetDateTime at, String author, String kind, String text) {}

  private final JdbcClient db;
  private final MessageSource messages;
  private final AuditLog audit;
  private final FinancialCases cases;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Alerts(
      JdbcClient db,
      AuditLog audit,
      FinancialCases cases,
      ApplicationEventPublisher events,
      MessageSource messages,
      Clock clock) {
    this.messages = messages;
    this.clock = clock;
    this.db = db;
    this.audit = audit;
    this.cases = cases;
    this.events = events;
  }

  static List<String> typologies() {
    List<String> all = new ArrayList<>();
    for (Typology t : Typology.values()) {
      all.add(t.name());
    }
    all.add(AlertStore.WATCHLIST);
    return all;
  }

  public @Transactional(readOnly = true)
  Page queue(KuzetUser user, AlertFilter f) {
    FinintelAccess.requireInvestigator(user);
    List<Object> params = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT * FROM fin_alert").append(where(user, f, params));
    sql.append(" ORDER BY score DESC, id LIMIT ? OFFSET ?");
    params.add(AlertFilter.PAGE_SIZE + 1);
    params.add((long) f.page() * AlertFilter.PAGE_SIZE);
    List<AlertRow> rows = db.sql(sql.toString()).params(params).query(Alerts::row).list();
    boolean more = rows.size() > AlertFilter.PAGE_SIZE;
    return new Page(more ? rows.subList(0, AlertFilter.PAGE_SIZE) : rows, more, f.page());
  }

  /** The API's fields to sort the queue by, and their columns; the first is the default. */
  static final Map<String, String> SORTS =
      Map.of("score", "score", "lastAt", "last_at", "amount", "amount", "createdAt", "created_at", "id", "id");

  /**
   * The same queue as {@link #queue}, one page of the API's size and order, with the count of
   * the whole list; the filter's own page number is not used.
   */
  @Transactional(readOnly = true)
  ListPage<AlertRow> list(KuzetUser user, AlertFilter f, Paging paging) {
    FinintelAccess.requireInvestigator(user);
    List<Object> params = new ArrayList<>();
    String where = where(user, f, params);
    long total = db.sql(Paging.countUpToLimit(" FROM fin_alert" + where)).params(params).query(Long.class).single();
    List<AlertRow> rows = db.sql("SELECT * FROM fin_alert" + where + paging.orderBy(SORTS, "id") + paging.limit())
        .params(params).query(Alerts::row).list();
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
      params.add(f.importId());
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
   * The assignee filter as typed: "me" or "none" when it is one of their words in English,
   * Russian or Kazakh (any case), otherwise the user name itself.
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
        .query(Alerts::row)
        .list();
  }

  AlertRow get(KuzetUser user, long id) {
    FinintelAccess.requireInvestigator(user);
    AlertRow a =
        db.sql("SELECT * FROM fin_alert WHERE id = ?")
            .param(id)
            .query(Alerts::row)
            .optional()
            .orElseThrow(() -> new NotFound("alert", id));
    FinintelAccess.requireOwner(user, a.agency(), audit, "alert", id);
    return a;
  }

  /** Viewing an alert is audited: it shows people's accounts and payments. */
  @Transactional(noRollbackFor = FinintelAccess.OtherAgencyRecord.class)
  AlertRow view(KuzetUser user, long id) {
    AlertRow a = get(user, id);
    audit.record("finintel.alert.view", "fin_alert", id, null);
    return a;
  }

  /** The alert's evidence graph shows the same accounts and payments: audited as well. */
  @Transactional(noRollbackFor = FinintelAccess.OtherAgencyRecord.class)
  AlertRow viewGraph(KuzetUser user, long id) {
    AlertRow a = get(user, id);
    audit.record("finintel.alert.graph", "fin_alert", id, null);
    return a;
  }

  List<Comment> history(KuzetUser user, long id) {
    get(user, id);
    return db.sql("SELECT at, author, kind, text FROM fin_alert_comment WHERE alert_id = ? ORDER BY at, id")
        .param(id)
        .query(
            (rs, n) ->
                new Comment(
                    rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getString(3), rs.getString(4)))
        .list();
  }

  List<Long> evidenceTransactionIds(long alertId) {
    return db.sql("SELECT transaction_id FROM fin_alert_transaction WHERE alert_id = ? ORDER BY transaction_id")
        .param(alertId)
        .query(Long.class)
        .list();
  }

  List<Long> evidenceAccountIds(long alertId) {
    return db.sql("SELECT account_id FROM fin_alert_account WHERE alert_id = ? ORDER BY account_id")
        .param(alertId)
        .query(Long.class)
        .list();
  }

  public @Transactional(noRollbackFor = FinintelAccess.OtherAgencyRecord.class)
  void assign(KuzetUser user, long id, @Nullable String assignee) {
    AlertRow a = requireOpen(user, id);
    String who = assignee == null || assignee.isBlank() ? user.username() : assignee.strip();
    db.sql("UPDATE fin_alert SET assignee = ?, status = 'ASSIGNED' WHERE id = ?")
        .params(who, a.id())
        .update();
    note(user, id, "ASSIGNED", who);
    audit.record("finintel.alert.assign", "fin_alert", id, who);
    if (!who.equals(user.username())) {
      // The assignee sees it only while an investigator of the alert's agency.
      events.publishEvent(
          new NewNotification(
              NotificationKind.ASSIGNMENT,
              "Alert #" + id + " (" + a.typology() + ") assigned to you by " + user.username(),
              "fin.notice.assigned",
              List.of(id, Formats.code("fin.typology.", a.typology()), user.username()),
              "/finintel/alerts/" + id,
              Audience.user(who, AgencyCode.of(a.agency()), Role.FINANCIAL_INVESTIGATOR),
              null));
    }
  }

  @Transactional(noRollbackFor = FinintelAccess.OtherAgencyRecord.class)
  void comment(KuzetUser user, long id, String text) {
    get(user, id);
    String t = requireText(text, "comment");
    note(user, id, "COMMENT", t);
    audit.record("finintel.alert.comment", "fin_alert", id, null);
  }

  @Transactional(noRollbackFor = FinintelAccess.OtherAgencyRecord.class)
  void dismiss(KuzetUser user, long id, String reason) {
    AlertRow a = requireOpen(user, id);
    String r = requireText(reason, "reason");
    db.sql("UPDATE fin_alert SET status = 'DISMISSED', dismiss_reason = ? WHERE id = ?")
        .params(TransactionStore.clip(r, 2000), a.id())
        .update();
    note(user, id, "DISMISSED", r);
    audit.record("finintel.alert.dismiss", "fin_alert", id, r);
  }

  /** Escalates into an existing case of the agency, or a new one titled {@code title}. */
  public @Transactional(noRollbackFor = FinintelAccess.OtherAgencyRecord.class)
  long escalate(KuzetUser user, long id, @Nullable Long caseId, @Nullable String title) {
    AlertRow a = requireOpen(user, id);
    long target =
        caseId != null
            ? cases.get(user, caseId).id()
            : cases.create(
                user,
                title == null || title.isBlank() ? defaultTitle(a) : title.strip(),
                false);
    db.sql("UPDATE fin_alert SET status = 'ESCALATED', case_id = ? WHERE id = ?")
        .params(target, a.id())
        .update();
    cases.attachAlert(user, target, a, evidenceAccountIds(id), evidenceTransactionIds(id));
    note(user, id, "ESCALATED", "case " + target);
    audit.recordFacts("finintel.alert.escalate", "fin_alert", id, AuditDetail.of("finintel.escalated", target));
    return target;
  }

  /**
   * A readable title for a case opened from an alert without one: the typology's name in the
   * investigator's language and the alert's number ("Gather and scatter: alert 5021"), not the
   * engine's key.
   */
  private String defaultTitle(AlertRow a) {
    var locale = LocaleContextHolder.getLocale();
    String typology = messages.getMessage("fin.typology." + a.typology(), null, a.typology(), locale);
    return messages.getMessage("fin.case.defaultTitle", new Object[] {typology, Long.toString(a.id())}, locale);
  }

  private AlertRow requireOpen(KuzetUser user, long id) {
    AlertRow a = get(user, id);
    if (!a.open()) {
      throw new Conflict("alert " + id + " is " + a.status() + ", no longer open");
    }
    return a;
  }

  private void note(KuzetUser user, long id, String kind, String text) {
    db.sql("INSERT INTO fin_alert_comment (alert_id, at, author, kind, text) VALUES (?, ?, ?, ?, ?)")
        .params(id, Imports.now(clock), user.username(), kind, TransactionStore.clip(text, 4000))
        .update();
  }

  static String requireText(@Nullable String text, String what) {
    if (text == null || text.isBlank()) {
      throw Refusal.of(what, "fin.refusal.required");
    }
    return text.strip();
  }

  static AlertRow row(ResultSet rs, int n) throws SQLException {
    return new AlertRow(
        rs.getLong("id"),
        rs.getString("agency_code"),
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
        nullableLong(rs, "import_id"),
        nullableLong(rs, "party_id"),
        rs.getString("list_versions"),
        rs.getString("dismiss_reason"),
        nullableLong(rs, "case_id"),
        rs.getString("reason_facts"));
  }

  static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }

}
