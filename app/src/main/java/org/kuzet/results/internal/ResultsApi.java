package org.kuzet.results.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.program.ProgramSummary;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The results framework for donors' systems: indicators with their targets and actuals per fiscal
 * year, and the values entered by hand with their review (four eyes: the person who entered a value
 * may not approve it). Through {@link ResultsEditing}, as the pages. A partner reads the indicators
 * of the programs its agency implements; another program is 404, audited.
 */
@RestController
@Tag(
    name = "results",
    description = "indicators, targets, actuals, entered values and their review")
class ResultsApi {

  private final ResultsAccess access;
  private final ResultsEditing editing;
  private final Indicators indicators;
  private final ManualValues values;
  private final Actuals actuals;
  private final AuditLog audit;
  private final IdempotentCreation idempotent;
  private final ETags etags;

  ResultsApi(
      ResultsAccess access,
      ResultsEditing editing,
      Indicators indicators,
      ManualValues values,
      Actuals actuals,
      AuditLog audit,
      IdempotentCreation idempotent,
      ETags etags) {
    this.access = access;
    this.editing = editing;
    this.indicators = indicators;
    this.values = values;
    this.actuals = actuals;
    this.audit = audit;
    this.idempotent = idempotent;
    this.etags = etags;
  }

  record IndicatorSummary(
      long id, String program, String code, Measure measure, String unit, String name) {
    static IndicatorSummary of(Indicator i) {
      return new IndicatorSummary(
          i.id(), i.programCode(), i.code(), i.measure(), i.unit(), i.nameEn());
    }
  }

  @Schema(
      description =
          "An indicator with its targets, actuals and values entered by hand, by fiscal year.")
  record IndicatorView(
      Indicator indicator,
      Map<Integer, BigDecimal> targets,
      Map<Integer, Actual> actuals,
      List<ManualValues.ManualValue> values) {}

  record TargetRequest(
      @Schema(description = "the target; null or absent removes it", example = "120")
          @Nullable BigDecimal target) {}

