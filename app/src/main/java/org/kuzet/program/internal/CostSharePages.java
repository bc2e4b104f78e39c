package org.kuzet.program.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.KuzetUser;
import org.kuzet.web.FormInput;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The cost-share ledger: what the host government and the donor contribute, per project and year.
 */
@Controller
@RequestMapping("/program/cost-share")
class CostSharePages extends RecordPages<CostShares.CostShare> {

  private final CostShares costShares;
  private final Projects projects;
  private final Organisations organisations;
  private final Choices choices;

  CostSharePages(
      Support support,
      CostShares costShares,
      Projects projects,
      Organisations organisations,
      Choices choices) {
    super(support);
    this.costShares = costShares;
    this.projects = projects;
    this.organisations = organisations;
    this.choices = choices;
  }

  @Override
  String base() {
    return "/program/cost-share";
  }

  @Override
  String type() {
    return "costShare";
  }

  @Override
  List<FormField> filters(Scope scope, String lang) {
    return List.of(
        FormField.of("year", "program.field.year", FormField.Kind.INTEGER, false),
        FormField.select(
            "side", "program.field.side", false, FormField.options("side", Kinds.Side.class)),
        FormField.select(
            "kind",
            "program.field.costKind",
            false,
            FormField.options("costKind", Kinds.CostKind.class)),
        FormField.select("project", "program.field.project", false, choices.projects(scope)),
        FormField.select(
            "contributor", "program.field.contributor", false, choices.organisations(lang)));
  }

  @Override
  Grid grid(FormInput f, Scope scope, String lang) {
    var where =
        new Where()
            .scope(scope, "c.project_id")
            .eq("c.contribution_year", "year", intFilter(f, "year"))
            .eq("c.side", "side", f.value("side"))
            .eq("c.kind", "kind", f.value("kind"))
            .eq("c.project_id", "project", longFilter(f, "project"))
            .eq("c.contributor", "contributor", f.value("contributor"));
    var codes = ProgramPagesSupport.projectCodes(projects);
    var orgs = organisations.byCode();
    var rows =
        costShares.list(where).stream()
            .map(
                c ->
                    new Grid.Row(
                        recordPath(Long.toString(c.id())),
                        Arrays.asList(
                            c.year(),
                            codes.get(c.projectId()),
                            Grid.msg("side", c.side()),
                            Grid.msg("costKind", c.kind()),
                            orgs.containsKey(c.contributor())
                                ? orgs.get(c.contributor()).shortName(lang)
                                : c.contributor(),
                            c.description(Locale.forLanguageTag(lang)),
                            c.valuation(),
                            c.currency(),
                            c.illustrative())))
            .toList();
    return new Grid(
        List.of(
            "program.field.year",
            "program.field.project",
            "program.field.side",
            "program.field.costKind",
            "program.field.contributor",
            "program.field.description",
            "program.field.valuation",
            "program.field.currency",
            "program.field.illustrative"),
        rows);
  }

  @Override
  List<FormField> fields(String lang) {
    return List.of(
        FormField.select(
            "project", "program.field.project", true, choices.projects(Scope.EVERYTHING)),
        FormField.of("year", "program.field.year", FormField.Kind.INTEGER, true),
        FormField.select(
            "side", "program.field.side", true, FormField.options("side", Kinds.Side.class)),
        FormField.select(
                "kind",
                "program.field.costKind",
                true,
                FormField.options("costKind", Kinds.CostKind.class))
            .help("program.help.costKind"),
        FormField.select(
            "contributor", "program.field.contributor", true, choices.organisations(lang)),
        FormField.of("description", "program.field.description", FormField.Kind.TEXTAREA, true),
        FormField.of("valuation", "program.field.valuation", FormField.Kind.MONEY, false)
            .help("program.help.valuation"),
        FormField.of("currency", "program.field.currency", FormField.Kind.CURRENCY, false),
        FormField.of("illustrative", "program.field.illustrative", FormField.Kind.CHECKBOX, false));
  }

  @Override
  Map<String, Object> defaults(FormInput params) {
    var values = params.typed();
    values.putIfAbsent("currency", "USD");
    return values;
  }

  @Override
  Optional<CostShares.CostShare> find(String id) {
    return ProgramPagesSupport.parseId(id).flatMap(costShares::find);
  }

  @Override
  void requireReadable(KuzetUser user, CostShares.CostShare record) {
    support.access.requireProject(user, record.projectId());
  }

  @Override
  Map<String, Object> values(CostShares.CostShare c) {
    return map(
        "project", c.projectId().toString(),
        "year", Integer.toString(c.year()),
        "side", c.side().name(),
        "kind", c.kind().name(),
        "contributor", c.contributor(),
        "description", c.description(),
        "valuation", c.valuation() == null ? null : c.valuation().toPlainString(),
        "currency", c.currency() == null ? "USD" : c.currency(),
        "illustrative", c.illustrative() ? "true" : null);
  }

  @Override
  @Nullable String save(FormInput in, CostShares.@Nullable CostShare existing) {
    Long project = in.id("project", true, choices.projectIds());
    Integer year = in.integer("year", true, 1990, 2100);
    var side = in.choice("side", true, Kinds.Side.class);
    var kind = in.choice("kind", true, Kinds.CostKind.class);
    if (side != null && kind != null && kind.side != side) {
      in.reject("kind", "program.v.kindOfOtherSide");
    }
    String contributor = in.choice("contributor", true, choices.organisationCodes());
    String description = in.text("description", true, 2000);
    BigDecimal valuation = in.money("valuation", false);
    String currency = in.currency("currency");
    if (!in.ok()) {
      return null;
    }
    var c =
        new CostShares.CostShare(
            existing == null ? 0 : existing.id(),
            new ProjectId(FormInput.checked(project)),
            FormInput.checked(year),
            FormInput.checked(side),
            FormInput.checked(kind),
            FormInput.checked(contributor),
            FormInput.checked(description),
            valuation,
            valuation == null ? null : currency,
            in.bool("illustrative"),
            null,
            null);
    if (existing == null) {
      return Long.toString(costShares.insert(c));
    }
    costShares.update(c);
    return Long.toString(existing.id());
  }

  @Override
  void delete(CostShares.CostShare record) {
    costShares.delete(record.id());
  }

  @Override
  String describe(CostShares.CostShare c) {
    return c.year()
        + " "
        + c.side()
        + " "
        + c.kind()
        + " "
        + c.contributor()
        + (c.valuation() == null ? "" : " " + c.valuation().toPlainString() + " " + c.currency());
  }
}
