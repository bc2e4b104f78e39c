package org.kuzet.finintel.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.finintel.FinancialCaseId;
import org.kuzet.finintel.internal.cases.FinancialCases;
import org.kuzet.finintel.internal.ledger.Ledger;
import org.kuzet.finintel.internal.reports.CaseReports;
import org.kuzet.finintel.internal.reports.LinkCharts;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.web.Refusal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/** Case files: the list, a case with its chart and timeline, flow tracing and the exports. */
@Controller
class FinancialCasePages {

  private final FinancialCases cases;
  private final Ledger ledger;
  private final LinkCharts charts;
  private final CaseReports reports;
  private final Clock clock;

  FinancialCasePages(
      FinancialCases cases, Ledger ledger, LinkCharts charts, CaseReports reports, Clock clock) {
    this.clock = clock;
    this.cases = cases;
    this.ledger = ledger;
    this.charts = charts;
    this.reports = reports;
  }

  @GetMapping("/finintel/cases")
  String list(@RequestParam(defaultValue = "false") boolean mine, Model model) {
    model.addAttribute("cases", cases.list(CurrentUser.require(), mine, 200));
    model.addAttribute("mine", mine);
    return "finintel/cases";
  }

  @PostMapping("/finintel/cases")
  String create(@RequestParam String title) {
    FinancialCaseId id = cases.create(CurrentUser.require(), title, false);
    return "redirect:/finintel/cases/" + id;
  }

  @GetMapping("/finintel/cases/{id}")
  String show(@PathVariable FinancialCaseId id, Model model) {
    KuzetUser user = CurrentUser.require();
    FinancialCases.CaseRow c = cases.view(user, id);
    List<Ledger.Tx> txs = ledger.transactions(c.agency(), cases.transactionIds(id));
    Instant[] span = LinkCharts.span(txs, clock.instant());
    model.addAttribute("c", c);
    model.addAttribute("accounts", ledger.accounts(c.agency(), cases.subjectAccounts(id)));
    model.addAttribute("parties", ledger.parties(c.agency(), cases.subjectParties(id)));
    model.addAttribute("alerts", cases.alerts(id));
    model.addAttribute("transactions", txs.size() > 500 ? txs.subList(0, 500) : txs);
    model.addAttribute("transactionCount", txs.size());
    model.addAttribute("timeline", cases.timeline(id));
    model.addAttribute("attachments", cases.attachments(id));
    model.addAttribute("from", LocalDate.ofInstant(span[0], ZoneOffset.UTC));
    model.addAttribute("to", LocalDate.ofInstant(span[1], ZoneOffset.UTC));
    model.addAttribute("maxAttachment", FinancialCases.MAX_ATTACHMENT_BYTES / (1024 * 1024));
    return "finintel/case";
  }

  /** The case's chart: its transactions within the period, subjects marked. */
  @GetMapping("/finintel/cases/{id}/graph")
  @ResponseBody
  List<Map<String, Object>> graph(
      @PathVariable FinancialCaseId id,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate to) {
    KuzetUser user = CurrentUser.require();
    FinancialCases.CaseRow c = cases.view(user, id, CaseReads.chart(from, to));
    Instant f = start(from);
    Instant t = end(to);
    List<Ledger.Tx> txs =
        ledger.transactions(c.agency(), cases.transactionIds(id)).stream()
            .filter(
                x ->
                    (f == null || !x.at().toInstant().isBefore(f))
                        && (t == null || !x.at().toInstant().isAfter(t)))
            .toList();
    return charts.elements(txs, Set.copyOf(cases.subjectAccounts(id)));
  }

  /** The neighbours of one account on the chart: its payments within the period. */
  @GetMapping("/finintel/cases/{id}/graph/expand")
  @ResponseBody
  List<Map<String, Object>> expand(
      @PathVariable FinancialCaseId id,
      @RequestParam long account,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate to) {
    KuzetUser user = CurrentUser.require();
    FinancialCases.CaseRow c = cases.view(user, id, CaseReads.chartAccount(account, from, to));
    return charts.expand(c.agency(), account, start(from), end(to));
  }

  /** Chart elements for given payments of the agency: a traced path added to the chart. */
  @GetMapping("/finintel/cases/{id}/graph/transactions")
  @ResponseBody
  List<Map<String, Object>> pathElements(
      @PathVariable FinancialCaseId id, @RequestParam List<Long> ids) {
    KuzetUser user = CurrentUser.require();
    FinancialCases.CaseRow c = cases.view(user, id, CaseReads.chartTraced(ids));
    if (ids.size() > 100) {
      throw Refusal.of("ids", "fin.refusal.tooManyPayments", "100");
    }
    return charts.elements(
        ledger.transactions(c.agency(), ids), Set.copyOf(cases.subjectAccounts(id)));
  }

