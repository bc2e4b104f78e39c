package org.kuzet.program.internal;

import java.time.Clock;
import java.time.ZoneId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.program.ProgramManagement;
import org.kuzet.program.ProgramSummary;
import org.kuzet.web.IdempotentCreation;
import org.kuzet.web.ListPage;
import org.kuzet.web.NotFound;
import org.kuzet.web.Paging;
import org.kuzet.web.Refusal;
import org.kuzet.web.Sortable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The program office's records for donors' and partners' systems: programs, projects, funding
 * lines, cost share, equipment with its end-use checks, and events. Program managers read
 * everything and record end-use checks; a partner reads only the records of the projects its
 * agency implements, as on the pages ({@link ProgramAccess}); any other project is 404, audited.
 */
@RestController
@Tag(name = "program", description = "programs, projects, funding, cost share, equipment and end-use checks, events")
class ProgramApi {

  private final ProgramAccess access;
  private final ProgramManagement management;
  private final Projects projects;
  private final FundingLines funding;
  private final CostShares costShares;
  private final EquipmentRegister equipment;
  private final ProgramEvents events;
  private final AuditLog audit;
  private final IdempotentCreation idempotent;
  private final TransactionTemplate tx;
  private final Clock clock;

  ProgramApi(
      ProgramAccess access, ProgramManagement management, Projects projects, FundingLines funding,
      CostShares costShares, EquipmentRegister equipment, ProgramEvents events, AuditLog audit,
      IdempotentCreation idempotent, PlatformTransactionManager transactions, Clock clock) {
    this.clock = clock;
    this.access = access;
    this.management = management;
    this.projects = projects;
    this.funding = funding;
    this.costShares = costShares;
    this.equipment = equipment;
    this.events = events;
    this.audit = audit;
    this.idempotent = idempotent;
    this.tx = new TransactionTemplate(transactions);
  }

  @Operation(summary = "The programs")
  @GetMapping("/api/program/programs")
  ListPage<ProgramSummary> programs(@Sortable({"code"}) Paging paging) {
    access.scopeOf(CurrentUser.require());
    return paging.slice(management.programs(), Map.of("code", Comparator.comparing(ProgramSummary::code)));
  }

  @Operation(summary = "Projects the caller may read; filters program, status")
  @GetMapping("/api/program/projects")
  ListPage<Project> projects(
      @RequestParam(required = false) @Nullable Long program,
      @RequestParam(required = false) Kinds.@Nullable Status status,
      @Sortable({"code", "startDate", "id"}) Paging paging) {
    Scope scope = access.scopeOf(CurrentUser.require());
    var where = new Where().scope(scope, "p.id").eq("p.program_id", "program", program)
        .eq("p.status", "status", status == null ? null : status.name());
    return paging.slice(projects.list(where), Map.of(
        "code", Comparator.comparing(Project::code),
        "startDate", Comparator.comparing(Project::startDate, Comparator.nullsFirst(Comparator.naturalOrder())),
        "id", Comparator.comparingLong(Project::id)));
  }

  @Operation(summary = "A project")
  @GetMapping("/api/program/projects/{id}")
  Project project(@PathVariable long id) {
    return readable(CurrentUser.require(), id);
  }

  @Operation(summary = "Funding lines; filters program, project, fiscalYear")
  @GetMapping("/api/program/funding-lines")
  ListPage<FundingLines.FundingLine> fundingLines(
      @RequestParam(required = false) @Nullable Long program,
      @RequestParam(required = false) @Nullable Long project,
      @RequestParam(required = false) @Nullable Integer fiscalYear,
      @Sortable({"fiscalYear", "obligated", "id"}) Paging paging) {
    KuzetUser user = CurrentUser.require();
    Scope scope = access.scopeOf(user);
    if (project != null) {
      readable(user, project);
    }
    var where = new Where().scope(scope, "f.project_id").eq("f.program_id", "program", program)
        .eq("f.project_id", "project", project).eq("f.fiscal_year", "fiscalYear", fiscalYear);
    return paging.slice(funding.list(where), Map.of(
        "fiscalYear", Comparator.comparingInt(FundingLines.FundingLine::fiscalYear),
        "obligated", Comparator.comparing(FundingLines.FundingLine::obligated),
        "id", Comparator.comparingLong(FundingLines.FundingLine::id)));
  }

  @Operation(summary = "Cost share: what each side contributes to a project; filters project, year")
  @GetMapping("/api/program/cost-shares")
  ListPage<CostShares.CostShare> costShares(
      @RequestParam(required = false) @Nullable Long project,
      @RequestParam(required = false) @Nullable Integer year,
      @Sortable({"year", "id"}) Paging paging) {
    KuzetUser user = CurrentUser.require();
    Scope scope = access.scopeOf(user);
    if (project != null) {
      readable(user, project);
    }
    var where = new Where().scope(scope, "c.project_id").eq("c.project_id", "project", project)
        .eq("c.contribution_year", "year", year);
    return paging.slice(costShares.list(where), Map.of(
        "year", Comparator.comparingInt(CostShares.CostShare::year),
        "id", Comparator.comparingLong(CostShares.CostShare::id)));
  }

