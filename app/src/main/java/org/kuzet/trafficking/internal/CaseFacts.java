package org.kuzet.trafficking.internal;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The coded, non-personal facts of one case that statistics are computed from. */
record CaseFacts(
    int year,
    Gender gender,
    @Nullable Integer age,
    @Nullable String citizenship,
    @Nullable RecruiterRelationship recruiterRelationship,
    Set<MeansOfControl> control,
    Set<ExploitationType> exploitation,
    Set<RecruitmentMethod> recruitment,
    Set<String> exploitationCountries,
    boolean referred) {

  CaseFacts {
    control = Set.copyOf(control);
    exploitation = Set.copyOf(exploitation);
    recruitment = Set.copyOf(recruitment);
    exploitationCountries = Set.copyOf(exploitationCountries);
  }
}
