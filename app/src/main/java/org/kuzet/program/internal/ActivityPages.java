package org.kuzet.program.internal;

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

/** Activities of the projects. */
@Controller
@RequestMapping("/program/activities")
class ActivityPages extends RecordPages<Activities.Activity> {

  private final Activities activities;
  private final Projects projects;
  private final Choices choices;

  ActivityPages(Support support, Activities activities, Projects projects, Choices choices) {
    super(support);
    this.activities = activities;
    this.projects = projects;
    this.choices = choices;
  }

  @Override
  String base() {
    return "/program/activities";
  }

  @Override
  String type() {
    return "activity";
  }

  @Override
  List<FormField> filters(Scope scope, String lang) {
    return List.of(
        FormField.select("project", "program.field.project", false, choices.projects(scope)),
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
            .scope(scope, "a.project_id")
            .eq("a.project_id", "project", longFilter(f, "project"))
            .eq("a.status", "status", f.value("status"))
            .contains("q", f.value("q"), "a.title", "a.description");
    var codes = ProgramPagesSupport.projectCodes(projects);
    var rows =
        activities.list(where).stream()
            .map(
                a ->
                    new Grid.Row(
                        recordPath(Long.toString(a.id())),
                        Arrays.asList(
                            codes.get(a.projectId()),
                            a.title(Locale.forLanguageTag(lang)),
                            Grid.msg("status", a.status()),
                            a.startDate(),
                            a.endDate(),
                            a.illustrative())))
            .toList();
    return new Grid(
        List.of(
            "program.field.project",
            "program.field.title",
            "program.field.status",
            "program.field.startDate",
            "program.field.endDate",
            "program.field.illustrative"),
        rows);
  }

  @Override
  List<FormField> fields(String lang) {
    return List.of(
        FormField.select(
            "project", "program.field.project", true, choices.projects(Scope.EVERYTHING)),
        FormField.text("title", "program.field.title", true),
        FormField.of("description", "program.field.description", FormField.Kind.TEXTAREA, false),
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
  Optional<Activities.Activity> find(String id) {
    return ProgramPagesSupport.parseId(id).flatMap(activities::find);
  }

  @Override
  void requireReadable(KuzetUser user, Activities.Activity record) {
    support.access.requireProject(user, record.projectId());
  }

  @Override
  Map<String, Object> values(Activities.Activity a) {
    return map(
        "project", a.projectId().toString(),
        "title", a.title(),
        "description", a.description(),
        "startDate", a.startDate(),
        "endDate", a.endDate(),
        "status", a.status().name(),
        "illustrative", a.illustrative() ? "true" : null);
  }

  @Override
  @Nullable String save(FormInput in, Activities.@Nullable Activity existing) {
    Long project = in.id("project", true, choices.projectIds());
    String title = in.text("title", true, 300);
    String description = in.text("description", false, 4000);
    var start = in.date("startDate", false);
    var end = in.date("endDate", false);
    if (start != null && end != null && end.isBefore(start)) {
      in.reject("endDate", "program.v.endBeforeStart");
    }
    var status = in.choice("status", true, Kinds.Status.class);
    if (!in.ok()) {
      return null;
    }
    var a =
        new Activities.Activity(
            existing == null ? 0 : existing.id(),
            new ProjectId(FormInput.checked(project)),
            FormInput.checked(title),
            description,
            start,
            end,
            FormInput.checked(status),
            in.bool("illustrative"),
            null,
            null);
    if (existing == null) {
      return Long.toString(activities.insert(a));
    }
    activities.update(a);
    return Long.toString(existing.id());
  }

  @Override
  void delete(Activities.Activity record) {
    activities.delete(record.id());
  }

  @Override
  String describe(Activities.Activity a) {
    return a.title();
  }
}
