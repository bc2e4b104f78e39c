package org.kuzet.program.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kuzet.identity.AccessRules;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.kuzet.web.Formats;
import org.kuzet.workspace.NameIndex;
import org.kuzet.workspace.PersonKey;
import org.kuzet.workspace.PersonRecord;
import org.kuzet.workspace.SearchHit;
import org.kuzet.workspace.SearchKind;
import org.kuzet.workspace.SearchProvider;
import org.kuzet.workspace.SearchQuery;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The program office's part of the search box: projects by code or by the words of their title,
 * shown to program managers and to partners whose agency implements the project, as the project
 * page is. Title words, in each language the title is kept in, go through {@code prog_search_name}
 * (the screening engine's keys, which also join Cyrillic and Latin spellings). A project's title
 * can be edited, so the word index is rebuilt every ten minutes as well as followed by id; program
 * records hold no person.
 */
@Component
class ProgramSearch implements SearchProvider {

  private final Projects projects;
  private final NameIndex titles;

  ProgramSearch(JdbcClient jdbc, Projects projects) {
    this.projects = projects;
    this.titles =
        new NameIndex(
            jdbc,
            "prog",
            "project",
            after ->
                jdbc.sql(
                        "SELECT id, code || ' ' || title || ' ' || COALESCE(title_ru, '') || ' ' || COALESCE(title_kk, '')"
                            + " FROM prog_project WHERE id > ?")
                    .param(after)
                    .query(
                        (rs, n) ->
                            new NameIndex.Row(
                                rs.getLong(1), Long.toString(rs.getLong(1)), rs.getString(2)))
                    .list());
  }

  @Override
  public String module() {
    return "program";
  }

  @Override
  public void warmUp() {
    titles.catchUp();
  }

  /** A project's code or title changed (ProjectPages publishes it). */
  @Override
  public void namesChanged() {
    titles.rebuild();
  }

  private static boolean mayRead(KuzetUser user, Project p) {
    return AccessRules.mayReadProject(
        user, p.implementing().stream().map(AgencyCode::of).collect(Collectors.toSet()));
  }

  @Override
  public List<SearchHit> search(SearchQuery q, KuzetUser user) {
    if (!user.hasAny(Role.PROGRAM_MANAGER, Role.PARTNER)) {
      return List.of();
    }
    var found = new LinkedHashSet<Project>();
    projects.findByCode(q.text().toUpperCase(Locale.ROOT)).ifPresent(found::add);
    if (q.hasName()) {
      titles.find(q.nameTokens(), 50).keySet().stream()
          .map(id -> projects.find(ProjectId.of(id)))
          .flatMap(Optional::stream)
          .forEach(found::add);
    }
    return found.stream()
        .filter(p -> mayRead(user, p))
        .limit(q.limit())
        .map(
            p ->
                new SearchHit(
                    SearchKind.DOCUMENT,
                    module(),
                    p.code() + " " + p.title(LocaleContextHolder.getLocale()),
                    "search.detail.project",
                    List.of(
                        Formats.code("program.status.", p.status().name()),
                        String.join(", ", p.implementing())),
                    "/program/projects/" + p.id(),
                    null))
        .toList();
  }

  @Override
  public List<PersonRecord> personRecords(PersonKey person, String name, KuzetUser user) {
    return List.of();
  }
}
