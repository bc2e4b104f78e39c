package org.kuzet.finintel.internal.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.kuzet.engine.finintel.goaml.GoAmlPerson;
import org.kuzet.engine.finintel.goaml.GoAmlReport;
import org.kuzet.engine.finintel.goaml.GoAmlSchema;
import org.kuzet.engine.finintel.goaml.GoAmlTransaction;
import org.kuzet.engine.finintel.goaml.GoAmlTransactions;
import org.kuzet.engine.finintel.goaml.GoAmlWriter;
import org.kuzet.engine.finintel.goaml.MissingElementException;
import org.kuzet.finintel.FinancialCaseId;
import org.kuzet.finintel.internal.alerts.AlertRow;
import org.kuzet.finintel.internal.alerts.ReasonWords;
import org.kuzet.finintel.internal.cases.FinancialCases;
import org.kuzet.finintel.internal.imports.ImportZones;
import org.kuzet.finintel.internal.ledger.Columns;
import org.kuzet.finintel.internal.ledger.FinintelAccess;
import org.kuzet.finintel.internal.ledger.Ledger;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.KuzetUser;
import org.kuzet.web.Formats;
import org.kuzet.web.PdfDocuments;
import org.kuzet.web.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case's exports: a PDF report (subjects, findings, flows, transactions, timeline) and a
 * suspicious transaction report in goAML XML written by the engine's writer. Both are audited and
 * noted on the case's timeline.
 */
@Service
public class CaseReports {

  private static final Logger log = LoggerFactory.getLogger(CaseReports.class);

  /** Payments listed in a report; the flows table still sums all of them. */
  static final int MAX_LISTED = 2000;

  private final FinancialCases cases;
  private final Ledger ledger;
  private final PdfDocuments pdf;
  private final AuditLog audit;
  private final MessageSource messages;
  private final ReportingEntities entities;
  private final ImportZones zones;
  private final Clock clock;
  private final ReasonWords reasonWords;
  private final Formats formats;

  CaseReports(
      FinancialCases cases,
      Ledger ledger,
      PdfDocuments pdf,
      AuditLog audit,
      MessageSource messages,
      ReportingEntities entities,
      ImportZones zones,
      Clock clock,
      ReasonWords reasonWords,
      Formats formats) {
    this.formats = formats;
    this.reasonWords = reasonWords;
    this.clock = clock;
    this.entities = entities;
    this.zones = zones;
    this.cases = cases;
    this.ledger = ledger;
    this.pdf = pdf;
    this.audit = audit;
    this.messages = messages;
  }

  @Transactional(noRollbackFor = FinintelAccess.OtherAgencyRecord.class)
  public byte[] pdf(KuzetUser user, FinancialCaseId caseId, Locale locale) {
    FinancialCases.CaseRow c = cases.get(user, caseId);
    List<Ledger.Tx> txs = ledger.transactions(c.agency(), cases.transactionIds(caseId));
    Map<String, String> labels = new HashMap<>();
    for (Ledger.Tx t : txs) {
      labels.put(
          "a" + t.fromId(),
          t.fromHolder() == null ? t.fromKey() : t.fromHolder() + " (" + t.fromKey() + ")");
      labels.put(
          "a" + t.toId(), t.toHolder() == null ? t.toKey() : t.toHolder() + " (" + t.toKey() + ")");
    }
    Map<String, Object> vars = new HashMap<>();
    vars.put("c", c);
    vars.put("user", user);
    vars.put("generatedAt", Columns.now(clock));
    vars.put("accounts", ledger.accounts(c.agency(), cases.subjectAccounts(caseId)));
    vars.put("parties", ledger.parties(c.agency(), cases.subjectParties(caseId)));
    vars.put("alerts", cases.alerts(caseId));
    // The PDF is rendered outside the web context: alert reasons are worded through this.
    vars.put("reasonWords", reasonWords);
    List<LinkCharts.Flow> flows = LinkCharts.flows(txs);
    vars.put("flows", flows);
    vars.put("labels", labels);
    vars.put("transactions", txs.size() > MAX_LISTED ? txs.subList(0, MAX_LISTED) : txs);
    vars.put("transactionCount", txs.size());
    vars.put("timeline", cases.timeline(caseId));
    byte[] out =
        LinkChartPdf.appendChart(
            pdf.render("finintel/report", vars, locale),
            chartNodes(txs, Set.copyOf(cases.subjectAccounts(caseId))),
            flows,
            new LinkChartPdf.Texts(
                messages.getMessage("fin.report.chart", null, locale),
                messages.getMessage(
                    "fin.report.chartOf", new Object[] {c.title(), flows.size()}, locale),
                (accounts, flowsLeft) ->
                    messages.getMessage(
                        "fin.report.chartNotDrawn", new Object[] {accounts, flowsLeft}, locale),
                f -> LinkChartPdf.amountLabel(f, formats, locale)));
    cases.event(user, caseId, "EXPORT", FinancialCases.Event.pdfExport());
    audit.recordFacts(
        "finintel.case.export.pdf",
        "fin_case",
        caseId,
        AuditDetail.of("finintel.transactions", txs.size()));
    return out;
  }

