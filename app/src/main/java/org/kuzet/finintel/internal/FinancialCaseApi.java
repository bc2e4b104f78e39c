package org.kuzet.finintel.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kuzet.finintel.FinancialCaseId;
import org.kuzet.finintel.internal.cases.FinancialCases;
import org.kuzet.finintel.internal.ledger.Ledger;
import org.kuzet.finintel.internal.reports.CaseReports;
import org.kuzet.finintel.internal.reports.LinkCharts;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.web.ETags;
import org.kuzet.web.IdempotentCreation;
import org.kuzet.web.ListPage;
import org.kuzet.web.Paging;
import org.kuzet.web.Refusal;
import org.kuzet.web.Sortable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import org.springframework.web.multipart.MultipartFile;

/**
 * Financial cases for banks' and the financial intelligence unit's systems: cases, their notes and
 * attachments, flow tracing over the case's accounts, and the goAML report. Through {@link
 * FinancialCases}, {@link LinkCharts} and {@link CaseReports}, as the pages: every read of a case
 * is audited there. Another agency's case answers 404, here as on the pages, and is audited there.
 */
@RestController
@Tag(name = "finintel", description = "cases, notes, attachments, flow tracing, goAML report")
class FinancialCaseApi {

  private final FinancialCases cases;
  private final Ledger ledger;
  private final LinkCharts charts;
  private final CaseReports reports;
  private final IdempotentCreation idempotent;
  private final ETags etags;

  FinancialCaseApi(
      FinancialCases cases,
      Ledger ledger,
      LinkCharts charts,
      CaseReports reports,
      IdempotentCreation idempotent,
      ETags etags) {
    this.cases = cases;
    this.ledger = ledger;
    this.charts = charts;
    this.reports = reports;
    this.idempotent = idempotent;
    this.etags = etags;
  }

