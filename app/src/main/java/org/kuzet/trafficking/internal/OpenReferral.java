package org.kuzet.trafficking.internal;

import java.time.LocalDate;
import org.kuzet.trafficking.VictimCaseId;

/** An open referral on the home page: the case's reference, never the person's name. */
record OpenReferral(
    VictimCaseId caseId,
    String caseReference,
    ReferralService service,
    ReferralStatus status,
    LocalDate referredOn) {}
