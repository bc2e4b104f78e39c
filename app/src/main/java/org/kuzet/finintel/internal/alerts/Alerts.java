package org.kuzet.finintel.internal.alerts;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.Typology;
import org.kuzet.finintel.AlertId;
import org.kuzet.finintel.FinancialCaseId;
import org.kuzet.finintel.internal.ledger.Columns;
import org.kuzet.finintel.internal.ledger.FinintelAccess;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.kuzet.web.Conflict;
import org.kuzet.web.Formats;
import org.kuzet.web.ListPage;
import org.kuzet.web.NotFound;
import org.kuzet.web.Paging;
import org.kuzet.workspace.Audience;
import org.kuzet.workspace.NewNotification;
import org.kuzet.workspace.NotificationKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alert queue and its triage: assign, comment, dismiss with a reason, and the alert's side of
 * an escalation to a case. Every method checks that the alert belongs to the user's agency; every
 * change is audited and leaves a line in the alert's history. The SQL is {@link AlertStore}'s.
 */
@Service
public class Alerts {

  /** The typology of an alert filed by screening a party against the watchlists. */
  public static final String WATCHLIST = "WATCHLIST";

  public record Page(List<AlertRow> rows, boolean more, int page) {}

  public record Comment(OffsetDateTime at, String author, String kind, String text) {}

  private final AlertStore store;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;

  Alerts(AlertStore store, AuditLog audit, ApplicationEventPublisher events) {
    this.store = store;
    this.audit = audit;
    this.events = events;
  }

  public static List<String> typologies() {
    List<String> all = new ArrayList<>();
    for (Typology t : Typology.values()) {
      all.add(t.name());
    }
    all.add(Alerts.WATCHLIST);
    return all;
  }

  public @Transactional(readOnly = true) Page queue(KuzetUser user, AlertFilter f) {
    FinintelAccess.requireInvestigator(user);
    List<AlertRow> rows = store.queue(user, f);
    boolean more = rows.size() > AlertFilter.PAGE_SIZE;
    return new Page(more ? rows.subList(0, AlertFilter.PAGE_SIZE) : rows, more, f.page());
  }

  /**
   * The same queue as {@link #queue}, one page of the API's size and order, with the count of the
   * whole list; the filter's own page number is not used.
   */
  @Transactional(readOnly = true)
  public ListPage<AlertRow> list(KuzetUser user, AlertFilter f, Paging paging) {
    FinintelAccess.requireInvestigator(user);
    return store.list(user, f, paging);
  }

  /** Open alerts assigned to the user, best first. */
  public List<AlertRow> assignedTo(KuzetUser user, int limit) {
    return store.assignedTo(user, limit);
  }

  public AlertRow get(KuzetUser user, AlertId id) {
    FinintelAccess.requireInvestigator(user);
    AlertRow a = store.find(id).orElseThrow(() -> new NotFound("alert", id.value()));
    FinintelAccess.requireOwner(user, a.agency(), audit, "alert", id.value());
    return a;
  }

  /** Viewing an alert is audited: it shows people's accounts and payments. */
  @Transactional(noRollbackFor = FinintelAccess.OtherAgencyRecord.class)
  public AlertRow view(KuzetUser user, AlertId id) {
    AlertRow a = get(user, id);
    audit.record("finintel.alert.view", "fin_alert", id, null);
    return a;
  }

  /** The alert's evidence graph shows the same accounts and payments: audited as well. */
  @Transactional(noRollbackFor = FinintelAccess.OtherAgencyRecord.class)
  public AlertRow viewGraph(KuzetUser user, AlertId id) {
    AlertRow a = get(user, id);
    audit.record("finintel.alert.graph", "fin_alert", id, null);
    return a;
  }

  public List<Comment> history(KuzetUser user, AlertId id) {
    get(user, id);
    return store.history(id);
  }

  public List<Long> evidenceTransactionIds(AlertId alertId) {
    return store.evidenceTransactionIds(alertId);
  }

  public List<Long> evidenceAccountIds(AlertId alertId) {
    return store.evidenceAccountIds(alertId);
  }

  /** The alerts escalated into a case; the caller has checked the case. */
  public List<AlertRow> ofCase(FinancialCaseId caseId) {
    return store.ofCase(caseId);
  }

  public @Transactional(noRollbackFor = FinintelAccess.OtherAgencyRecord.class) void assign(
      KuzetUser user, AlertId id, @Nullable String assignee) {
    AlertRow a = requireOpen(user, id);
    String who = assignee == null || assignee.isBlank() ? user.username() : assignee.strip();
    store.assign(a.id(), who);
    store.note(id, user.username(), "ASSIGNED", who);
    audit.record("finintel.alert.assign", "fin_alert", id, who);
    if (!who.equals(user.username())) {
      // The assignee sees it only while an investigator of the alert's agency.
      events.publishEvent(
          new NewNotification(
              NotificationKind.ASSIGNMENT,
              "Alert #" + id + " (" + a.typology() + ") assigned to you by " + user.username(),
              "fin.notice.assigned",
              List.of(id.value(), Formats.code("fin.typology.", a.typology()), user.username()),
              "/finintel/alerts/" + id,
              Audience.user(who, a.agency(), Role.FINANCIAL_INVESTIGATOR),
              null));
    }
  }

  @Transactional(noRollbackFor = FinintelAccess.OtherAgencyRecord.class)
  public void comment(KuzetUser user, AlertId id, String text) {
    get(user, id);
    String t = Columns.requireText(text, "comment");
    store.note(id, user.username(), "COMMENT", t);
    audit.record("finintel.alert.comment", "fin_alert", id, null);
  }

  @Transactional(noRollbackFor = FinintelAccess.OtherAgencyRecord.class)
  public void dismiss(KuzetUser user, AlertId id, String reason) {
    AlertRow a = requireOpen(user, id);
    String r = Columns.requireText(reason, "reason");
    store.dismiss(a.id(), r);
    store.note(id, user.username(), "DISMISSED", r);
    audit.record("finintel.alert.dismiss", "fin_alert", id, r);
  }

  /**
   * The alert's side of an escalation, inside the case's transaction: the alert leaves the queue
   * for the case, its history says so, and the step is audited.
   */
  public void escalated(KuzetUser user, AlertRow a, FinancialCaseId caseId) {
    store.escalate(a.id(), caseId);
    store.note(a.id(), user.username(), "ESCALATED", "case " + caseId);
    audit.recordFacts(
        "finintel.alert.escalate",
        "fin_alert",
        a.id(),
        AuditDetail.of("finintel.escalated", caseId.value()));
  }

  /** The alert, if it is the user's agency's and still open; else refused as a conflict. */
  public AlertRow requireOpen(KuzetUser user, AlertId id) {
    AlertRow a = get(user, id);
    if (!a.open()) {
      throw new Conflict("alert " + id + " is " + a.status() + ", no longer open");
    }
    return a;
  }
}
