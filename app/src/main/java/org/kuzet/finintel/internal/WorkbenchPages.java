package org.kuzet.finintel.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.io.TransactionFormat;
import org.kuzet.finintel.AlertId;
import org.kuzet.finintel.FinancialCaseId;
import org.kuzet.finintel.ImportId;
import org.kuzet.finintel.internal.alerts.AlertFilter;
import org.kuzet.finintel.internal.alerts.Alerts;
import org.kuzet.finintel.internal.cases.Escalation;
import org.kuzet.finintel.internal.cases.FinancialCases;
import org.kuzet.finintel.internal.imports.ImportZones;
import org.kuzet.finintel.internal.imports.Imports;
import org.kuzet.finintel.internal.ledger.Ledger;
import org.kuzet.finintel.internal.reports.LinkCharts;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.web.Refusal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/** The investigator's pages for imports and the alert queue, with alert triage. */
@Controller
class WorkbenchPages {

  private final Imports imports;
  private final Alerts alerts;
  private final FinancialCases cases;
  private final Ledger ledger;
  private final LinkCharts charts;
  private final ImportZones zones;
  private final Escalation escalation;

  WorkbenchPages(
      Imports imports,
      Alerts alerts,
      FinancialCases cases,
      Ledger ledger,
      LinkCharts charts,
      ImportZones zones,
      Escalation escalation) {
    this.zones = zones;
    this.escalation = escalation;
    this.imports = imports;
    this.alerts = alerts;
    this.cases = cases;
    this.ledger = ledger;
    this.charts = charts;
  }

  @GetMapping("/finintel")
  String root() {
    return "redirect:/finintel/alerts";
  }

  @GetMapping("/finintel/imports")
  String imports(Model model) {
    KuzetUser user = CurrentUser.require();
    model.addAttribute("imports", imports.list(user, 50));
    model.addAttribute("formats", TransactionFormat.values());
    model.addAttribute("zones", zones.choices(user.agency()));
    return "finintel/imports";
  }

  @PostMapping("/finintel/imports")
  String upload(
      @RequestParam("file") MultipartFile file,
      @RequestParam("format") String format,
      @RequestParam(name = "mapping", required = false) @Nullable String mapping,
      @RequestParam(name = "zone", required = false) @Nullable String zone)
      throws IOException {
    KuzetUser user = CurrentUser.require();
    ImportId id = imports.submit(user, file, format, mapping, zone);
    return "redirect:/finintel/imports/" + id;
  }

  @GetMapping("/finintel/imports/{id}")
  String importPage(@PathVariable ImportId id, Model model) {
    KuzetUser user = CurrentUser.require();
    model.addAttribute("imp", imports.get(user, id));
    model.addAttribute("errors", imports.errors(user, id));
    return "finintel/import";
  }

  /**
   * The import's status, counts and rejected rows, polled while it runs: the rejected rows are part
   * of it so that the counts and the list never disagree.
   */
  @GetMapping("/finintel/imports/{id}/progress")
  String progress(@PathVariable ImportId id, Model model) {
    KuzetUser user = CurrentUser.require();
    model.addAttribute("imp", imports.get(user, id));
    model.addAttribute("errors", imports.errors(user, id));
    return "finintel/import :: progress";
  }

  @GetMapping("/finintel/alerts")
  String queue(
      @RequestParam(required = false) @Nullable String typology,
      @RequestParam(required = false) @Nullable Integer minPercent,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate to,
      @RequestParam(required = false) @Nullable BigDecimal minAmount,
      @RequestParam(required = false) @Nullable String assignee,
      @RequestParam(defaultValue = "open") String status,
      @RequestParam(required = false) @Nullable Long importId,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    KuzetUser user = CurrentUser.require();
    // The page shows scores as 0-100, so its filter takes them so too (the API keeps 0-1).
    if (minPercent != null && (minPercent < 0 || minPercent > 100)) {
      throw Refusal.of("minPercent", "error.value.range", "0", "100");
    }
    Double minScore = minPercent == null ? null : minPercent / 100.0;
    var filter =
        AlertFilter.ofQuery(
            typology, minScore, from, to, minAmount, assignee, status, importId, page);
    model.addAttribute("minPercent", minPercent);
    model.addAttribute("page", alerts.queue(user, filter));
    model.addAttribute("filter", filter);
    model.addAttribute("typologies", Alerts.typologies());
    model.addAttribute(
        "statuses", List.of("open", "NEW", "ASSIGNED", "DISMISSED", "ESCALATED", "all"));
    return "finintel/alerts";
  }

  @GetMapping("/finintel/alerts/{id}")
  String alert(@PathVariable AlertId id, Model model) {
    KuzetUser user = CurrentUser.require();
    var a = alerts.view(user, id);
    model.addAttribute("alert", a);
    model.addAttribute("accounts", ledger.accounts(a.agency(), alerts.evidenceAccountIds(id)));
    model.addAttribute(
        "transactions", ledger.transactions(a.agency(), alerts.evidenceTransactionIds(id)));
    model.addAttribute("history", alerts.history(user, id));
    model.addAttribute(
        "cases",
        cases.list(user, false, 100).stream().filter(c -> c.status().equals("OPEN")).toList());
    return "finintel/alert";
  }

  @GetMapping("/finintel/alerts/{id}/graph")
  @ResponseBody
  List<Map<String, Object>> alertGraph(@PathVariable AlertId id) {
    KuzetUser user = CurrentUser.require();
    var a = alerts.viewGraph(user, id);
    return charts.elements(
        ledger.transactions(a.agency(), alerts.evidenceTransactionIds(id)),
        Set.copyOf(alerts.evidenceAccountIds(id)));
  }

  @PostMapping("/finintel/alerts/{id}/assign")
  String assign(
      @PathVariable AlertId id, @RequestParam(required = false) @Nullable String assignee) {
    alerts.assign(CurrentUser.require(), id, assignee);
    return "redirect:/finintel/alerts/" + id;
  }

  @PostMapping("/finintel/alerts/{id}/comment")
  String comment(@PathVariable AlertId id, @RequestParam String text) {
    alerts.comment(CurrentUser.require(), id, text);
    return "redirect:/finintel/alerts/" + id;
  }

  @PostMapping("/finintel/alerts/{id}/dismiss")
  String dismiss(@PathVariable AlertId id, @RequestParam String reason) {
    alerts.dismiss(CurrentUser.require(), id, reason);
    return "redirect:/finintel/alerts/" + id;
  }

  @PostMapping("/finintel/alerts/{id}/escalate")
  String escalate(
      @PathVariable AlertId id,
      @RequestParam(required = false) @Nullable Long caseId,
      @RequestParam(required = false) @Nullable String title) {
    // The form's "new case" choice sends a blank caseId.
    FinancialCaseId target =
        escalation.escalate(
            CurrentUser.require(), id, caseId == null ? null : new FinancialCaseId(caseId), title);
    return "redirect:/finintel/cases/" + target;
  }
}