  @Operation(summary = "Equipment handed over, with its latest end-use check; filters project, recipient")
  @GetMapping("/api/program/equipment")
  ListPage<EquipmentRegister.Equipment> equipmentList(
      @RequestParam(required = false) @Nullable Long project,
      @RequestParam(required = false) @Nullable String recipient,
      @Sortable({"location", "handoverDate", "id"}) Paging paging) {
    KuzetUser user = CurrentUser.require();
    Scope scope = access.scopeOf(user);
    if (project != null) {
      readable(user, project);
    }
    var where = new Where().scope(scope, "e.project_id").eq("e.project_id", "project", project)
        .eq("e.recipient", "recipient", recipient);
    return paging.slice(equipment.list(where), Map.of(
        "location", Comparator.comparing(EquipmentRegister.Equipment::location),
        "handoverDate", Comparator.comparing(EquipmentRegister.Equipment::handoverDate, Comparator.nullsFirst(Comparator.naturalOrder())),
        "id", Comparator.comparingLong(EquipmentRegister.Equipment::id)));
  }

  record EquipmentView(EquipmentRegister.Equipment item, List<EquipmentRegister.EndUseCheck> checks) {}

  @Operation(summary = "One item of equipment with its end-use checks")
  @GetMapping("/api/program/equipment/{id}")
  EquipmentView equipment(@PathVariable long id) {
    var item = readableEquipment(CurrentUser.require(), id);
    return new EquipmentView(item, equipment.checks(id));
  }

  @Schema(description = "An end-use check: whether the item was found, works and is used as intended.")
  record CheckRequest(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-11-20") @Nullable LocalDate checkedOn,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "INL end-use monitoring team") @Nullable String checkedBy,
      @Schema(description = "default false") @Nullable Boolean present,
      @Schema(description = "default false") @Nullable Boolean working,
      @Schema(description = "default false") @Nullable Boolean usedAsIntended,
      @Nullable String note) {}

  @Operation(summary = "Record an end-use check of an item (program managers)")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/program/equipment/{id}/checks")
  ResponseEntity<EquipmentRegister.EndUseCheck> addCheck(
      @PathVariable long id,
      @RequestHeader(name = IdempotentCreation.HEADER, required = false) @Nullable String key,
      @RequestBody CheckRequest request) {
    KuzetUser user = CurrentUser.require();
    access.requireEditor(user);
    var item = readableEquipment(user, id);
    var problems = new java.util.ArrayList<Refusal.Problem>();
    if (request.checkedOn() == null) {
      problems.add(Refusal.Problem.of("checkedOn", "error.value.missing"));
    } else if (request.checkedOn().isAfter(LocalDate.now(clock.withZone(ZoneId.systemDefault())).plusDays(1))) {
      problems.add(Refusal.Problem.of("checkedOn", "program.v.future"));
    } else if (item.handoverDate() != null && request.checkedOn().isBefore(item.handoverDate())) {
      problems.add(Refusal.Problem.of("checkedOn", "program.v.beforeHandover"));
    }
    if (request.checkedBy() == null || request.checkedBy().isBlank() || request.checkedBy().length() > 200) {
      problems.add(Refusal.Problem.of("checkedBy", "error.value.missing"));
    }
    if (request.note() != null && request.note().length() > 1000) {
      problems.add(Refusal.Problem.of("note", "error.value.invalid", request.note().substring(0, 20)));
    }
    if (!problems.isEmpty()) {
      throw new Refusal(problems);
    }
    return idempotent.create(key, "POST /api/program/equipment/" + id + "/checks", request, EquipmentRegister.EndUseCheck.class, () -> {
      var check = new EquipmentRegister.EndUseCheck(0, id, request.checkedOn(), request.checkedBy().strip(),
          Boolean.TRUE.equals(request.present()), Boolean.TRUE.equals(request.working()),
          Boolean.TRUE.equals(request.usedAsIntended()),
          request.note() == null || request.note().isBlank() ? null : request.note().strip());
      long checkId = tx.execute(s -> {
        long created = equipment.insertCheck(check);
        // The same entry as the page writes.
        audit.record("PROGRAM_CREATE", "endUseCheck", created,
            item.item() + " (" + item.location() + "): " + check.checkedOn() + " by " + check.checkedBy() + " present="
                + check.present() + " working=" + check.working() + " usedAsIntended=" + check.usedAsIntended());
        return created;
      });
      var saved = equipment.checks(id).stream().filter(c -> c.id() == checkId).findFirst().orElseThrow();
      return ResponseEntity.created(URI.create("/api/program/equipment/" + id)).body(saved);
    });
  }

  @Operation(summary = "Events: trainings, handovers, visits; filters program, project")
  @GetMapping("/api/program/events")
  ListPage<ProgramEvents.ProgramEvent> events(
      @RequestParam(required = false) @Nullable Long program,
      @RequestParam(required = false) @Nullable Long project,
      @Sortable(value = {"heldOn", "id"}, descending = true) Paging paging) {
    KuzetUser user = CurrentUser.require();
    Scope scope = access.scopeOf(user);
    if (project != null) {
      readable(user, project);
    }
    var where = new Where().scope(scope, "v.project_id").eq("v.program_id", "program", program)
        .eq("v.project_id", "project", project);
    return paging.slice(events.list(where), Map.of(
        "heldOn", Comparator.comparing(ProgramEvents.ProgramEvent::heldOn),
        "id", Comparator.comparingLong(ProgramEvents.ProgramEvent::id)));
  }

  /** The project if the caller may read it; another partner's project is 404 and audited. */
  private Project readable(KuzetUser user, long projectId) {
    try {
      return access.requireProject(user, projectId);
    } catch (NotFound e) {
      if (projects.find(projectId).isPresent()) {
        audit.record("PROJECT_REFUSED", "project", projectId, "agency " + user.agency().value());
      }
      throw new NotFound("project", projectId);
    }
  }

  private EquipmentRegister.Equipment readableEquipment(KuzetUser user, long id) {
    var item = equipment.find(id).orElseThrow(() -> new NotFound("equipment", id));
    readable(user, item.projectId());
    return item;
  }
}
