package org.kuzet.program.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.KuzetUser;
import org.kuzet.program.FiscalYear;
import org.kuzet.web.FormInput;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Funding lines by U.S. fiscal year and source, obligated and spent. */
@Controller
@RequestMapping("/program/funding")
class FundingPages extends RecordPages<FundingLines.FundingLine> {

  private final FundingLines funding;
  private final Programs programs;
  private final Projects projects;
  private final Choices choices;

  FundingPages(
      Support support,
      FundingLines funding,
      Programs programs,
      Projects projects,
      Choices choices) {
    super(support);
    this.funding = funding;
    this.programs = programs;
    this.projects = projects;
    this.choices = choices;
  }

  @Override
  String base() {
    return "/program/funding";
  }

  @Override
  String type() {
    return "funding";
  }

  @Override
  List<FormField> filters(Scope scope, String lang) {
    return List.of(
        FormField.of("fiscalYear", "program.field.fiscalYear", FormField.Kind.INTEGER, false),
        FormField.select("program", "program.field.program", false, choices.programs(lang)),
        FormField.select("project", "program.field.project", false, choices.projects(scope)),
        FormField.select("source", "program.field.source", false, choices.sources(lang)));
  }

  Where where(FormInput f, Scope scope) {
    return new Where()
        .scope(scope, "f.project_id")
        .eq("f.fiscal_year", "fy", intFilter(f, "fiscalYear"))
        .eq("f.program_id", "program", longFilter(f, "program"))
        .eq("f.project_id", "project", longFilter(f, "project"))
        .eq("f.source_code", "source", f.value("source"));
  }

  @Override
  Grid grid(FormInput f, Scope scope, String lang) {
    // Names on the page, codes in the exports (see Grid.Named).
    var programNames =
        programs.all().stream()
            .collect(
                Collectors.toMap(
                    Programs.Program::id, p -> new Grid.Named(p.code(), programs.name(p, lang))));
    var projectNames =
        projects.visible(Scope.EVERYTHING).stream()
            .collect(
                Collectors.toMap(
                    Project::id,
                    p -> new Grid.Named(p.code(), p.title(Locale.forLanguageTag(lang)))));
    var sources = funding.sourcesByCode();
    var rows =
        funding.list(where(f, scope)).stream()
            .map(
                l ->
                    new Grid.Row(
                        recordPath(Long.toString(l.id())),
                        Arrays.asList(
                            new FiscalYear(l.fiscalYear()).toString(),
                            programNames.get(l.programId()),
                            l.projectId() == null ? null : projectNames.get(l.projectId()),
                            sources.containsKey(l.sourceCode())
                                ? new Grid.Named(
                                    l.sourceCode(), sources.get(l.sourceCode()).name(lang))
                                : l.sourceCode(),
                            l.obligated(),
                            l.spent(),
                            l.currency(),
                            l.note(),
                            l.illustrative())))
            .toList();
    return new Grid(
        List.of(
            "program.field.fiscalYear",
            "program.field.program",
            "program.field.project",
            "program.field.source",
            "program.field.obligated",
            "program.field.spent",
            "program.field.currency",
            "program.field.note",
            "program.field.illustrative"),
        rows);
  }

  List<FundingLines.YearTotal> totals(FormInput f, Scope scope) {
    return funding.totals(where(f, scope));
  }

  @Override
  List<FormField> fields(String lang) {
    return List.of(
        FormField.of("fiscalYear", "program.field.fiscalYear", FormField.Kind.INTEGER, true)
            .help("program.help.fiscalYear"),
        FormField.select("program", "program.field.program", true, choices.programs(lang)),
        FormField.select(
                "project", "program.field.project", false, choices.projects(Scope.EVERYTHING))
            .help("program.help.fundingProject"),
        FormField.select("source", "program.field.source", true, choices.sources(lang)),
        FormField.of("obligated", "program.field.obligated", FormField.Kind.MONEY, true),
        FormField.of("spent", "program.field.spent", FormField.Kind.MONEY, false),
        FormField.of("currency", "program.field.currency", FormField.Kind.CURRENCY, false),
        FormField.of("note", "program.field.note", FormField.Kind.TEXTAREA, false),
        FormField.of("illustrative", "program.field.illustrative", FormField.Kind.CHECKBOX, false));
  }

  @Override
  Map<String, Object> defaults(FormInput params) {
    var values = params.typed();
    values.putIfAbsent("currency", "USD");
    values.putIfAbsent("source", "FSA");
    return values;
  }

  @Override
  Optional<FundingLines.FundingLine> find(String id) {
    return ProgramPagesSupport.parseId(id).flatMap(funding::find);
  }

  @Override
  void requireReadable(KuzetUser user, FundingLines.FundingLine record) {
    support.access.requireOptionalProject(user, record.projectId());
  }

  @Override
  Map<String, Object> values(FundingLines.FundingLine l) {
    return map(
        "fiscalYear", Integer.toString(l.fiscalYear()),
        "program", l.programId().toString(),
        "project", l.projectId() == null ? null : l.projectId().toString(),
        "source", l.sourceCode(),
        "obligated", l.obligated().toPlainString(),
        "spent", l.spent() == null ? null : l.spent().toPlainString(),
        "currency", l.currency(),
        "note", l.note(),
        "illustrative", l.illustrative() ? "true" : null);
  }

  @Override
  @Nullable String save(FormInput in, FundingLines.@Nullable FundingLine existing) {
    Integer fy = in.integer("fiscalYear", true, FiscalYear.FIRST, FiscalYear.LAST);
    Long program = in.id("program", true, choices.programIds());
    Long project = in.id("project", false, choices.projectIds());
    String source = in.choice("source", true, choices.sourceCodes());
    BigDecimal obligated = in.money("obligated", true);
    BigDecimal spent = in.money("spent", false);
    String currency = in.currency("currency");
    String note = in.text("note", false, 1000);
    if (obligated != null && spent != null && spent.compareTo(obligated) > 0) {
      in.reject("spent", "program.v.spentOverObligated");
    }
    if (program != null && project != null) {
      projects
          .find(new ProjectId(project))
          .filter(p -> !p.programId().equals(new ProgramId(program)))
          .ifPresent(p -> in.reject("project", "program.v.projectOfOtherProgram"));
    }
    if (!in.ok()) {
      return null;
    }
    var line =
        new FundingLines.FundingLine(
            existing == null ? 0 : existing.id(),
            new ProgramId(FormInput.checked(program)),
            project == null ? null : new ProjectId(project),
            FormInput.checked(fy),
            FormInput.checked(source),
            FormInput.checked(obligated),
            spent,
            FormInput.checked(currency),
            note,
            in.bool("illustrative"));
    if (existing == null) {
      return Long.toString(funding.insert(line));
    }
    funding.update(line);
    return Long.toString(existing.id());
  }

  @Override
  void delete(FundingLines.FundingLine record) {
    funding.delete(record.id());
  }

  @Override
  String describe(FundingLines.FundingLine l) {
    return "FY"
        + l.fiscalYear()
        + " "
        + l.sourceCode()
        + " obligated "
        + l.obligated().toPlainString()
        + " "
        + l.currency()
        + (l.spent() == null ? "" : ", spent " + l.spent().toPlainString());
  }
}
