package org.kuzet.finintel.internal;

import org.kuzet.identity.AccessRules;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.springframework.security.access.AccessDeniedException;

/** The workbench's checks, stated once: every service method calls one of these first. */
final class FinintelAccess {

  private FinintelAccess() {}

  /** Imports, queues and case lists: financial investigators only (their agency's records). */
  static void requireInvestigator(KuzetUser user) {
    if (!user.has(Role.FINANCIAL_INVESTIGATOR)) {
      throw new AccessDeniedException("financial investigators only");
    }
  }

  /** A record of an agency: its own financial investigators only. */
  static void requireOwner(KuzetUser user, String agencyCode) {
    if (!AccessRules.mayReadFinancialCase(user, AgencyCode.of(agencyCode))) {
      throw new AccessDeniedException("not a financial record of your agency");
    }
  }
}
