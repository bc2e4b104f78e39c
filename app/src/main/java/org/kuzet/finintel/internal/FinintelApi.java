package org.kuzet.finintel.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kuzet.finintel.AlertId;
import org.kuzet.finintel.FinancialCaseId;
import org.kuzet.finintel.ImportId;
import org.kuzet.finintel.internal.alerts.AlertFilter;
import org.kuzet.finintel.internal.alerts.AlertRow;
import org.kuzet.finintel.internal.alerts.Alerts;
import org.kuzet.finintel.internal.cases.Escalation;
import org.kuzet.finintel.internal.imports.Imports;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.web.IdempotentCreation;
import org.kuzet.web.ListPage;
import org.kuzet.web.Paging;
import org.kuzet.web.Sortable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The workbench API: imports (multipart upload answered at once with 202 and the import's address,
 * then polled), their rejected rows, the alert queue and alert triage. Lists follow the API's
 * conventions ({@link Paging}, {@link ListPage}); the queue's filters are the page's.
 */
@RestController
@Tag(name = "finintel")
class FinintelApi {

  private final Imports imports;
  private final Alerts alerts;
  private final IdempotentCreation idempotent;
  private final Escalation escalation;

  FinintelApi(
      Imports imports, Alerts alerts, IdempotentCreation idempotent, Escalation escalation) {
    this.escalation = escalation;
    this.imports = imports;
    this.alerts = alerts;
    this.idempotent = idempotent;
  }

  /** What a retried upload is compared on: the file by its digest, not its bytes. */
  record ImportKey(
      String fileName,
      String sha256,
      String format,
      @Nullable String mapping,
      @Nullable String zone) {}

  @Operation(
      summary =
          "Import a transaction file (multipart); answered at once with 202 and the import to poll")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @PostMapping(path = "/api/finintel/imports", consumes = "multipart/form-data")
  ResponseEntity<Imports.ImportView> upload(
      @RequestHeader(name = IdempotentCreation.HEADER, required = false) @Nullable String key,
      @RequestParam("file") MultipartFile file,
      @RequestParam("format") String format,
      @RequestParam(name = "mapping", required = false) @Nullable String mapping,
      @RequestParam(name = "zone", required = false) @Nullable String zone)
      throws IOException {
    KuzetUser user = CurrentUser.require();
    String digest;
    try (InputStream in = file.getInputStream()) {
      digest = IdempotentCreation.digest(in);
    }
    var request =
        new ImportKey(String.valueOf(file.getOriginalFilename()), digest, format, mapping, zone);
    return idempotent.create(
        key,
        "POST /api/finintel/imports",
        request,
        Imports.ImportView.class,
        () -> {
          try {
            ImportId id = imports.submit(user, file, format, mapping, zone);
            return ResponseEntity.accepted()
                .location(URI.create("/api/finintel/imports/" + id))
                .body(imports.get(user, id));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @Operation(summary = "The agency's imports, newest first")
  @GetMapping("/api/finintel/imports")
  ListPage<Imports.ImportView> list(
      @Sortable(
              value = {"startedAt", "id"},
              descending = true)
          Paging paging) {
    return imports.page(CurrentUser.require(), paging);
  }

  @Operation(summary = "An import and its progress")
  @GetMapping("/api/finintel/imports/{id}")
  Imports.ImportView get(@PathVariable ImportId id) {
    return imports.get(CurrentUser.require(), id);
  }

  @Operation(summary = "An import's rejected rows, by line")
  @GetMapping("/api/finintel/imports/{id}/errors")
  ListPage<Imports.ImportError> errors(
      @PathVariable ImportId id, @Sortable({"line"}) Paging paging) {
    return imports.errors(CurrentUser.require(), id, paging);
  }

  @Operation(summary = "The alert queue, best first; filters as on the page")
  @GetMapping("/api/finintel/alerts")
  ListPage<AlertRow> queue(
      @RequestParam(required = false) @Nullable String typology,
      @RequestParam(required = false) @Nullable Double minScore,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate to,
      @RequestParam(required = false) @Nullable BigDecimal minAmount,
      @RequestParam(required = false) @Nullable String assignee,
      @RequestParam(defaultValue = "open") String status,
      @RequestParam(required = false) @Nullable Long importId,
      @Sortable(
              value = {"score", "lastAt", "amount", "createdAt", "id"},
              descending = true)
          Paging paging) {
    return alerts.list(
        CurrentUser.require(),
        AlertFilter.ofQuery(typology, minScore, from, to, minAmount, assignee, status, importId, 0),
        paging);
  }

  @Operation(summary = "An alert with its evidence and history (audited)")
  @GetMapping("/api/finintel/alerts/{id}")
  Map<String, Object> alert(@PathVariable AlertId id) {
    KuzetUser user = CurrentUser.require();
    var a = alerts.view(user, id);
    return Map.of(
        "alert", a,
        "accounts", alerts.evidenceAccountIds(id),
        "transactions", alerts.evidenceTransactionIds(id),
        "history", alerts.history(user, id));
  }

  @Operation(summary = "Assign an alert (to the caller when no assignee is given)")
  @PostMapping("/api/finintel/alerts/{id}/assign")
  AlertRow assign(
      @PathVariable AlertId id, @RequestParam(required = false) @Nullable String assignee) {
    KuzetUser user = CurrentUser.require();
    alerts.assign(user, id, assignee);
    return alerts.get(user, id);
  }

  @Operation(summary = "Dismiss an alert with a reason")
  @PostMapping("/api/finintel/alerts/{id}/dismiss")
  AlertRow dismiss(@PathVariable AlertId id, @RequestParam String reason) {
    KuzetUser user = CurrentUser.require();
    alerts.dismiss(user, id, reason);
    return alerts.get(user, id);
  }

  record Escalated(FinancialCaseId caseId) {}

  record EscalateKey(AlertId alert, @Nullable FinancialCaseId caseId, @Nullable String title) {}

  @Operation(summary = "Escalate an alert to a case: an existing one (caseId) or a new one (title)")
  @PostMapping("/api/finintel/alerts/{id}/escalate")
  ResponseEntity<Escalated> escalate(
      @PathVariable AlertId id,
      @RequestHeader(name = IdempotentCreation.HEADER, required = false) @Nullable String key,
      @RequestParam(name = "caseId", required = false) @Nullable Long caseNumber,
      @RequestParam(required = false) @Nullable String title) {
    KuzetUser user = CurrentUser.require();
    // A blank caseId means a new case, as it did when the parameter was a plain number.
    FinancialCaseId caseId = caseNumber == null ? null : new FinancialCaseId(caseNumber);
    return idempotent.create(
        key,
        "POST /api/finintel/alerts/" + id + "/escalate",
        new EscalateKey(id, caseId, title),
        Escalated.class,
        () -> ResponseEntity.ok(new Escalated(escalation.escalate(user, id, caseId, title))));
  }
}
