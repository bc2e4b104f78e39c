package org.kuzet.training.internal;

import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;

/** A training center, hosted by one agency whose coordinators edit it. */
public record Center(
    long id,
    String code,
    String name,
    String venue,
    String city,
    AgencyCode hostingAgency,
    int classrooms,
    int dormitoryBeds,
    int sessionCapacity,
    int sessionsPerYear,
    @Nullable String notes,
    boolean illustrative) {}
