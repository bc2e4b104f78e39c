package org.kuzet.trafficking.internal;

import java.time.LocalDate;

/** An open referral on the home page: the case's reference, never the person's name. */
record OpenReferral(long caseId, String caseReference, ReferralService service, ReferralStatus status, LocalDate referredOn) {}
