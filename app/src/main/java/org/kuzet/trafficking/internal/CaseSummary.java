package org.kuzet.trafficking.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.kuzet.trafficking.VictimCaseId;

/** A line of the case list: codes only, no personal field, so listing decrypts nothing. */
record CaseSummary(
    VictimCaseId id,
    String reference,
    LocalDate identifiedOn,
    CaseStatus status,
    AssessmentLevel assessment,
    Gender gender,
    @Nullable String citizenship,
    boolean illustrative,
    int openReferrals) {}
