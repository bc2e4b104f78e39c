package org.kuzet.program.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.web.FormInput;
import org.kuzet.workspace.SearchNamesChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** Projects: list, exports, forms, and each project's page with everything recorded for it. */
@Controller
@RequestMapping("/program/projects")
class ProjectPages extends RecordPages<Project> {

  private final Projects projects;
  private final Programs programs;
  private final Organisations organisations;
  private final Choices choices;
  private final ActivityPages activities;
  private final FundingPages funding;
  private final CostSharePages costShares;
  private final EquipmentPages equipment;
  private final EventPages events;
  private final ApplicationEventPublisher publisher;

  ProjectPages(
      Support support,
      Projects projects,
      Programs programs,
      Organisations organisations,
      Choices choices,
      ActivityPages activities,
      FundingPages funding,
      CostSharePages costShares,
      EquipmentPages equipment,
      EventPages events,
      ApplicationEventPublisher publisher) {
    super(support);
    this.projects = projects;
    this.programs = programs;
    this.organisations = organisations;
    this.choices = choices;
    this.activities = activities;
    this.funding = funding;
    this.costShares = costShares;
    this.equipment = equipment;
    this.events = events;
    this.publisher = publisher;
  }

  @Override
  String base() {
    return "/program/projects";
  }

  @Override
  String type() {
    return "project";
  }

  @Override
  List<FormField> filters(Scope scope, String lang) {
    return List.of(
        FormField.select("program", "program.field.program", false, choices.programs(lang)),
        FormField.select(
            "organisation", "program.field.organisation", false, choices.organisations(lang)),
        FormField.select(
            "status",
            "program.field.status",
            false,
            FormField.options("status", Kinds.Status.class)),
        FormField.text("q", "program.field.search", false));
  }

  @Override
  Grid grid(FormInput f, Scope scope, String lang) {
    var where =
        new Where()
            .scope(scope, "p.id")
            .eq("p.program_id", "program", longFilter(f, "program"))
            .eq("p.status", "status", f.value("status"))
            .contains(
                "q",
                f.value("q"),
                "p.code",
                "p.title",
                "p.title_ru",
                "p.title_kk",
                "p.description");
    String org = f.value("organisation");
    if (!org.isEmpty()) {
      where.clause(
          "p.id IN (SELECT project_id FROM prog_project_org WHERE org_code = :org)",
          Map.of("org", org));
    }
    var orgs = organisations.byCode();
    var programNames =
        programs.all().stream()
            .collect(Collectors.toMap(Programs.Program::id, p -> programs.name(p, lang)));
    var rows =
        projects.list(where).stream()
            .map(
                p ->
                    new Grid.Row(
                        recordPath(p.id().toString()),
                        Arrays.asList(
                            p.code(),
                            p.title(Locale.forLanguageTag(lang)),
                            programNames.get(p.programId()),
                            names(p.implementing(), orgs, lang),
                            names(p.counterparts(), orgs, lang),
                            Grid.msg("status", p.status()),
                            p.startDate(),
                            p.endDate(),
                            p.illustrative())))
            .toList();
    return new Grid(
        List.of(
            "program.field.code",
            "program.field.title",
            "program.field.program",
            "program.field.implementing",
            "program.field.counterparts",
            "program.field.status",
            "program.field.startDate",
            "program.field.endDate",
            "program.field.illustrative"),
        rows);
  }

  static String names(List<String> codes, Map<String, Organisation> orgs, String lang) {
    return codes.stream()
        .map(c -> orgs.containsKey(c) ? orgs.get(c).shortName(lang) : c)
        .collect(Collectors.joining("; "));
  }

  @Override
  List<FormField> fields(String lang) {
    return List.of(
        FormField.select("program", "program.field.program", true, choices.programs(lang)),
        FormField.text("code", "program.field.code", true).help("program.help.projectCode"),
        FormField.text("title", "program.field.title", true),
        FormField.text("titleRu", "names.inRussian", false),
        FormField.text("titleKk", "names.inKazakh", false),
        FormField.of("description", "program.field.description", FormField.Kind.TEXTAREA, false),
        FormField.multi(
                "implementing", "program.field.implementing", true, choices.organisations(lang))
            .help("program.help.implementing"),
        FormField.multi(
            "counterparts", "program.field.counterparts", false, choices.organisations(lang)),
        FormField.of("startDate", "program.field.startDate", FormField.Kind.DATE, false),
        FormField.of("endDate", "program.field.endDate", FormField.Kind.DATE, false),
        FormField.select(
            "status",
            "program.field.status",
            true,
            FormField.options("status", Kinds.Status.class)),
        FormField.of("illustrative", "program.field.illustrative", FormField.Kind.CHECKBOX, false));
  }

