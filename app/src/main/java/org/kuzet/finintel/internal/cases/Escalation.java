package org.kuzet.finintel.internal.cases;

import org.jspecify.annotations.Nullable;
import org.kuzet.finintel.AlertId;
import org.kuzet.finintel.FinancialCaseId;
import org.kuzet.finintel.internal.alerts.AlertRow;
import org.kuzet.finintel.internal.alerts.Alerts;
import org.kuzet.finintel.internal.ledger.FinintelAccess;
import org.kuzet.identity.KuzetUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalates an alert into a case of its agency, in one transaction: the alert leaves the queue, its
 * accounts become the case's subjects and its evidence the case's transactions. It lives with the
 * cases because a case gathers alerts, not the other way round.
 */
@Service
public class Escalation {

  private final Alerts alerts;
  private final FinancialCases cases;
  private final MessageSource messages;

  Escalation(Alerts alerts, FinancialCases cases, MessageSource messages) {
    this.alerts = alerts;
    this.cases = cases;
    this.messages = messages;
  }

  /** Escalates into an existing case of the agency, or a new one titled {@code title}. */
  @Transactional(noRollbackFor = FinintelAccess.OtherAgencyRecord.class)
  public FinancialCaseId escalate(
      KuzetUser user, AlertId alertId, @Nullable FinancialCaseId caseId, @Nullable String title) {
    AlertRow a = alerts.requireOpen(user, alertId);
    FinancialCaseId target =
        caseId != null
            ? cases.get(user, caseId).id()
            : cases.create(
                user, title == null || title.isBlank() ? defaultTitle(a) : title.strip(), false);
    alerts.escalated(user, a, target);
    cases.attachAlert(
        user,
        target,
        a,
        alerts.evidenceAccountIds(alertId),
        alerts.evidenceTransactionIds(alertId));
    return target;
  }

  /**
   * A readable title for a case opened from an alert without one: the typology's name in the
   * investigator's language and the alert's number ("Gather and scatter: alert 5021"), not the
   * engine's key.
   */
  private String defaultTitle(AlertRow a) {
    var locale = LocaleContextHolder.getLocale();
    String typology =
        messages.getMessage("fin.typology." + a.typology(), null, a.typology(), locale);
    return messages.getMessage(
        "fin.case.defaultTitle", new Object[] {typology, a.id().toString()}, locale);
  }
}