  /** The accounts of the payments, in the order of their ids, as the chart draws them. */
  private static List<LinkChartPdf.Node> chartNodes(List<Ledger.Tx> txs, Set<Long> subjects) {
    Map<Long, LinkChartPdf.Node> nodes = new TreeMap<>();
    for (Ledger.Tx t : txs) {
      nodes.putIfAbsent(
          t.fromId(),
          new LinkChartPdf.Node(
              "a" + t.fromId(), t.fromHolder(), t.fromKey(), subjects.contains(t.fromId())));
      nodes.putIfAbsent(
          t.toId(),
          new LinkChartPdf.Node(
              "a" + t.toId(), t.toHolder(), t.toKey(), subjects.contains(t.toId())));
    }
    return List.copyOf(nodes.values());
  }

  /**
   * The case's STR as goAML XML, offered only once it has passed the goAML 5.0.1 schema.
   *
   * @throws IllegalArgumentException in the user's language, naming the setting that is missing or
   *     the element that breaks the schema (answered 400 with that message); nothing is exported or
   *     audited then
   */
  @Transactional(noRollbackFor = FinintelAccess.OtherAgencyRecord.class)
  public byte[] goAml(KuzetUser user, FinancialCaseId caseId, Locale locale) {
    GoAmlReport report = goAmlReport(user, caseId, locale);
    var out = new ByteArrayOutputStream();
    try {
      new GoAmlWriter().write(report, out);
      GoAmlSchema.validate(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (MissingElementException e) {
      throw new IllegalArgumentException(
          messages.getMessage("fin.goaml.missing", new Object[] {e.element()}, locale), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          messages.getMessage("fin.goaml.refused", new Object[] {e.getMessage()}, locale), e);
    } catch (GoAmlSchema.InvalidReportException e) {
      GoAmlSchema.Violation v = e.violations().get(0);
      log.warn("goAML report breaks the schema: {}", v);
      throw new IllegalArgumentException(SchemaBreaks.words(v, messages, locale), e);
    }
    cases.event(
        user, caseId, "EXPORT", FinancialCases.Event.goAmlExport(report.transactions().size()));
    audit.recordFacts(
        "finintel.case.export.goaml",
        "fin_case",
        caseId,
        AuditDetail.of("finintel.transactions", report.transactions().size()));
    return out.toByteArray();
  }

  /**
   * The STR for a case: the agency as reporting entity (id, branch and address from {@link
   * ReportingEntities}), the investigator as reporting person, the case's findings as reason, the
   * FIU's indicator codes for its typologies, and every transaction of the case with both sides,
   * dated in the zone its file was read in. The local currency is the one most of the payments were
   * made in.
   */
  public GoAmlReport goAmlReport(KuzetUser user, FinancialCaseId caseId, Locale locale) {
    FinancialCases.CaseRow c = cases.get(user, caseId);
    ReportingEntities.Entity entity = entities.of(c.agency(), locale);
    List<Ledger.Tx> txs = ledger.transactions(c.agency(), cases.transactionIds(caseId));
    if (txs.isEmpty()) {
      throw Refusal.of("case", "fin.refusal.noTransactions");
    }
    String local = mostCommonCurrency(txs);
    Map<Long, ZoneId> read = zones.ofTransactions(txs.stream().map(Ledger.Tx::id).toList());
    ZoneId agencyZone = zones.defaultFor(c.agency());
    List<GoAmlTransaction> goaml = new ArrayList<>();
    for (Ledger.Tx t : txs) {
      goaml.add(
          GoAmlTransactions.fromTransaction(
                  t.engine(), local, "KZ", read.getOrDefault(t.id(), agencyZone))
              .withCodes(entities.transmodeCode(t.paymentType()), t.paymentType()));
    }
    List<AlertRow> alerts = cases.alerts(caseId);
    Set<String> indicators = new LinkedHashSet<>();
    StringBuilder reason = new StringBuilder(c.title());
    for (AlertRow a : alerts) {
      indicators.add(entities.indicatorCode(a.typology()));
      reason.append("\n").append(a.typology()).append(": ").append(a.reason());
    }
    if (indicators.isEmpty()) {
      indicators.add("-");
    }
    String[] name = user.displayName().replaceAll("\\(.*\\)", "").strip().split("\\s+", 2);
    GoAmlPerson reporter =
        new GoAmlPerson(null, name[0], name.length > 1 ? name[1] : name[0], null, null, null);
    return new GoAmlReport(
        entity.rentityId(),
        entity.branch(),
        "E",
        "STR",
        "KUZET-CASE-" + caseId,
        LocalDateTime.now(agencyZone).truncatedTo(ChronoUnit.SECONDS),
        local,
        reporter,
        entity.location(),
        Columns.clip(reason.toString(), 4000),
        "Case " + caseId + " opened by the " + c.agency() + " financial investigation unit",
        goaml,
        List.copyOf(indicators));
  }

  private static String mostCommonCurrency(List<Ledger.Tx> txs) {
    Map<String, Integer> counts = new HashMap<>();
    for (Ledger.Tx t : txs) {
      counts.merge(t.paidCurrency(), 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .max(
            Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .orElseThrow()
        .getKey();
  }
}
