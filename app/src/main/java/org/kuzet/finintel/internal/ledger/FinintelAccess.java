package org.kuzet.finintel.internal.ledger;

import org.kuzet.identity.AccessRules;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.kuzet.web.NotFound;
import org.springframework.security.access.AccessDeniedException;

/** The workbench's checks, stated once: every service method calls one of these first. */
public final class FinintelAccess {

  private FinintelAccess() {}

  /** Imports, queues and case lists: financial investigators only (their agency's records). */
  public static void requireInvestigator(KuzetUser user) {
    if (!user.has(Role.FINANCIAL_INVESTIGATOR)) {
      throw new AccessDeniedException("financial investigators only");
    }
  }

  /**
   * A record of an agency: its own financial investigators only. To an investigator of another
   * agency the record does not exist (404 on pages and API alike, so nobody learns what another
   * agency holds), and the attempt is audited as {@code finintel.<what>.refused}.
   *
   * @param what {@code case}, {@code alert} or {@code import}
   */
  public static void requireOwner(
      KuzetUser user, AgencyCode owner, AuditLog audit, String what, long id) {
    if (!AccessRules.mayReadFinancialCase(user, owner)) {
      audit.recordFacts(
          "finintel." + what + ".refused",
          "fin_" + what,
          id,
          AuditDetail.of("refused.agency", user.agency().value()));
      throw new OtherAgencyRecord(what, id);
    }
  }

  /**
   * Another agency's record: answered as "not found". Methods that check ownership first keep their
   * transaction on it ({@code noRollbackFor}), so that the refusal's audit entry stays.
   */
  public static final class OtherAgencyRecord extends NotFound {
    private static final long serialVersionUID = 1L;

    OtherAgencyRecord(String what, long id) {
      super(what, id);
    }
  }
}
