package org.kuzet.program.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.web.Exports;
import org.kuzet.web.FormInput;
import org.kuzet.web.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Officers trained, as other modules reported them. Read-only here: the reporting module is the
 * source. Program managers see all; partners see those of programs in which they implement a
 * project.
 */
@Controller
@RequestMapping("/program/officers-trained")
class OfficersTrainedPages {

  private final OfficersTrainedRecords records;
  private final ProgramAccess access;
  private final Choices choices;
  private final Programs programs;
  private final Cells cells;
  private final AuditLog audit;

  OfficersTrainedPages(
      OfficersTrainedRecords records,
      ProgramAccess access,
      Choices choices,
      Programs programs,
      Cells cells,
      AuditLog audit) {
    this.records = records;
    this.access = access;
    this.choices = choices;
    this.programs = programs;
    this.cells = cells;
    this.audit = audit;
  }

  @GetMapping
  String list(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale) {
    KuzetUser user = CurrentUser.require();
    Scope scope = access.scopeOf(user);
    var filter = new FormInput(params);
    var grid = grid(filter, scope);
    model.addAttribute(
        "page",
        new Pages.ListPage(
            "officersTrained",
            "program.officersTrained.title",
            "program.officersTrained.help",
            "/program/officers-trained",
            List.of(
                FormField.select(
                    "programCode",
                    "program.field.program",
                    false,
                    programs.all().stream()
                        .map(
                            p ->
                                FormField.Option.plain(
                                    p.code(), p.code() + " — " + programs.name(p, Lang.of(locale))))
                        .toList()),
                FormField.of(
                    "fiscalYear", "program.field.fiscalYear", FormField.Kind.INTEGER, false),
                FormField.select(
                    "agency",
                    "program.field.agency",
                    false,
                    choices.organisations(Lang.of(locale)))),
            filter.typed(),
            Map.of(),
            grid,
            RecordPages.query(params),
            false));
    return "program/list";
  }

  @GetMapping("/export/{format}")
  void export(
      @PathVariable String format,
      @RequestParam MultiValueMap<String, String> params,
      HttpServletResponse response,
      Locale locale)
      throws IOException {
    Scope scope = access.scopeOf(CurrentUser.require());
    if (!format.equals("csv") && !format.equals("xlsx")) {
      throw new NotFound("officers-trained record");
    }
    var grid = grid(new FormInput(params), scope);
    audit.recordFacts(
        "PROGRAM_EXPORT",
        "officersTrained",
        null,
        AuditDetail.of("program.exported", format, grid.rows().size()));
    var table = cells.table(grid, locale);
    if (format.equals("csv")) {
      Exports.csv(response, "kuzet-officers-trained", table);
    } else {
      Exports.excel(response, "kuzet-officers-trained", "officersTrained", table);
    }
  }

  Grid grid(FormInput f, Scope scope) {
    var where =
        new Where()
            .eq("t.program_code", "program", f.value("programCode"))
            .eq("t.fiscal_year", "fy", RecordPages.intFilter(f, "fiscalYear"))
            .eq("t.agency_code", "agency", f.value("agency"));
    AgencyCode partner = scope.partnerAgency();
    if (partner != null) {
      where.clause(
          """
          t.program_code IN (SELECT pr.code FROM prog_program pr JOIN prog_project p ON p.program_id = pr.id
            JOIN prog_project_org o ON o.project_id = p.id
            WHERE o.role = 'IMPLEMENTING' AND o.org_code = :partner)""",
          Map.of("partner", partner.value()));
    }
    var rows =
        records.list(where).stream()
            .map(
                r ->
                    new Grid.Row(
                        null,
                        Arrays.<Object>asList(
                            r.completedOn(),
                            r.programCode(),
                            r.agency(),
                            "FY" + r.fiscalYear(),
                            r.officers(),
                            r.women(),
                            r.sourceRef())))
            .toList();
    return new Grid(
        List.of(
            "program.field.completedOn",
            "program.field.program",
            "program.field.agency",
            "program.field.fiscalYear",
            "program.field.officers",
            "program.field.women",
            "program.field.sourceRef"),
        rows);
  }
}