  record CaseRequest(
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              example = "Shell companies paying Almaty importers")
          @Nullable String title) {}

  record NoteRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String text) {}

  record StatusRequest(
      @Schema(description = "OPEN or CLOSED", requiredMode = Schema.RequiredMode.REQUIRED)
          @Nullable String status) {}

  record CaseView(FinancialCases.CaseRow caseFile, List<FinancialCases.Attachment> attachments) {}

  record Created(long id) {}

  record AttachmentKey(String fileName, String sha256) {}

  @Operation(summary = "The agency's cases, newest first; mine=true for the caller's own")
  @GetMapping("/api/finintel/cases")
  ListPage<FinancialCases.CaseSummary> caseList(
      @RequestParam(defaultValue = "false") boolean mine,
      @Sortable(
              value = {"createdAt", "id"},
              descending = true)
          Paging paging) {
    return cases.page(CurrentUser.require(), mine, paging);
  }

  @Operation(summary = "Open a case")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/finintel/cases")
  ResponseEntity<Created> open(
      @RequestHeader(name = IdempotentCreation.HEADER, required = false) @Nullable String key,
      @RequestBody CaseRequest request) {
    KuzetUser user = CurrentUser.require();
    return idempotent.create(
        key,
        "POST /api/finintel/cases",
        request,
        Created.class,
        () -> {
          FinancialCaseId id =
              cases.create(user, request.title() == null ? "" : request.title(), false);
          return ResponseEntity.created(URI.create("/api/finintel/cases/" + id))
              .body(new Created(id.value()));
        });
  }

  @Operation(summary = "A case with its attachments (audited); its ETag guards status changes")
  @GetMapping("/api/finintel/cases/{id}")
  ResponseEntity<CaseView> caseFile(@PathVariable FinancialCaseId id) {
    KuzetUser user = CurrentUser.require();
    var row = cases.view(user, id);
    return etags.ok(new CaseView(row, cases.attachments(id)));
  }

  @Operation(summary = "Open or close a case (If-Match: the case's ETag)")
  @PutMapping("/api/finintel/cases/{id}/status")
  ResponseEntity<CaseView> status(
      @PathVariable FinancialCaseId id,
      @RequestHeader(name = ETags.IF_MATCH, required = false) @Nullable String ifMatch,
      @RequestBody StatusRequest request) {
    KuzetUser user = CurrentUser.require();
    cases.get(user, id);
    String status = request.status();
    if (status == null || !List.of("OPEN", "CLOSED").contains(status)) {
      throw Refusal.of("status", "error.value.invalid", String.valueOf(status));
    }
    return etags.change(
        ifMatch,
        "fin_case",
        id.value(),
        () -> new CaseView(cases.get(user, id), cases.attachments(id)),
        () -> {
          cases.setStatus(user, id, status);
          return etags.ok(new CaseView(cases.get(user, id), cases.attachments(id)));
        });
  }

  @Operation(summary = "The case's timeline: notes, subjects added, attachments, status changes")
  @GetMapping("/api/finintel/cases/{id}/notes")
  ListPage<FinancialCases.Event> notes(
      @PathVariable FinancialCaseId id, @Sortable(value = {"at"}) Paging paging) {
    KuzetUser user = CurrentUser.require();
    cases.view(user, id, CaseReads.timeline());
    return paging.slice(
        cases.timeline(id), Map.of("at", Comparator.comparing(FinancialCases.Event::at)));
  }

  @Operation(summary = "Add a note to the case's timeline")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/finintel/cases/{id}/notes")
  ResponseEntity<FinancialCases.Event> addNote(
      @PathVariable FinancialCaseId id,
      @RequestHeader(name = IdempotentCreation.HEADER, required = false) @Nullable String key,
      @RequestBody NoteRequest request) {
    KuzetUser user = CurrentUser.require();
    cases.get(user, id);
    return idempotent.create(
        key,
        "POST /api/finintel/cases/" + id + "/notes",
        request,
        FinancialCases.Event.class,
        () -> {
          cases.note(user, id, request.text() == null ? "" : request.text());
          var timeline = cases.timeline(id);
          return ResponseEntity.created(URI.create("/api/finintel/cases/" + id + "/notes"))
              .body(timeline.get(timeline.size() - 1));
        });
  }

  @Operation(summary = "Attach a file to the case (multipart, up to 5 MB)")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping(
      value = "/api/finintel/cases/{id}/attachments",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Created> attach(
      @PathVariable FinancialCaseId id,
      @RequestHeader(name = IdempotentCreation.HEADER, required = false) @Nullable String key,
      @RequestParam("file") MultipartFile file)
      throws IOException {
    KuzetUser user = CurrentUser.require();
    cases.get(user, id);
    if (file.getSize() > FinancialCases.MAX_ATTACHMENT_BYTES) {
      throw Refusal.of("file", "error.upload.tooLarge");
    }
    byte[] content = file.getBytes();
    String name = file.getOriginalFilename() == null ? "attachment" : file.getOriginalFilename();
    return idempotent.create(
        key,
        "POST /api/finintel/cases/" + id + "/attachments",
        new AttachmentKey(name, IdempotentCreation.digest(content)),
        Created.class,
        () -> {
          long attachment = cases.attach(user, id, name, file.getContentType(), content);
          return ResponseEntity.created(
                  URI.create("/api/finintel/cases/" + id + "/attachments/" + attachment))
              .body(new Created(attachment));
        });
  }

  @Operation(summary = "An attachment's content (audited)")
  @GetMapping("/api/finintel/cases/{id}/attachments/{attachment}")
  ResponseEntity<byte[]> attachment(
      @PathVariable FinancialCaseId id, @PathVariable long attachment) {
    KuzetUser user = CurrentUser.require();
    var a = cases.attachment(user, id, attachment);
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(a.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .body(a.content());
  }

  @Operation(
      summary =
          "Where money from an account went (to another, when given): paths with the amount carried; audited")
  @GetMapping("/api/finintel/cases/{id}/trace")
  List<LinkCharts.TracedPath> trace(
      @PathVariable FinancialCaseId id,
      @Schema(
              description = "bank:account, or a chart id a123",
              example = "KZKOKZKX:KZ86125KZT5004100100")
          @RequestParam
          String account,
      @RequestParam(required = false) @Nullable String target,
      @RequestParam(required = false) @Nullable LocalDate from,
      @RequestParam(required = false) @Nullable LocalDate to,
      @RequestParam(defaultValue = "4") int hops) {
    KuzetUser user = CurrentUser.require();
    if (hops < 1 || hops > 8) {
      throw Refusal.of("hops", "error.value.number", String.valueOf(hops));
    }
    var c = cases.view(user, id, CaseReads.trace(account, target, hops, from, to, true));
    long source = ledger.accountOf(c.agency(), "account", account);
    Long goal =
        target == null || target.isBlank() ? null : ledger.accountOf(c.agency(), "target", target);
    Instant start = from == null ? Instant.EPOCH : from.atStartOfDay().toInstant(ZoneOffset.UTC);
    Instant end =
        to == null
            ? Instant.parse("9999-12-31T00:00:00Z")
            : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusMillis(1);
    return charts.trace(c.agency(), source, goal, start, end, hops, 50);
  }

  @Operation(
      summary =
          "The case as a goAML suspicious transaction report (XML, validated against the schema)")
  @GetMapping(value = "/api/finintel/cases/{id}/goaml", produces = MediaType.APPLICATION_XML_VALUE)
  ResponseEntity<byte[]> goAml(@PathVariable FinancialCaseId id) {
    KuzetUser user = CurrentUser.require();
    byte[] body = reports.goAml(user, id, LocaleContextHolder.getLocale());
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"case-" + id + "-str.xml\"")
        .contentType(MediaType.APPLICATION_XML)
        .body(body);
  }
}
