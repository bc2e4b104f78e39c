package org.kuzet.trafficking.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.trafficking.TraffickingFigures;
import org.kuzet.trafficking.YearFigures;
import org.kuzet.web.IdempotentCreation;
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
 * The REST API of the module: cases for TIP caseworkers of the owning agency, anonymised
 * statistics for caseworkers and the program office. Same checks and audit as the pages.
 */
@RestController
class TraffickingApi {

  private final CaseManagement management;
  private final Statistics statistics;
  private final TraffickingFigures figures;
  private final IdempotentCreation idempotent;

  TraffickingApi(
      CaseManagement management, Statistics statistics, TraffickingFigures figures, IdempotentCreation idempotent) {
    this.management = management;
    this.statistics = statistics;
    this.figures = figures;
    this.idempotent = idempotent;
  }

  @GetMapping("/api/trafficking/cases")
  List<CaseSummary> cases(@RequestParam(defaultValue = "false") boolean all) {
    return management.list(CurrentUser.require(), all);
  }

  @GetMapping("/api/trafficking/cases/{id}")
  VictimCase one(@PathVariable long id) {
    return management.view(CurrentUser.require(), id);
  }

  record Created(long id, String reference, AssessmentLevel assessment) {}

  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/trafficking/cases")
  ResponseEntity<Created> create(
      @RequestHeader(name = IdempotentCreation.HEADER, required = false) @Nullable String key,
      @RequestBody NewCaseRequest request) {
    KuzetUser user = CurrentUser.require();
    return idempotent.create(key, "POST /api/trafficking/cases", request, Created.class, () -> {
      long id = management.identify(user, request.toNewCase());
      VictimCase c = management.view(user, id);
      return ResponseEntity.created(URI.create("/api/trafficking/cases/" + id))
          .body(new Created(id, c.reference(), c.assessmentLevel()));
    });
  }

  record AssessRequest(@Nullable Map<Indicator, Answer> answers, @Nullable Integer age) {}

  /** Scores an interview without storing anything. */
  @PostMapping("/api/trafficking/identify/assess")
  Assessment assess(@RequestBody AssessRequest request) {
    CaseManagement.requireCaseworker(CurrentUser.require());
    return IdentificationInterview.assess(request.answers() == null ? Map.of() : request.answers(), request.age());
  }

  @GetMapping("/api/trafficking/statistics")
  CrossTable table(@RequestParam(required = false) String rows, @RequestParam(required = false) String columns) {
    StatisticsPages.requireStatisticsReader(CurrentUser.require());
    return statistics.table(StatisticsPages.rows(rows), StatisticsPages.columns(columns));
  }

  @GetMapping("/api/trafficking/statistics/by-year")
  List<YearFigures> byYear() {
    StatisticsPages.requireStatisticsReader(CurrentUser.require());
    return figures.byYear();
  }
}
