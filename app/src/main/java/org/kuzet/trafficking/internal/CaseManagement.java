package org.kuzet.trafficking.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AccessRules;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.kuzet.trafficking.VictimCaseId;
import org.kuzet.trafficking.VictimIdentified;
import org.kuzet.trafficking.VictimReferred;
import org.kuzet.web.ListPage;
import org.kuzet.web.NotFound;
import org.kuzet.web.Paging;
import org.kuzet.web.Refusal;
import org.kuzet.web.Refusal.Problem;
import org.kuzet.workspace.SearchNamesChanged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything a caseworker does with victim cases, with the checks that make them the most protected
 * records in Kuzet: only TIP caseworkers, only their own agency's cases, every view and change in
 * the audit log, nothing personal stored without consent.
 */
@Service
class CaseManagement {

  private final Cases cases;
  private final KeyRotation rotation;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final ZoneId zone;
  private final Clock clock;

  CaseManagement(
      Cases cases,
      KeyRotation rotation,
      AuditLog audit,
      ApplicationEventPublisher events,
      @Value("${kuzet.default-zone:Asia/Almaty}") String zone,
      Clock clock) {
    this.clock = clock;
    this.cases = cases;
    this.rotation = rotation;
    this.audit = audit;
    this.events = events;
    this.zone = ZoneId.of(zone);
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(zone));
  }

  static void requireCaseworker(KuzetUser user) {
    if (!user.has(Role.TIP_CASEWORKER)) {
      throw new AccessDeniedException("victim records are for TIP caseworkers only");
    }
  }

  /**
   * Checks that the user may open this case. A caseworker of another agency gets "not found",
   * everyone else "forbidden"; both refusals are audited.
   */
  private void requireOwned(KuzetUser user, VictimCaseId caseId) {
    AgencyCode owner =
        cases.ownerOf(caseId).orElseThrow(() -> new NotFound("victim case", caseId.value()));
    if (!AccessRules.mayReadVictimRecord(user, owner)) {
      audit.recordFacts(
          "TIP_CASE_REFUSED",
          "tip_case",
          caseId,
          AuditDetail.of("refused.agency", user.agency().value()));
      if (user.has(Role.TIP_CASEWORKER)) {
        throw new NotFound("victim case", caseId.value());
      }
      throw new AccessDeniedException("victim record of another agency");
    }
  }

  @Transactional
  public List<CaseSummary> list(KuzetUser user, boolean includeClosed) {
    requireCaseworker(user);
    audit.recordFacts(
        "TIP_CASES_LISTED",
        "tip_case",
        null,
        AuditDetail.of(includeClosed ? "tip.listedAll" : "tip.listedOpen"));
    return cases.summaries(user.agency(), includeClosed);
  }

  /**
   * Opens a case: audited, and re-encrypted under the active key if an older key still holds it.
   */
  @Transactional(noRollbackFor = {NotFound.class, AccessDeniedException.class})
  public VictimCase view(KuzetUser user, VictimCaseId caseId) {
    requireCaseworker(user);
    requireOwned(user, caseId);
    rotation.rekeyCase(caseId);
    VictimCase c =
        cases.load(caseId).orElseThrow(() -> new NotFound("victim case", caseId.value()));
    audit.record("TIP_CASE_VIEWED", "tip_case", caseId, c.reference());
    return c;
  }

  /** Records an identification; refuses it, storing nothing, without the person's consent. */
  @Transactional
  public VictimCaseId identify(KuzetUser user, NewCase c) {
    return identify(user, c, false);
  }

  @Transactional
  VictimCaseId identify(KuzetUser user, NewCase c, boolean illustrative) {
    requireCaseworker(user);
    var problems = CaseRules.check(c, today());
    if (!problems.isEmpty()) {
      throw new Refusal(problems);
    }
    Assessment assessment = IdentificationInterview.assess(c.answers(), c.effectiveAge());
    VictimCaseId id =
        cases.insert(c, user.agency(), assessment.level(), user.username(), illustrative, now());
    audit.recordFacts(
        "TIP_CASE_CREATED",
        "tip_case",
        id,
        AuditDetail.of("tip.created", assessment.level().toString()));
    LocalDate identifiedOn = Objects.requireNonNull(c.identifiedOn(), "refused above when missing");
    events.publishEvent(new VictimIdentified(id, identifiedOn.getYear()));
    return id;
  }

  @Transactional(noRollbackFor = {NotFound.class, AccessDeniedException.class})
  public long addEvent(KuzetUser user, VictimCaseId caseId, NewEvent event) {
    requireCaseworker(user);
    requireOwned(user, caseId);
    VictimCase c =
        cases.load(caseId).orElseThrow(() -> new NotFound("victim case", caseId.value()));
    requireConsent(c);
    var problems =
        CaseRules.checkEvent(
            "", event, c.birthDate(), c.identifiedOn(), cases.eventDates(caseId), today());
    if (!problems.isEmpty()) {
      throw new Refusal(problems);
    }
    long id = cases.insertEvent(caseId, event, user.username(), now());
    audit.record("TIP_EVENT_ADDED", "tip_case", caseId, event.kind().name());
    return id;
  }

  @Transactional(noRollbackFor = {NotFound.class, AccessDeniedException.class})
  public void updateProfile(
      KuzetUser user,
      VictimCaseId caseId,
      @Nullable RecruiterRelationship relationship,
      Set<RecruitmentMethod> recruitment,
      Set<MeansOfControl> control,
      Set<ExploitationType> exploitation) {
    requireCaseworker(user);
    requireOwned(user, caseId);
    cases.updateProfile(caseId, relationship, now());
    cases.replaceCodes(caseId, recruitment, control, exploitation);
    audit.recordFacts("TIP_CASE_UPDATED", "tip_case", caseId, AuditDetail.of("tip.profile"));
  }

  @Transactional(noRollbackFor = {NotFound.class, AccessDeniedException.class})
  public ReferralId refer(
      KuzetUser user,
      VictimCaseId caseId,
      ReferralService service,
      @Nullable String provider,
      @Nullable LocalDate referredOn) {
    requireCaseworker(user);
    requireOwned(user, caseId);
    VictimCase c =
        cases.load(caseId).orElseThrow(() -> new NotFound("victim case", caseId.value()));
    requireConsent(c);
    var problems = CaseRules.checkReferral(referredOn, c.identifiedOn(), provider, today());
    if (!problems.isEmpty()) {
      throw new Refusal(problems);
    }
    LocalDate referred = Objects.requireNonNull(referredOn, "refused above when missing");
    ReferralId id =
        cases.insertReferral(caseId, service, provider, referred, user.username(), now());
    audit.record("TIP_REFERRAL_CREATED", "tip_case", caseId, service.name());
    events.publishEvent(new VictimReferred(caseId, c.identifiedOn().getYear(), service.name()));
    return id;
  }

  /** The case a referral belongs to (the caller then opens the case, with its checks). */
  public Optional<VictimCaseId> caseOfReferral(ReferralId referralId) {
    return cases.caseOfReferral(referralId);
  }

  @Transactional(noRollbackFor = {NotFound.class, AccessDeniedException.class})
  public VictimCaseId changeReferral(
      KuzetUser user, ReferralId referralId, ReferralStatus status, @Nullable String note) {
    requireCaseworker(user);
    VictimCaseId caseId =
        cases
            .caseOfReferral(referralId)
            .orElseThrow(() -> new NotFound("victim case", referralId.value()));
    requireOwned(user, caseId);
    var problems = new ArrayList<Problem>();
    CaseRules.length(problems, "note", note, CaseRules.NOTES_MAX);
    if (!problems.isEmpty()) {
      throw new Refusal(problems);
    }
    cases.changeReferralStatus(referralId, status, note, user.username(), now());
    audit.record("TIP_REFERRAL_STATUS", "tip_referral", referralId, status.name());
    return caseId;
  }

  @Transactional(noRollbackFor = {NotFound.class, AccessDeniedException.class})
  public long link(KuzetUser user, VictimCaseId caseId, LinkKind kind, @Nullable String reference) {
    requireCaseworker(user);
    requireOwned(user, caseId);
    var problems = new ArrayList<Problem>();
    if (reference == null || reference.isBlank()) {
      problems.add(Problem.of("reference", "tip.error.reference.required"));
    } else {
      CaseRules.length(problems, "reference", reference, CaseRules.REFERENCE_MAX);
    }
    if (!problems.isEmpty()) {
      throw new Refusal(problems);
    }
    String given = Objects.requireNonNull(reference, "refused above when missing");
    long id = cases.insertLink(caseId, kind, given.strip(), user.username(), now());
    audit.record("TIP_LINK_ADDED", "tip_case", caseId, kind.name());
    return id;
  }

  /** The person withdrew consent: every personal field is erased, the anonymous codes stay. */
  @Transactional(noRollbackFor = {NotFound.class, AccessDeniedException.class})
  public void withdrawConsent(KuzetUser user, VictimCaseId caseId) {
    requireCaseworker(user);
    requireOwned(user, caseId);
    cases.erasePersonalData(caseId, today(), now());
    audit.recordFacts(
        "TIP_CONSENT_WITHDRAWN", "tip_case", caseId, AuditDetail.of("tip.consentWithdrawn"));
    events.publishEvent(new SearchNamesChanged("trafficking"));
  }

  @Transactional(noRollbackFor = {NotFound.class, AccessDeniedException.class})
  public void changeStatus(KuzetUser user, VictimCaseId caseId, CaseStatus status) {
    requireCaseworker(user);
    requireOwned(user, caseId);
    cases.close(caseId, status, now());
    audit.record("TIP_CASE_STATUS", "tip_case", caseId, status.name());
  }

  /** One page of the agency's cases, for the API: audited as the list is. */
  @Transactional
  public ListPage<CaseSummary> page(KuzetUser user, boolean includeClosed, Paging paging) {
    requireCaseworker(user);
    audit.recordFacts(
        "TIP_CASES_LISTED",
        "tip_case",
        null,
        AuditDetail.of(includeClosed ? "tip.listedAll" : "tip.listedOpen"));
    return cases.summaries(user.agency(), includeClosed, paging);
  }

  /** One page of the caller's open referrals, for the API. */
  @Transactional(readOnly = true)
  public ListPage<OpenReferral> openReferrals(KuzetUser user, Paging paging) {
    requireCaseworker(user);
    return cases.openReferralsOf(user.username(), user.agency(), paging);
  }

  @Transactional(readOnly = true)
  public List<OpenReferral> openReferrals(KuzetUser user, int limit) {
    requireCaseworker(user);
    return cases.openReferralsOf(user.username(), user.agency(), limit);
  }

  private static void requireConsent(VictimCase c) {
    if (!c.consentGiven()) {
      throw new Refusal(List.of(Problem.of("consent", "tip.error.consent.withdrawn")));
    }
  }

  private Instant now() {
    return clock.instant();
  }
}
