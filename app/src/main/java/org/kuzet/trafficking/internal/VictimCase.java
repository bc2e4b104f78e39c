package org.kuzet.trafficking.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;
import org.kuzet.trafficking.VictimCaseId;

/** A victim case as its caseworker sees it, personal fields decrypted. Never leaves the module. */
record VictimCase(
    VictimCaseId id,
    String reference,
    AgencyCode agency,
    CaseStatus status,
    boolean illustrative,
    boolean consentGiven,
    @Nullable LocalDate consentDate,
    @Nullable LocalDate consentWithdrawnOn,
    LocalDate identifiedOn,
    AssessmentLevel assessmentLevel,
    Gender gender,
    @Nullable Integer age,
    @Nullable String citizenship,
    @Nullable RecruiterRelationship recruiterRelationship,
    @Nullable String givenName,
    @Nullable String familyName,
    @Nullable LocalDate birthDate,
    @Nullable String documentNumber,
    @Nullable String contact,
    @Nullable String interviewPlace,
    @Nullable String notes,
    Set<RecruitmentMethod> recruitment,
    Set<MeansOfControl> control,
    Set<ExploitationType> exploitation,
    Map<Indicator, Answer> answers,
    List<Event> events,
    List<Referral> referrals,
    List<Link> links,
    String createdBy,
    Instant createdAt) {

  record Event(
      long id,
      EventKind kind,
      LocalDate date,
      @Nullable String country,
      @Nullable String place,
      @Nullable String description) {}

  record Referral(
      ReferralId id,
      ReferralService service,
      @Nullable String provider,
      ReferralStatus status,
      LocalDate referredOn,
      String responsible,
      List<StatusChange> history) {}

  record StatusChange(ReferralStatus status, Instant at, String by, @Nullable String note) {}

  record Link(long id, LinkKind kind, String reference, String createdBy, Instant createdAt) {}

  String displayName() {
    String name =
        ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName))
            .strip();
    return name.isEmpty() ? reference : name;
  }

  Assessment assessment() {
    return IdentificationInterview.assess(answers, age);
  }
}