  @Override
  Optional<Project> find(String id) {
    try {
      return projects.find(ProjectId.of(id));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  @Override
  void requireReadable(KuzetUser user, Project record) {
    support.access.requireProject(user, record.id());
  }

  @Override
  Map<String, Object> values(Project p) {
    return map(
        "program", p.programId().toString(),
        "code", p.code(),
        "title", p.title(),
        "titleRu", p.titleRu(),
        "titleKk", p.titleKk(),
        "description", p.description(),
        "implementing", p.implementing(),
        "counterparts", p.counterparts(),
        "startDate", p.startDate(),
        "endDate", p.endDate(),
        "status", p.status().name(),
        "illustrative", p.illustrative() ? "true" : null);
  }

  @Override
  @Nullable String save(FormInput in, @Nullable Project existing) {
    Long program = in.id("program", true, choices.programIds());
    String code = in.text("code", true, 40);
    if (code != null && !code.matches("[A-Z0-9][A-Z0-9-]*")) {
      in.reject("code", "program.v.code");
    }
    String title = in.text("title", true, 300);
    String titleRu = in.text("titleRu", false, 300);
    String titleKk = in.text("titleKk", false, 300);
    String description = in.text("description", false, 4000);
    var orgCodes = choices.organisationCodes();
    var implementing = in.choices("implementing", true, orgCodes);
    var counterparts = in.choices("counterparts", false, orgCodes);
    var start = in.date("startDate", false);
    var end = in.date("endDate", false);
    if (start != null && end != null && end.isBefore(start)) {
      in.reject("endDate", "program.v.endBeforeStart");
    }
    var status = in.choice("status", true, Kinds.Status.class);
    boolean illustrative = in.bool("illustrative");
    if (code != null) {
      var same = projects.findByCode(code);
      if (same.isPresent() && (existing == null || !same.get().id().equals(existing.id()))) {
        in.reject("code", "program.v.codeTaken");
      }
    }
    if (!in.ok()) {
      return null;
    }
    var project =
        new Project(
            existing == null ? new ProjectId(0) : existing.id(),
            new ProgramId(FormInput.checked(program)),
            FormInput.checked(code),
            FormInput.checked(title),
            description,
            start,
            end,
            FormInput.checked(status),
            illustrative,
            implementing,
            counterparts,
            titleRu,
            titleKk,
            null,
            null);
    if (existing == null) {
      return projects.insert(project).toString();
    }
    projects.update(project);
    if (!project.code().equals(existing.code()) || !project.title().equals(existing.title())) {
      // The search box finds projects by code and title.
      publisher.publishEvent(new SearchNamesChanged("program"));
    }
    return existing.id().toString();
  }

  @Override
  boolean deletable() {
    // Projects are kept: their records hang off them, and their status says they ended.
    return false;
  }

  @Override
  void delete(Project record) {
    throw new IllegalStateException("projects are not deleted");
  }

  @Override
  String describe(Project p) {
    return p.code() + " " + p.title();
  }

  /**
   * A project's own page: partners, and its activities, funding, cost share, equipment and events.
   */
  @Override
  @GetMapping("/{id}")
  String show(@PathVariable String id, Model model, Locale locale) {
    KuzetUser user = CurrentUser.require();
    Project project = readable(user, id);
    Scope scope = support.access.scopeOf(user);
    String lang = Lang.of(locale);
    var only = new LinkedMultiValueMap<String, String>();
    only.add("project", id);
    var orgs = organisations.byCode();
    model.addAttribute("project", project);
    model.addAttribute(
        "programName",
        programs.find(project.programId()).map(p -> programs.name(p, lang)).orElse(""));
    model.addAttribute("implementing", names(project.implementing(), orgs, lang));
    model.addAttribute("counterparts", names(project.counterparts(), orgs, lang));
    model.addAttribute("mayEdit", support.access.mayEdit(user));
    model.addAttribute(
        "sections",
        List.of(
            new Section(
                "activity", activities.base(), activities.grid(new FormInput(only), scope, lang)),
            new Section("funding", funding.base(), funding.grid(new FormInput(only), scope, lang)),
            new Section(
                "costShare", costShares.base(), costShares.grid(new FormInput(only), scope, lang)),
            new Section(
                "equipment", equipment.base(), equipment.grid(new FormInput(only), scope, lang)),
            new Section("event", events.base(), events.grid(new FormInput(only), scope, lang))));
    return "program/project";
  }

  @GetMapping("/{id}/edit")
  String edit(@PathVariable String id, Model model, Locale locale) {
    KuzetUser user = CurrentUser.require();
    support.access.requireEditor(user);
    Project record = readable(user, id);
    return form(model, locale, id, values(record), Map.of(), false);
  }

  record Section(String type, String base, Grid grid) {}
}