  record ValueRequest(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026")
          @Nullable Integer fiscalYear,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "42")
          @Nullable BigDecimal amount,
      @Nullable String note) {}

  record ReviewRequest(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Boolean approve,
      @Schema(description = "required when rejecting") @Nullable String note) {}

  @Operation(summary = "Indicators of the programs the caller may read; filter program")
  @GetMapping("/api/results/indicators")
  ListPage<IndicatorSummary> indicatorList(
      @RequestParam(required = false) @Nullable String program,
      @Sortable({"code", "id"}) Paging paging) {
    KuzetUser user = CurrentUser.require();
    List<String> visible = access.visiblePrograms(user).stream().map(ProgramSummary::code).toList();
    if (program != null && !visible.contains(program)) {
      throw Refusal.of("program", "api.reference.unknown", program);
    }
    List<IndicatorSummary> all =
        indicators.all().stream()
            .filter(
                i ->
                    program == null
                        ? visible.contains(i.programCode())
                        : i.programCode().equals(program))
            .map(IndicatorSummary::of)
            .toList();
    return paging.slice(
        all,
        Map.of(
            "code", Comparator.comparing(IndicatorSummary::code),
            "id", Comparator.comparingLong(IndicatorSummary::id)));
  }

  @Operation(
      summary =
          "An indicator with targets, actuals and entered values; its ETag guards target changes")
  @GetMapping("/api/results/indicators/{id}")
  ResponseEntity<IndicatorView> indicator(@PathVariable long id) {
    return etags.ok(view(readable(CurrentUser.require(), id)));
  }

  @Operation(
      summary =
          "Set (or, with no target, remove) a fiscal year's target (If-Match: the indicator's ETag)")
  @PutMapping("/api/results/indicators/{id}/targets/{year}")
  ResponseEntity<IndicatorView> setTarget(
      @PathVariable long id,
      @PathVariable int year,
      @RequestHeader(name = ETags.IF_MATCH, required = false) @Nullable String ifMatch,
      @RequestBody TargetRequest request) {
    KuzetUser user = CurrentUser.require();
    access.requireEditor(user);
    readable(user, id);
    return etags.change(
        ifMatch,
        "res_indicator",
        id,
        () -> view(readable(user, id)),
        () -> {
          editing.setTarget(
              user,
              id,
              String.valueOf(year),
              request.target() == null ? null : request.target().toPlainString());
          return etags.ok(view(readable(user, id)));
        });
  }

  @Operation(
      summary = "Enter a value of a manual indicator; it counts once someone else approves it")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/results/indicators/{id}/values")
  ResponseEntity<ManualValues.ManualValue> enter(
      @PathVariable long id,
      @RequestHeader(name = IdempotentCreation.HEADER, required = false) @Nullable String key,
      @RequestBody ValueRequest request) {
    KuzetUser user = CurrentUser.require();
    access.requireEditor(user);
    readable(user, id);
    return idempotent.create(
        key,
        "POST /api/results/indicators/" + id + "/values",
        request,
        ManualValues.ManualValue.class,
        () -> {
          editing.enter(
              user,
              id,
              request.fiscalYear() == null ? null : String.valueOf(request.fiscalYear()),
              request.amount() == null ? null : request.amount().toPlainString(),
              request.note());
          var mine =
              values.ofIndicator(id).stream()
                  .filter(v -> v.enteredBy().equals(user.username()))
                  .max(Comparator.comparingLong(ManualValues.ManualValue::id))
                  .orElseThrow();
          return ResponseEntity.created(URI.create("/api/results/values/" + mine.id())).body(mine);
        });
  }

  @Operation(summary = "Values waiting for review (program managers and administrators)")
  @GetMapping("/api/results/values")
  ListPage<ManualValues.ManualValue> pending(@Sortable(value = {"enteredAt", "id"}) Paging paging) {
    KuzetUser user = CurrentUser.require();
    access.requireEditor(user);
    List<String> visible = access.visiblePrograms(user).stream().map(ProgramSummary::code).toList();
    var mine =
        values.pending().stream()
            .filter(
                v ->
                    indicators
                        .find(v.indicatorId())
                        .map(i -> visible.contains(i.programCode()))
                        .orElse(false))
            .toList();
    return paging.slice(
        mine,
        Map.of(
            "enteredAt", Comparator.comparing(ManualValues.ManualValue::enteredAt),
            "id", Comparator.comparingLong(ManualValues.ManualValue::id)));
  }

  @Operation(summary = "A value entered by hand; its ETag is what a review needs in If-Match")
  @GetMapping("/api/results/values/{id}")
  ResponseEntity<ManualValues.ManualValue> value(@PathVariable long id) {
    KuzetUser user = CurrentUser.require();
    var v = values.find(id).orElseThrow(() -> new NotFound("value", id));
    readable(user, v.indicatorId());
    return etags.ok(v);
  }

  @Operation(
      summary =
          "Approve or reject a value (not the person who entered it; If-Match: the value's ETag)")
  @PostMapping("/api/results/values/{id}/review")
  ResponseEntity<ManualValues.ManualValue> review(
      @PathVariable long id,
      @RequestHeader(name = ETags.IF_MATCH, required = false) @Nullable String ifMatch,
      @RequestBody ReviewRequest request) {
    KuzetUser user = CurrentUser.require();
    access.requireEditor(user);
    var v = values.find(id).orElseThrow(() -> new NotFound("value", id));
    readable(user, v.indicatorId());
    Boolean approve = request.approve();
    if (approve == null) {
      throw Refusal.of("approve", "error.value.missing");
    }
    return etags.change(
        ifMatch,
        "res_manual_value",
        id,
        () -> values.find(id).orElseThrow(() -> new NotFound("value", id)),
        () -> {
          editing.review(user, id, approve, request.note());
          return etags.ok(values.find(id).orElseThrow());
        });
  }

  private IndicatorView view(Indicator i) {
    return new IndicatorView(
        i,
        new TreeMap<>(indicators.targets(i.id())),
        new TreeMap<>(actuals.of(List.of(i)).getOrDefault(i.id(), Map.of())),
        values.ofIndicator(i.id()));
  }

  /** The indicator if the caller may read its program; another program's is 404 and audited. */
  private Indicator readable(KuzetUser user, long id) {
    Indicator i = indicators.find(id).orElseThrow(() -> new NotFound("indicator", id));
    try {
      access.requireProgram(user, i.programCode());
    } catch (NotFound e) {
      audit.recordFacts(
          "INDICATOR_REFUSED",
          "indicator",
          id,
          AuditDetail.of("refused.agency", user.agency().value()));
      throw new NotFound("indicator", id);
    }
    return i;
  }
}
