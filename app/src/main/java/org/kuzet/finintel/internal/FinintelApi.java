package org.kuzet.finintel.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The workbench API: imports (multipart upload answered at once with 202 and the import's
 * address, then polled), their rejected rows, the alert queue and alert triage.
 */
@RestController
class FinintelApi {

  private final Imports imports;
  private final Alerts alerts;

  FinintelApi(Imports imports, Alerts alerts) {
    this.imports = imports;
    this.alerts = alerts;
  }

  @PostMapping(path = "/api/finintel/imports", consumes = "multipart/form-data")
  ResponseEntity<Imports.ImportView> upload(
      @RequestParam("file") MultipartFile file,
      @RequestParam("format") String format,
      @RequestParam(name = "mapping", required = false) @Nullable String mapping)
      throws IOException {
    KuzetUser user = CurrentUser.require();
    long id = imports.submit(user, file, format, mapping);
    return ResponseEntity.accepted()
        .location(URI.create("/api/finintel/imports/" + id))
        .body(imports.get(user, id));
  }

  @GetMapping("/api/finintel/imports")
  List<Imports.ImportView> list() {
    return imports.list(CurrentUser.require(), 100);
  }

  @GetMapping("/api/finintel/imports/{id}")
  Imports.ImportView get(@PathVariable long id) {
    return imports.get(CurrentUser.require(), id);
  }

  @GetMapping("/api/finintel/imports/{id}/errors")
  List<Imports.ImportError> errors(@PathVariable long id) {
    return imports.errors(CurrentUser.require(), id);
  }

  @GetMapping("/api/finintel/alerts")
  Alerts.Page queue(
      @RequestParam(required = false) @Nullable String typology,
      @RequestParam(required = false) @Nullable Double minScore,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate to,
      @RequestParam(required = false) @Nullable BigDecimal minAmount,
      @RequestParam(required = false) @Nullable String assignee,
      @RequestParam(defaultValue = "open") String status,
      @RequestParam(required = false) @Nullable Long importId,
      @RequestParam(defaultValue = "0") int page) {
    return alerts.queue(
        CurrentUser.require(),
        new AlertFilter(typology, minScore, from, to, minAmount, assignee, status, importId, page));
  }

  @GetMapping("/api/finintel/alerts/{id}")
  Map<String, Object> alert(@PathVariable long id) {
    KuzetUser user = CurrentUser.require();
    var a = alerts.view(user, id);
    return Map.of(
        "alert", a,
        "accounts", alerts.evidenceAccountIds(id),
        "transactions", alerts.evidenceTransactionIds(id),
        "history", alerts.history(user, id));
  }

  @PostMapping("/api/finintel/alerts/{id}/assign")
  Alerts.AlertRow assign(@PathVariable long id, @RequestParam(required = false) @Nullable String assignee) {
    KuzetUser user = CurrentUser.require();
    alerts.assign(user, id, assignee);
    return alerts.get(user, id);
  }

  @PostMapping("/api/finintel/alerts/{id}/dismiss")
  Alerts.AlertRow dismiss(@PathVariable long id, @RequestParam String reason) {
    KuzetUser user = CurrentUser.require();
    alerts.dismiss(user, id, reason);
    return alerts.get(user, id);
  }

  @PostMapping("/api/finintel/alerts/{id}/escalate")
  Map<String, Object> escalate(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable Long caseId,
      @RequestParam(required = false) @Nullable String title) {
    long target = alerts.escalate(CurrentUser.require(), id, caseId, title);
    return Map.of("caseId", target);
  }
}
