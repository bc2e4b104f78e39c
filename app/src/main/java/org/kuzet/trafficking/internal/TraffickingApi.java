package org.kuzet.trafficking.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.trafficking.TraffickingFigures;
import org.kuzet.trafficking.VictimCaseId;
import org.kuzet.trafficking.YearFigures;
import org.kuzet.web.ETags;
import org.kuzet.web.IdempotentCreation;
import org.kuzet.web.ListPage;
import org.kuzet.web.NotFound;
import org.kuzet.web.Paging;
import org.kuzet.web.Refusal;
import org.kuzet.web.Sortable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The REST API of the module: cases for TIP caseworkers of the owning agency, anonymised statistics
 * for caseworkers and the program office. Same checks and audit as the pages.
 */
@RestController
class TraffickingApi {

  private final CaseManagement management;
  private final Statistics statistics;
  private final TraffickingFigures figures;
  private final IdempotentCreation idempotent;
  private final ETags etags;
  private final Clock clock;

  TraffickingApi(
      CaseManagement management,
      Statistics statistics,
      TraffickingFigures figures,
      IdempotentCreation idempotent,
      ETags etags,
      Clock clock) {
    this.clock = clock;
    this.management = management;
    this.statistics = statistics;
    this.figures = figures;
    this.idempotent = idempotent;
    this.etags = etags;
  }

  @GetMapping("/api/trafficking/cases")
  ListPage<CaseSummary> cases(
      @RequestParam(defaultValue = "false") boolean all,
      @Sortable(
              value = {"id", "identifiedOn"},
              descending = true)
          Paging paging) {
    return management.page(CurrentUser.require(), all, paging);
  }

  @GetMapping("/api/trafficking/cases/{id}")
  VictimCase one(@PathVariable VictimCaseId id) {
    return management.view(CurrentUser.require(), id);
  }

  record Created(VictimCaseId id, String reference, AssessmentLevel assessment) {}

  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/trafficking/cases")
  ResponseEntity<Created> create(
      @RequestHeader(name = IdempotentCreation.HEADER, required = false) @Nullable String key,
      @RequestBody NewCaseRequest request) {
    KuzetUser user = CurrentUser.require();
    return idempotent.create(
        key,
        "POST /api/trafficking/cases",
        request,
        Created.class,
        () -> {
          VictimCaseId id = management.identify(user, request.toNewCase());
          VictimCase c = management.view(user, id);
          return ResponseEntity.created(URI.create("/api/trafficking/cases/" + id))
              .body(new Created(id, c.reference(), c.assessmentLevel()));
        });
  }

  record ReferralRequest(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable ReferralService service,
      @Nullable String provider,
      @Schema(description = "default today") @Nullable LocalDate referredOn) {}

  record ReferralStatusRequest(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable ReferralStatus status,
      @Nullable String note) {}

  @Operation(
      summary =
          "The case's referrals to assistance, with their status history (audited as a view of the case)")
  @GetMapping("/api/trafficking/cases/{id}/referrals")
  List<VictimCase.Referral> referrals(@PathVariable VictimCaseId id) {
    return management.view(CurrentUser.require(), id).referrals();
  }

  @Operation(
      summary =
          "Refer the victim to a service: shelter, medical, legal, ... (needs the victim's consent)")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/trafficking/cases/{id}/referrals")
  ResponseEntity<VictimCase.Referral> refer(
      @PathVariable VictimCaseId id,
      @RequestHeader(name = IdempotentCreation.HEADER, required = false) @Nullable String key,
      @RequestBody ReferralRequest request) {
    KuzetUser user = CurrentUser.require();
    var service = request.service();
    if (service == null) {
      throw Refusal.of("service", "tip.error.service.required");
    }
    return idempotent.create(
        key,
        "POST /api/trafficking/cases/" + id + "/referrals",
        request,
        VictimCase.Referral.class,
        () -> {
          ReferralId referral =
              management.refer(
                  user,
                  id,
                  service,
                  request.provider(),
                  request.referredOn() == null
                      ? LocalDate.now(clock.withZone(ZoneId.systemDefault()))
                      : request.referredOn());
          return ResponseEntity.created(URI.create("/api/trafficking/referrals/" + referral))
              .body(referral(user, referral));
        });
  }

  @Operation(summary = "The caller's open referrals, oldest first")
  @GetMapping("/api/trafficking/referrals")
  ListPage<OpenReferral> openReferrals(@Sortable({"referredOn"}) Paging paging) {
    return management.openReferrals(CurrentUser.require(), paging);
  }

  @Operation(summary = "A referral; its ETag is what a status change needs in If-Match")
  @GetMapping("/api/trafficking/referrals/{id}")
  ResponseEntity<VictimCase.Referral> referralOne(@PathVariable ReferralId id) {
    return etags.ok(referral(CurrentUser.require(), id));
  }

  @Operation(summary = "Change a referral's status (If-Match: the referral's ETag)")
  @PostMapping("/api/trafficking/referrals/{id}/status")
  ResponseEntity<VictimCase.Referral> referralStatus(
      @PathVariable ReferralId id,
      @RequestHeader(name = ETags.IF_MATCH, required = false) @Nullable String ifMatch,
      @RequestBody ReferralStatusRequest request) {
    KuzetUser user = CurrentUser.require();
    referral(user, id);
    var status = request.status();
    if (status == null) {
      throw Refusal.of("status", "tip.error.code.invalid", "");
    }
    return etags.change(
        ifMatch,
        "tip_referral",
        id.value(),
        () -> referral(user, id),
        () -> {
          management.changeReferral(user, id, status, request.note());
          return etags.ok(referral(user, id));
        });
  }

  /** A referral, read through its case: the same checks and audit as opening the case. */
  private VictimCase.Referral referral(KuzetUser user, ReferralId referralId) {
    VictimCaseId caseId =
        management
            .caseOfReferral(referralId)
            .orElseThrow(() -> new NotFound("referral", referralId.value()));
    return management.view(user, caseId).referrals().stream()
        .filter(r -> r.id().equals(referralId))
        .findFirst()
        .orElseThrow(() -> new NotFound("referral", referralId.value()));
  }

  record AssessRequest(@Nullable Map<Indicator, Answer> answers, @Nullable Integer age) {}

  /** Scores an interview without storing anything. */
  @PostMapping("/api/trafficking/identify/assess")
  Assessment assess(@RequestBody AssessRequest request) {
    CaseManagement.requireCaseworker(CurrentUser.require());
    return IdentificationInterview.assess(
        request.answers() == null ? Map.of() : request.answers(), request.age());
  }

  @GetMapping("/api/trafficking/statistics")
  CrossTable table(
      @RequestParam(required = false) String rows, @RequestParam(required = false) String columns) {
    StatisticsPages.requireStatisticsReader(CurrentUser.require());
    return statistics.table(StatisticsPages.rows(rows), StatisticsPages.columns(columns));
  }

  @GetMapping("/api/trafficking/statistics/by-year")
  List<YearFigures> byYear() {
    StatisticsPages.requireStatisticsReader(CurrentUser.require());
    return figures.byYear();
  }
}
