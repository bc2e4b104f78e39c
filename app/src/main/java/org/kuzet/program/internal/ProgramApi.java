package org.kuzet.program.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.program.ProgramManagement;
import org.kuzet.program.ProgramSummary;
import org.kuzet.web.ETags;
import org.kuzet.web.FormInput;
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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
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
 * The program office's records for donors' and partners' systems: programs, projects, funding
 * lines, cost share, equipment with its end-use checks, and events. Program managers read
 * everything and record end-use checks; a partner reads only the records of the projects its agency
 * implements, as on the pages ({@link ProgramAccess}); any other project is 404, audited.
 */
@RestController
@Tag(
    name = "program",
    description = "programs, projects, funding, cost share, equipment and end-use checks, events")
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
  private final ETags etags;
  private final TransactionTemplate tx;
  private final RecordEndpoint<Project> projectRecords;
  private final RecordEndpoint<FundingLines.FundingLine> fundingRecords;
  private final RecordEndpoint<CostShares.CostShare> costShareRecords;
  private final RecordEndpoint<ProgramEvents.ProgramEvent> eventRecords;
  private final Clock clock;

  ProgramApi(
      ProgramAccess access,
      ProgramManagement management,
      Projects projects,
      FundingLines funding,
      CostShares costShares,
      EquipmentRegister equipment,
      ProgramEvents events,
      AuditLog audit,
      IdempotentCreation idempotent,
      ETags etags,
      PlatformTransactionManager transactions,
      ProjectPages projectPages,
      FundingPages fundingPages,
      CostSharePages costSharePages,
      EventPages eventPages,
      Clock clock) {
    this.etags = etags;
    this.projectRecords =
        new RecordEndpoint<>("projects", "prog_project", projectPages, Project.class);
    this.fundingRecords =
        new RecordEndpoint<>(
            "funding-lines", "prog_funding", fundingPages, FundingLines.FundingLine.class);
    this.costShareRecords =
        new RecordEndpoint<>(
            "cost-shares", "prog_cost_share", costSharePages, CostShares.CostShare.class);
    this.eventRecords =
        new RecordEndpoint<>("events", "prog_event", eventPages, ProgramEvents.ProgramEvent.class);
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
    return paging.slice(
        management.programs(), Map.of("code", Comparator.comparing(ProgramSummary::code)));
  }

  @Operation(summary = "Projects the caller may read; filters program, status")
  @GetMapping("/api/program/projects")
  ListPage<Project> projects(
      @RequestParam(required = false) @Nullable Long program,
      @RequestParam(required = false) Kinds.@Nullable Status status,
      @Sortable({"code", "startDate", "id"}) Paging paging) {
    return readableList(
        null,
        "p.id",
        where ->
            where
                .eq("p.program_id", "program", program)
                .eq("p.status", "status", status == null ? null : status.name()),
        projects::list,
        paging,
        Map.of(
            "code", Comparator.comparing(Project::code),
            "startDate",
                Comparator.comparing(
                    Project::startDate, Comparator.nullsFirst(Comparator.naturalOrder())),
            "id", Comparator.comparingLong(p -> p.id().value())));
  }

  @Operation(summary = "A project, with its ETag")
  @GetMapping("/api/program/projects/{id}")
  ResponseEntity<Project> project(@PathVariable ProjectId id) {
    return etags.ok(readable(CurrentUser.require(), id));
  }

  @Schema(description = "A project, with the fields of the page's form.")
  record ProjectRequest(
      @Schema(
              description = "the program's id",
              requiredMode = Schema.RequiredMode.REQUIRED,
              example = "1001")
          @Nullable Long program,
      @Schema(
              description = "capitals, digits and dashes, unique",
              requiredMode = Schema.RequiredMode.REQUIRED,
              example = "KZ-CN-K9")
          @Nullable String code,
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              example = "Detector dogs for the southern posts")
          @Nullable String title,
      @Nullable String description,
      @Schema(
              description = "organisation codes of the implementing partners",
              requiredMode = Schema.RequiredMode.REQUIRED,
              example = "[\"UNODC\"]")
          @Nullable List<String> implementing,
      @Schema(
              description = "organisation codes of the host-government counterparts",
              example = "[\"CDC_MOI\"]")
          @Nullable List<String> counterparts,
      @Schema(example = "2027-01-01") @Nullable LocalDate startDate,
      @Schema(example = "2028-12-31") @Nullable LocalDate endDate,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "ACTIVE")
          Kinds.@Nullable Status status,
      @Nullable Boolean illustrative,
      @Schema(
              description = "the title in Russian; pages in Russian show title where left out",
              example = "Служебные собаки для южных постов")
          @Nullable String titleRu,
      @Schema(
              description = "the title in Kazakh; pages in Kazakh show title where left out",
              example = "Оңтүстік бекеттерге арналған қызметтік иттер")
          @Nullable String titleKk) {}

  @Schema(description = "A funding line, with the fields of the page's form.")
  record FundingRequest(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2027")
          @Nullable Integer fiscalYear,
      @Schema(
              description = "the program's id",
              requiredMode = Schema.RequiredMode.REQUIRED,
              example = "1001")
          @Nullable Long program,
      @Schema(description = "the project's id, if the line funds one") @Nullable Long project,
      @Schema(
              description = "funding source code",
              requiredMode = Schema.RequiredMode.REQUIRED,
              example = "FSA")
          @Nullable String source,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "250000.00")
          @Nullable BigDecimal obligated,
      @Schema(example = "120000.00") @Nullable BigDecimal spent,
      @Schema(description = "ISO 4217; USD when left out", example = "USD")
          @Nullable String currency,
      @Nullable String note,
      @Nullable Boolean illustrative) {}

  @Schema(description = "A contribution to a project, with the fields of the page's form.")
  record CostShareRequest(
      @Schema(description = "the project's id", requiredMode = Schema.RequiredMode.REQUIRED)
          @Nullable Long project,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2027") @Nullable Integer year,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "HOST")
          Kinds.@Nullable Side side,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "BUILDINGS")
          Kinds.@Nullable CostKind kind,
      @Schema(
              description = "organisation code",
              requiredMode = Schema.RequiredMode.REQUIRED,
              example = "CDC_MOI")
          @Nullable String contributor,
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              example = "Kennel buildings at the Zhibek Zholy post")
          @Nullable String description,
      @Schema(example = "40000.00") @Nullable BigDecimal valuation,
      @Schema(example = "USD") @Nullable String currency,
      @Nullable Boolean illustrative) {}

  @Schema(description = "A training, handover or visit, with the fields of the page's form.")
  record EventRequest(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "HANDOVER")
          Kinds.@Nullable EventKind kind,
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              example = "Handover of four detector dogs")
          @Nullable String title,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2027-03-15")
          @Nullable LocalDate heldOn,
      @Schema(description = "only the month of heldOn is known") @Nullable Boolean monthOnly,
      @Schema(example = "Zhibek Zholy") @Nullable String place,
      @Schema(
              description = "the program's id",
              requiredMode = Schema.RequiredMode.REQUIRED,
              example = "1001")
          @Nullable Long program,
      @Schema(description = "the project's id, if any") @Nullable Long project,
      @Nullable String participants,
      @Nullable Integer participantCount,
      @Nullable Boolean illustrative) {}

  record Created(long id) {}

  @Operation(summary = "Create a project (program managers)")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/program/projects")
  ResponseEntity<Project> createProject(
      @RequestHeader(name = IdempotentCreation.HEADER, required = false) @Nullable String key,
      @RequestBody ProjectRequest request) {
    return projectRecords.create(key, request);
  }

  @Operation(
      summary =
          "Change a project: every field, as the form (program managers; If-Match: the project's ETag)")
  @PutMapping("/api/program/projects/{id}")
  ResponseEntity<Project> updateProject(
      @PathVariable long id,
      @RequestHeader(name = ETags.IF_MATCH, required = false) @Nullable String ifMatch,
      @RequestBody ProjectRequest request) {
    return projectRecords.update(id, ifMatch, request);
  }

  @Operation(summary = "A funding line, with its ETag")
  @GetMapping("/api/program/funding-lines/{id}")
  ResponseEntity<FundingLines.FundingLine> fundingLine(@PathVariable long id) {
    return fundingRecords.read(id);
  }

  @Operation(summary = "Create a funding line (program managers)")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/program/funding-lines")
  ResponseEntity<FundingLines.FundingLine> createFundingLine(
      @RequestHeader(name = IdempotentCreation.HEADER, required = false) @Nullable String key,
      @RequestBody FundingRequest request) {
    return fundingRecords.create(key, request);
  }

  @Operation(
      summary = "Change a funding line: every field, as the form (program managers; If-Match)")
  @PutMapping("/api/program/funding-lines/{id}")
  ResponseEntity<FundingLines.FundingLine> updateFundingLine(
      @PathVariable long id,
      @RequestHeader(name = ETags.IF_MATCH, required = false) @Nullable String ifMatch,
      @RequestBody FundingRequest request) {
    return fundingRecords.update(id, ifMatch, request);
  }

  @Operation(summary = "A cost share contribution, with its ETag")
  @GetMapping("/api/program/cost-shares/{id}")
  ResponseEntity<CostShares.CostShare> costShare(@PathVariable long id) {
    return costShareRecords.read(id);
  }

  @Operation(summary = "Record a cost share contribution (program managers)")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/program/cost-shares")
  ResponseEntity<CostShares.CostShare> createCostShare(
      @RequestHeader(name = IdempotentCreation.HEADER, required = false) @Nullable String key,
      @RequestBody CostShareRequest request) {
    return costShareRecords.create(key, request);
  }

  @Operation(
      summary =
          "Change a cost share contribution: every field, as the form (program managers; If-Match)")
  @PutMapping("/api/program/cost-shares/{id}")
  ResponseEntity<CostShares.CostShare> updateCostShare(
      @PathVariable long id,
      @RequestHeader(name = ETags.IF_MATCH, required = false) @Nullable String ifMatch,
      @RequestBody CostShareRequest request) {
    return costShareRecords.update(id, ifMatch, request);
  }

  @Operation(summary = "An event, with its ETag")
  @GetMapping("/api/program/events/{id}")
  ResponseEntity<ProgramEvents.ProgramEvent> event(@PathVariable long id) {
    return eventRecords.read(id);
  }

  @Operation(summary = "Record an event (program managers)")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/program/events")
  ResponseEntity<ProgramEvents.ProgramEvent> createEvent(
      @RequestHeader(name = IdempotentCreation.HEADER, required = false) @Nullable String key,
      @RequestBody EventRequest request) {
    return eventRecords.create(key, request);
  }

  @Operation(summary = "Change an event: every field, as the form (program managers; If-Match)")
  @PutMapping("/api/program/events/{id}")
  ResponseEntity<ProgramEvents.ProgramEvent> updateEvent(
      @PathVariable long id,
      @RequestHeader(name = ETags.IF_MATCH, required = false) @Nullable String ifMatch,
      @RequestBody EventRequest request) {
    return eventRecords.update(id, ifMatch, request);
  }

  /**
   * One kind of program record as the API serves it: read with its ETag, created and changed
   * through its pages' form logic ({@link RecordPages#saveAudited}), so the same checks and the
   * same audit entry apply; a wrong field answers 400 naming it, and nothing is saved.
   */
  private final class RecordEndpoint<T> {
    private final String resource;
    private final String table;
    private final RecordPages<T> pages;
    private final Class<T> type;

    RecordEndpoint(String resource, String table, RecordPages<T> pages, Class<T> type) {
      this.resource = resource;
      this.table = table;
      this.pages = pages;
      this.type = type;
    }

    ResponseEntity<T> read(long id) {
      return etags.ok(readableRecord(pages, CurrentUser.require(), id));
    }

    ResponseEntity<T> create(@Nullable String key, Object request) {
      KuzetUser user = CurrentUser.require();
      access.requireEditor(user);
      return idempotent.create(
          key,
          "POST /api/program/" + resource,
          request,
          type,
          () -> {
            var in = new FormInput(form(request));
            String id = pages.saveAudited(in, null);
            if (id == null) {
              throw in.refusal();
            }
            return ResponseEntity.created(URI.create("/api/program/" + resource + "/" + id))
                .body(pages.find(id).orElseThrow());
          });
    }

    /**
     * Changes a record as its form does, under {@link ETags#change}: 412 if it changed since read.
     */
    ResponseEntity<T> update(long id, @Nullable String ifMatch, Object request) {
      KuzetUser user = CurrentUser.require();
      access.requireEditor(user);
      readableRecord(pages, user, id);
      return etags.change(
          ifMatch,
          table,
          id,
          () -> readableRecord(pages, user, id),
          () -> {
            var in = new FormInput(form(request));
            String saved = pages.saveAudited(in, readableRecord(pages, user, id));
            if (saved == null) {
              throw in.refusal();
            }
            return etags.ok(pages.find(saved).orElseThrow());
          });
    }
  }

  /**
   * A record of the pages' kind if the caller may read it; otherwise 404 (audited for projects).
   */
  private <T> T readableRecord(RecordPages<T> pages, KuzetUser user, long id) {
    T record = pages.find(Long.toString(id)).orElseThrow(() -> new NotFound("program record", id));
    try {
      pages.requireReadable(user, record);
    } catch (NotFound e) {
      audit.recordFacts(
          "PROJECT_REFUSED",
          pages.type(),
          id,
          AuditDetail.of("refused.agency", user.agency().value()));
      throw new NotFound("program record", id);
    }
    return record;
  }

  /**
   * A request as the form's parameters, named as the form names them: lists as repeated values,
   * numbers in plain notation, dates in ISO 8601, a true flag as {@code true} (false is left out,
   * as an unticked box).
   */
  private static MultiValueMap<String, String> form(Object request) {
    var form = new LinkedMultiValueMap<String, String>();
    for (RecordComponent c : request.getClass().getRecordComponents()) {
      Object value;
      try {
        value = c.getAccessor().invoke(request);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      if (value instanceof Collection<?> values) {
        values.forEach(v -> form.add(c.getName(), String.valueOf(v)));
      } else if (value instanceof Boolean b) {
        if (b) {
          form.add(c.getName(), "true");
        }
      } else if (value instanceof BigDecimal d) {
        form.add(c.getName(), d.toPlainString());
      } else if (value instanceof Enum<?> e) {
        form.add(c.getName(), e.name());
      } else if (value != null) {
        form.add(c.getName(), value.toString());
      }
    }
    return form;
  }

  @Operation(summary = "Funding lines; filters program, project, fiscalYear")
  @GetMapping("/api/program/funding-lines")
  ListPage<FundingLines.FundingLine> fundingLines(
      @RequestParam(required = false) @Nullable Long program,
      @RequestParam(required = false) @Nullable Long project,
      @RequestParam(required = false) @Nullable Integer fiscalYear,
      @Sortable({"fiscalYear", "obligated", "id"}) Paging paging) {
    return readableList(
        project,
        "f.project_id",
        where ->
            where
                .eq("f.program_id", "program", program)
                .eq("f.project_id", "project", project)
                .eq("f.fiscal_year", "fiscalYear", fiscalYear),
        funding::list,
        paging,
        Map.of(
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
    return readableList(
        project,
        "c.project_id",
        where ->
            where.eq("c.project_id", "project", project).eq("c.contribution_year", "year", year),
        costShares::list,
        paging,
        Map.of(
            "year", Comparator.comparingInt(CostShares.CostShare::year),
            "id", Comparator.comparingLong(CostShares.CostShare::id)));
  }

  @Operation(
      summary = "Equipment handed over, with its latest end-use check; filters project, recipient")
  @GetMapping("/api/program/equipment")
  ListPage<EquipmentRegister.Equipment> equipmentList(
      @RequestParam(required = false) @Nullable Long project,
      @RequestParam(required = false) @Nullable String recipient,
      @Sortable({"location", "handoverDate", "id"}) Paging paging) {
    return readableList(
        project,
        "e.project_id",
        where ->
            where.eq("e.project_id", "project", project).eq("e.recipient", "recipient", recipient),
        equipment::list,
        paging,
        Map.of(
            "location", Comparator.comparing(EquipmentRegister.Equipment::location),
            "handoverDate",
                Comparator.comparing(
                    EquipmentRegister.Equipment::handoverDate,
                    Comparator.nullsFirst(Comparator.naturalOrder())),
            "id", Comparator.comparingLong(e -> e.id().value())));
  }

  record EquipmentView(
      EquipmentRegister.Equipment item, List<EquipmentRegister.EndUseCheck> checks) {}

  @Operation(summary = "One item of equipment with its end-use checks")
  @GetMapping("/api/program/equipment/{id}")
  EquipmentView equipment(@PathVariable EquipmentId id) {
    var item = readableEquipment(CurrentUser.require(), id);
    return new EquipmentView(item, equipment.checks(id));
  }

  @Schema(
      description = "An end-use check: whether the item was found, works and is used as intended.")
  record CheckRequest(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-11-20")
          @Nullable LocalDate checkedOn,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "INL end-use monitoring team")
          @Nullable String checkedBy,
      @Schema(description = "default false") @Nullable Boolean present,
      @Schema(description = "default false") @Nullable Boolean working,
      @Schema(description = "default false") @Nullable Boolean usedAsIntended,
      @Nullable String note) {}

  @Operation(summary = "Record an end-use check of an item (program managers)")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/program/equipment/{id}/checks")
  ResponseEntity<EquipmentRegister.EndUseCheck> addCheck(
      @PathVariable EquipmentId id,
      @RequestHeader(name = IdempotentCreation.HEADER, required = false) @Nullable String key,
      @RequestBody CheckRequest request) {
    KuzetUser user = CurrentUser.require();
    access.requireEditor(user);
    var item = readableEquipment(user, id);
    var problems = new ArrayList<Refusal.Problem>();
    if (request.checkedOn() == null) {
      problems.add(Refusal.Problem.of("checkedOn", "error.value.missing"));
    } else if (request
        .checkedOn()
        .isAfter(LocalDate.now(clock.withZone(ZoneId.systemDefault())).plusDays(1))) {
      problems.add(Refusal.Problem.of("checkedOn", "program.v.future"));
    } else if (item.handoverDate() != null && request.checkedOn().isBefore(item.handoverDate())) {
      problems.add(Refusal.Problem.of("checkedOn", "program.v.beforeHandover"));
    }
    if (request.checkedBy() == null
        || request.checkedBy().isBlank()
        || request.checkedBy().length() > 200) {
      problems.add(Refusal.Problem.of("checkedBy", "error.value.missing"));
    }
    if (request.note() != null && request.note().length() > 1000) {
      problems.add(
          Refusal.Problem.of("note", "error.value.invalid", request.note().substring(0, 20)));
    }
    if (!problems.isEmpty()) {
      throw new Refusal(problems);
    }
    LocalDate checkedOn = Objects.requireNonNull(request.checkedOn(), "refused above when missing");
    String checkedBy = Objects.requireNonNull(request.checkedBy(), "refused above when missing");
    return idempotent.create(
        key,
        "POST /api/program/equipment/" + id + "/checks",
        request,
        EquipmentRegister.EndUseCheck.class,
        () -> {
          var check =
              new EquipmentRegister.EndUseCheck(
                  0,
                  id,
                  checkedOn,
                  checkedBy.strip(),
                  Boolean.TRUE.equals(request.present()),
                  Boolean.TRUE.equals(request.working()),
                  Boolean.TRUE.equals(request.usedAsIntended()),
                  request.note() == null || request.note().isBlank()
                      ? null
                      : request.note().strip());
          long checkId =
              tx.execute(
                  s -> {
                    long created = equipment.insertCheck(check);
                    // The same entry as the page writes.
                    audit.recordFacts(
                        "PROGRAM_CREATE",
                        "endUseCheck",
                        created,
                        AuditDetail.of(
                            "program.endUseCheck",
                            item.item() + " (" + item.location() + ")",
                            check.checkedOn().toString(),
                            check.checkedBy(),
                            Boolean.toString(check.present()),
                            Boolean.toString(check.working()),
                            Boolean.toString(check.usedAsIntended())));
                    return created;
                  });
          var saved =
              equipment.checks(id).stream()
                  .filter(c -> c.id() == checkId)
                  .findFirst()
                  .orElseThrow();
          return ResponseEntity.created(URI.create("/api/program/equipment/" + id)).body(saved);
        });
  }

  @Operation(summary = "Events: trainings, handovers, visits; filters program, project")
  @GetMapping("/api/program/events")
  ListPage<ProgramEvents.ProgramEvent> events(
      @RequestParam(required = false) @Nullable Long program,
      @RequestParam(required = false) @Nullable Long project,
      @Sortable(
              value = {"heldOn", "id"},
              descending = true)
          Paging paging) {
    return readableList(
        project,
        "v.project_id",
        where ->
            where.eq("v.program_id", "program", program).eq("v.project_id", "project", project),
        events::list,
        paging,
        Map.of(
            "heldOn", Comparator.comparing(ProgramEvents.ProgramEvent::heldOn),
            "id", Comparator.comparingLong(ProgramEvents.ProgramEvent::id)));
  }

  /**
   * One page of a list of records the caller may read: only the projects of the caller's scope,
   * only the one project when it is named (another partner's project is 404 and audited), the
   * list's own filters, then sorted and paged as every list is.
   */
  private <T> ListPage<T> readableList(
      @Nullable Long project,
      String projectColumn,
      UnaryOperator<Where> filters,
      Function<Where, List<T>> list,
      Paging paging,
      Map<String, Comparator<T>> sorts) {
    KuzetUser user = CurrentUser.require();
    Scope scope = access.scopeOf(user);
    if (project != null) {
      readable(user, new ProjectId(project));
    }
    return paging.slice(list.apply(filters.apply(new Where().scope(scope, projectColumn))), sorts);
  }

  /** The project if the caller may read it; another partner's project is 404 and audited. */
  private Project readable(KuzetUser user, ProjectId projectId) {
    try {
      return access.requireProject(user, projectId);
    } catch (NotFound e) {
      if (projects.find(projectId).isPresent()) {
        audit.recordFacts(
            "PROJECT_REFUSED",
            "project",
            projectId,
            AuditDetail.of("refused.agency", user.agency().value()));
      }
      throw new NotFound("project", projectId.value());
    }
  }

  private EquipmentRegister.Equipment readableEquipment(KuzetUser user, EquipmentId id) {
    var item = equipment.find(id).orElseThrow(() -> new NotFound("equipment", id.value()));
    readable(user, item.projectId());
    return item;
  }
}
