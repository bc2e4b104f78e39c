package org.kuzet.program.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.KuzetUser;
import org.kuzet.web.FormInput;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Dated events: strategy sessions, study visits, trainings held, handovers, with participants. */
@Controller
@RequestMapping("/program/events")
class EventPages extends RecordPages<ProgramEvents.ProgramEvent> {

  private final ProgramEvents events;
  private final Programs programs;
  private final Projects projects;
  private final Choices choices;

  EventPages(
      Support support,
      ProgramEvents events,
      Programs programs,
      Projects projects,
      Choices choices) {
    super(support);
    this.events = events;
    this.programs = programs;
    this.projects = projects;
    this.choices = choices;
  }

  @Override
  String base() {
    return "/program/events";
  }

  @Override
  String type() {
    return "event";
  }

  @Override
  List<FormField> filters(Scope scope, String lang) {
    return List.of(
        FormField.select(
            "kind",
            "program.field.eventKind",
            false,
            FormField.options("eventKind", Kinds.EventKind.class)),
        FormField.of("year", "program.field.year", FormField.Kind.INTEGER, false),
        FormField.select("program", "program.field.program", false, choices.programs(lang)),
        FormField.select("project", "program.field.project", false, choices.projects(scope)),
        FormField.text("q", "program.field.search", false));
  }

  @Override
  Grid grid(FormInput f, Scope scope, String lang) {
    var where =
        new Where()
            .scope(scope, "v.project_id")
            .eq("v.kind", "kind", f.value("kind"))
            .eq("v.program_id", "program", longFilter(f, "program"))
            .eq("v.project_id", "project", longFilter(f, "project"))
            .contains("q", f.value("q"), "v.title", "v.place", "v.participants");
    Integer year = intFilter(f, "year");
    if (year != null) {
      where.clause(
          "v.held_on >= :from AND v.held_on < :to",
          Map.of("from", LocalDate.of(year, 1, 1), "to", LocalDate.of(year + 1, 1, 1)));
    }
    var programCodes =
        programs.all().stream()
            .collect(Collectors.toMap(Programs.Program::id, Programs.Program::code));
    var codes = ProgramPagesSupport.projectCodes(projects);
    var rows =
        events.list(where).stream()
            .map(
                e ->
                    new Grid.Row(
                        recordPath(Long.toString(e.id())),
                        Arrays.asList(
                            e.monthOnly()
                                ? e.heldOn().getYear()
                                    + "-"
                                    + String.format("%02d", e.heldOn().getMonthValue())
                                : e.heldOn(),
                            Grid.msg("eventKind", e.kind()),
                            e.title(Locale.forLanguageTag(lang)),
                            e.place(Locale.forLanguageTag(lang)),
                            e.participants(Locale.forLanguageTag(lang)),
                            e.participantCount(),
                            programCodes.get(e.programId()),
                            e.projectId() == null ? null : codes.get(e.projectId()),
                            e.illustrative())))
            .toList();
    return new Grid(
        List.of(
            "program.field.heldOn",
            "program.field.eventKind",
            "program.field.title",
            "program.field.place",
            "program.field.participants",
            "program.field.participantCount",
            "program.field.program",
            "program.field.project",
            "program.field.illustrative"),
        rows);
  }

  @Override
  List<FormField> fields(String lang) {
    return List.of(
        FormField.select(
            "kind",
            "program.field.eventKind",
            true,
            FormField.options("eventKind", Kinds.EventKind.class)),
        FormField.text("title", "program.field.title", true),
        FormField.of("heldOn", "program.field.heldOn", FormField.Kind.DATE, true),
        FormField.of("monthOnly", "program.field.monthOnly", FormField.Kind.CHECKBOX, false),
        FormField.text("place", "program.field.place", false),
        FormField.select("program", "program.field.program", true, choices.programs(lang)),
        FormField.select(
            "project", "program.field.project", false, choices.projects(Scope.EVERYTHING)),
        FormField.of("participants", "program.field.participants", FormField.Kind.TEXTAREA, false),
        FormField.of(
            "participantCount", "program.field.participantCount", FormField.Kind.INTEGER, false),
        FormField.of("illustrative", "program.field.illustrative", FormField.Kind.CHECKBOX, false));
  }

  @Override
  Optional<ProgramEvents.ProgramEvent> find(String id) {
    return ProgramPagesSupport.parseId(id).flatMap(events::find);
  }

  @Override
  void requireReadable(KuzetUser user, ProgramEvents.ProgramEvent record) {
    support.access.requireOptionalProject(user, record.projectId());
  }

  @Override
  Map<String, Object> values(ProgramEvents.ProgramEvent e) {
    return map(
        "kind", e.kind().name(),
        "title", e.title(),
        "heldOn", e.heldOn(),
        "monthOnly", e.monthOnly() ? "true" : null,
        "place", e.place(),
        "program", e.programId().toString(),
        "project", e.projectId() == null ? null : e.projectId().toString(),
        "participants", e.participants(),
        "participantCount", e.participantCount() == null ? null : e.participantCount().toString(),
        "illustrative", e.illustrative() ? "true" : null);
  }

  @Override
  @Nullable String save(FormInput in, ProgramEvents.@Nullable ProgramEvent existing) {
    var kind = in.choice("kind", true, Kinds.EventKind.class);
    String title = in.text("title", true, 300);
    LocalDate heldOn = in.date("heldOn", true);
    String place = in.text("place", false, 300);
    Long program = in.id("program", true, choices.programIds());
    Long project = in.id("project", false, choices.projectIds());
    if (program != null && project != null) {
      projects
          .find(new ProjectId(project))
          .filter(p -> !p.programId().equals(new ProgramId(program)))
          .ifPresent(p -> in.reject("project", "program.v.projectOfOtherProgram"));
    }
    String participants = in.text("participants", false, 2000);
    Integer count = in.integer("participantCount", false, 0, 100_000);
    if (!in.ok()) {
      return null;
    }
    boolean monthOnly = in.bool("monthOnly");
    LocalDate held = FormInput.checked(heldOn);
    var e =
        new ProgramEvents.ProgramEvent(
            existing == null ? 0 : existing.id(),
            new ProgramId(FormInput.checked(program)),
            project == null ? null : new ProjectId(project),
            FormInput.checked(kind),
            FormInput.checked(title),
            monthOnly ? held.withDayOfMonth(1) : held,
            monthOnly,
            place,
            participants,
            count,
            in.bool("illustrative"),
            null);
    if (existing == null) {
      return Long.toString(events.insert(e));
    }
    events.update(e);
    return Long.toString(existing.id());
  }

  @Override
  void delete(ProgramEvents.ProgramEvent record) {
    events.delete(record.id());
  }

  @Override
  String describe(ProgramEvents.ProgramEvent e) {
    return e.heldOn() + " " + e.kind() + " " + e.title();
  }
}
