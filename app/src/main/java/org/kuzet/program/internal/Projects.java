package org.kuzet.program.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Projects with their implementing partners and counterparts. */
@Repository
public class Projects {

  private final JdbcClient jdbc;

  Projects(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Project> list(Where where) {
    var rows =
        where
            .bind(jdbc.sql("SELECT p.* FROM prog_project p" + where.sql() + " ORDER BY p.code"))
            .query(this::row)
            .list();
    return withOrganisations(rows);
  }

  List<Project> visible(Scope scope) {
    return list(new Where().scope(scope, "p.id"));
  }

  Optional<Project> find(ProjectId id) {
    return jdbc.sql("SELECT * FROM prog_project WHERE id = ?")
        .param(id.value())
        .query(this::row)
        .optional()
        .map(p -> withOrganisations(List.of(p)).get(0));
  }

  Optional<Project> findByCode(String code) {
    return jdbc.sql("SELECT * FROM prog_project WHERE code = ?")
        .param(code)
        .query(this::row)
        .optional()
        .map(p -> withOrganisations(List.of(p)).get(0));
  }

  public ProjectId insert(Project p) {
    long id = jdbc.sql("SELECT nextval('kuzet_seq')").query(Long.class).single();
    jdbc.sql(
            """
            INSERT INTO prog_project
              (id, program_id, code, title, description, start_date, end_date, status, illustrative,
               title_ru, title_kk, description_ru, description_kk)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            Arrays.asList(
                id,
                p.programId().value(),
                p.code(),
                p.title(),
                p.description(),
                p.startDate(),
                p.endDate(),
                p.status().name(),
                p.illustrative(),
                p.titleRu(),
                p.titleKk(),
                p.descriptionRu(),
                p.descriptionKk()))
        .update();
    saveOrganisations(id, p);
    return new ProjectId(id);
  }

  void update(Project p) {
    jdbc.sql(
            """
            UPDATE prog_project SET description_ru = CASE WHEN description = ? THEN description_ru END,
              description_kk = CASE WHEN description = ? THEN description_kk END,
              program_id = ?, code = ?, title = ?, description = ?,
              start_date = ?, end_date = ?, status = ?, illustrative = ?, title_ru = ?, title_kk = ?
            WHERE id = ?""")
        // The form edits the titles in every language and the description in the base one: the
        // description's translations stay while it does, and a new description drops them.
        .params(
            Arrays.asList(
                p.description(),
                p.description(),
                p.programId().value(),
                p.code(),
                p.title(),
                p.description(),
                p.startDate(),
                p.endDate(),
                p.status().name(),
                p.illustrative(),
                p.titleRu(),
                p.titleKk(),
                p.id().value()))
        .update();
    jdbc.sql("DELETE FROM prog_project_org WHERE project_id = ?").param(p.id().value()).update();
    saveOrganisations(p.id().value(), p);
  }

  /** Gives a project its Russian and Kazakh titles unless it already has either. */
  public void translateIfUntranslated(String code, String titleRu, String titleKk) {
    jdbc.sql(
            "UPDATE prog_project SET title_ru = ?, title_kk = ? WHERE code = ? AND title_ru IS NULL AND title_kk IS NULL")
        .params(titleRu, titleKk, code)
        .update();
  }

  /** Gives a project its Russian and Kazakh descriptions unless it already has either. */
  public void translateDescriptionIfUntranslated(
      String code, String descriptionRu, String descriptionKk) {
    jdbc.sql(
            "UPDATE prog_project SET description_ru = ?, description_kk = ?"
                + " WHERE code = ? AND description_ru IS NULL AND description_kk IS NULL")
        .params(descriptionRu, descriptionKk, code)
        .update();
  }

  private void saveOrganisations(long id, Project p) {
    for (String org : p.implementing()) {
      jdbc.sql(
              "INSERT INTO prog_project_org (project_id, org_code, role) VALUES (?, ?, 'IMPLEMENTING')")
          .params(id, org)
          .update();
    }
    for (String org : p.counterparts()) {
      jdbc.sql(
              "INSERT INTO prog_project_org (project_id, org_code, role) VALUES (?, ?, 'COUNTERPART')")
          .params(id, org)
          .update();
    }
  }

  private List<Project> withOrganisations(List<Project> projects) {
    if (projects.isEmpty()) {
      return projects;
    }
    Map<Long, List<String>> implementing = new HashMap<>();
    Map<Long, List<String>> counterparts = new HashMap<>();
    jdbc.sql("SELECT project_id, org_code, role FROM prog_project_org ORDER BY org_code")
        .query(
            rs -> {
              var target =
                  "IMPLEMENTING".equals(rs.getString("role")) ? implementing : counterparts;
              target
                  .computeIfAbsent(rs.getLong("project_id"), k -> new ArrayList<>())
                  .add(rs.getString("org_code"));
            });
    return projects.stream()
        .map(
            p ->
                new Project(
                    p.id(),
                    p.programId(),
                    p.code(),
                    p.title(),
                    p.description(),
                    p.startDate(),
                    p.endDate(),
                    p.status(),
                    p.illustrative(),
                    implementing.getOrDefault(p.id().value(), List.of()),
                    counterparts.getOrDefault(p.id().value(), List.of()),
                    p.titleRu(),
                    p.titleKk(),
                    p.descriptionRu(),
                    p.descriptionKk()))
        .toList();
  }

  private Project row(ResultSet rs, int n) throws SQLException {
    return new Project(
        new ProjectId(rs.getLong("id")),
        new ProgramId(rs.getLong("program_id")),
        rs.getString("code"),
        rs.getString("title"),
        rs.getString("description"),
        rs.getObject("start_date", LocalDate.class),
        rs.getObject("end_date", LocalDate.class),
        Kinds.Status.valueOf(rs.getString("status")),
        rs.getBoolean("illustrative"),
        List.of(),
        List.of(),
        rs.getString("title_ru"),
        rs.getString("title_kk"),
        rs.getString("description_ru"),
        rs.getString("description_kk"));
  }
}
