package org.kuzet.trafficking.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The JSON body of {@code POST /api/trafficking/cases}; field names follow the HTCDS. */
record NewCaseRequest(
    @Nullable Boolean agreementToManagePersonalData,
    @Nullable LocalDate consentDate,
    @Nullable LocalDate identifiedOn,
    @Nullable String firstName,
    @Nullable String secondName,
    @Nullable LocalDate birthdate,
    @Nullable Integer age,
    @Nullable String documentNumber,
    @Nullable String contact,
    @Nullable String interviewPlace,
    @Nullable String notes,
    @Nullable Gender gender,
    @Nullable String nationality,
    @Nullable RecruiterRelationship recruiterRelationship,
    @Nullable Set<RecruitmentMethod> methodOfRecruitment,
    @Nullable Set<MeansOfControl> methodsOfControl,
    @Nullable Set<ExploitationType> typeOfExploitation,
    @Nullable Map<Indicator, Answer> answers,
    @Nullable List<NewEvent> events) {

  NewCase toNewCase() {
    return new NewCase(
        Boolean.TRUE.equals(agreementToManagePersonalData),
        consentDate,
        identifiedOn,
        firstName,
        secondName,
        birthdate,
        age,
        documentNumber,
        contact,
        interviewPlace,
        notes,
        gender == null ? Gender.UNKNOWN : gender,
        nationality,
        recruiterRelationship,
        methodOfRecruitment == null ? Set.of() : methodOfRecruitment,
        methodsOfControl == null ? Set.of() : methodsOfControl,
        typeOfExploitation == null ? Set.of() : typeOfExploitation,
        answers == null ? Map.of() : answers,
        events == null ? List.of() : events);
  }
}