  @GetMapping("/finintel/cases/{id}/trace")
  String trace(
      @PathVariable FinancialCaseId id,
      @RequestParam String account,
      @RequestParam(required = false) @Nullable String target,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate to,
      @RequestParam(defaultValue = "4") int hops,
      Model model) {
    KuzetUser user = CurrentUser.require();
    FinancialCases.CaseRow c =
        cases.view(user, id, CaseReads.trace(account, target, hops, from, to, false));
    long source = accountId(c, account);
    Long goal = target == null || target.isBlank() ? null : accountId(c, target);
    Instant f = start(from);
    Instant t = end(to);
    model.addAttribute(
        "paths",
        charts.trace(
            c.agency(),
            source,
            goal,
            f == null ? Instant.EPOCH : f,
            t == null ? Instant.parse("9999-12-31T00:00:00Z") : t,
            hops,
            50));
    return "finintel/case :: trace";
  }

  /** An account as {@code bank:account}, or its chart id {@code a123}. */
  private long accountId(FinancialCases.CaseRow c, String text) {
    return ledger.accountOf(c.agency(), "account", text);
  }

  @PostMapping("/finintel/cases/{id}/notes")
  String note(@PathVariable FinancialCaseId id, @RequestParam String text) {
    cases.note(CurrentUser.require(), id, text);
    return "redirect:/finintel/cases/" + id + "#timeline";
  }

  @PostMapping("/finintel/cases/{id}/subjects")
  String subject(@PathVariable FinancialCaseId id, @RequestParam String account) {
    KuzetUser user = CurrentUser.require();
    String s = account.strip();
    int colon = s.indexOf(':');
    if (colon < 0) {
      throw Refusal.of("account", "fin.refusal.accountFormat", s);
    }
    cases.addAccount(user, id, s.substring(0, colon), s.substring(colon + 1), ledger);
    return "redirect:/finintel/cases/" + id;
  }

  @PostMapping("/finintel/cases/{id}/status")
  String status(@PathVariable FinancialCaseId id, @RequestParam String status) {
    cases.setStatus(CurrentUser.require(), id, status);
    return "redirect:/finintel/cases/" + id;
  }

  @PostMapping("/finintel/cases/{id}/attachments")
  String attach(@PathVariable FinancialCaseId id, @RequestParam("file") MultipartFile file)
      throws IOException {
    if (file.getSize() > FinancialCases.MAX_ATTACHMENT_BYTES) {
      throw Refusal.of(
          "file",
          "fin.refusal.attachmentTooLarge",
          String.valueOf(file.getSize()),
          String.valueOf(FinancialCases.MAX_ATTACHMENT_BYTES));
    }
    cases.attach(
        CurrentUser.require(),
        id,
        file.getOriginalFilename() == null ? "attachment" : file.getOriginalFilename(),
        file.getContentType(),
        file.getBytes());
    return "redirect:/finintel/cases/" + id;
  }

  @GetMapping("/finintel/cases/{id}/attachments/{attachment}")
  ResponseEntity<byte[]> attachment(
      @PathVariable FinancialCaseId id, @PathVariable long attachment) {
    var a = cases.attachment(CurrentUser.require(), id, attachment);
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(a.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .body(a.content());
  }

  @GetMapping("/finintel/cases/{id}/report.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable FinancialCaseId id, Locale locale) {
    byte[] body = reports.pdf(CurrentUser.require(), id, locale);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"case-" + id + ".pdf\"")
        .contentType(MediaType.APPLICATION_PDF)
        .body(body);
  }

  @GetMapping("/finintel/cases/{id}/str.xml")
  ResponseEntity<byte[]> goAml(@PathVariable FinancialCaseId id, Locale locale) {
    byte[] body = reports.goAml(CurrentUser.require(), id, locale);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"case-" + id + "-str.xml\"")
        .contentType(MediaType.APPLICATION_XML)
        .body(body);
  }

  private static @Nullable Instant start(@Nullable LocalDate date) {
    return date == null ? null : date.atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  private static @Nullable Instant end(@Nullable LocalDate date) {
    return date == null
        ? null
        : date.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusMillis(1);
  }
}
