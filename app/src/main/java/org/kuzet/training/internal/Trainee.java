package org.kuzet.training.internal;

import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;

/** An officer or cadet, known across centers and years by agency and service number. */
public record Trainee(
    long id,
    AgencyCode agency,
    String serviceNumber,
    String fullName,
    Gender gender,
    @Nullable String rankTitle,
    boolean cadet) {}
