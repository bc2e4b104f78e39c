package org.kuzet.program.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kuzet.web.LocalNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What a project does: its activities, each with a status and dates. */
@Repository
public class Activities {

  public record Activity(
      long id,
      ProjectId projectId,
      String title,
      @Nullable String description,
      @Nullable LocalDate startDate,
      @Nullable LocalDate endDate,
      Kinds.Status status,
      boolean illustrative,
      @Nullable String titleRu,
      @Nullable String titleKk) {

    /** The title in the reader's language, or the base title where it has none. */
    public String title(Locale locale) {
      return LocalNames.in(locale, title, titleRu, titleKk);
    }
  }

  private final JdbcClient jdbc;

  Activities(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Activity> list(Where where) {
    return where
        .bind(
            jdbc.sql(
                "SELECT a.* FROM prog_activity a" + where.sql() + " ORDER BY a.start_date, a.id"))
        .query(this::row)
        .list();
  }

  Optional<Activity> find(long id) {
    return jdbc.sql("SELECT * FROM prog_activity WHERE id = ?")
        .param(id)
        .query(this::row)
        .optional();
  }

  public long insert(Activity a) {
    long id = jdbc.sql("SELECT nextval('kuzet_seq')").query(Long.class).single();
    jdbc.sql(
            "INSERT INTO prog_activity (id, project_id, title, description, start_date, end_date, status, illustrative, title_ru, title_kk)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            Arrays.asList(
                id,
                a.projectId().value(),
                a.title(),
                a.description(),
                a.startDate(),
                a.endDate(),
                a.status().name(),
                a.illustrative(),
                a.titleRu(),
                a.titleKk()))
        .update();
    return id;
  }

  void update(Activity a) {
    // The translations of a title stay while the title does; a new title drops them.
    jdbc.sql(
            "UPDATE prog_activity SET title_ru = CASE WHEN title = ? THEN title_ru END,"
                + " title_kk = CASE WHEN title = ? THEN title_kk END,"
                + " project_id = ?, title = ?, description = ?, start_date = ?, end_date = ?, status = ?, illustrative = ? WHERE id = ?")
        .params(
            Arrays.asList(
                a.title(),
                a.title(),
                a.projectId().value(),
                a.title(),
                a.description(),
                a.startDate(),
                a.endDate(),
                a.status().name(),
                a.illustrative(),
                a.id()))
        .update();
  }

  void delete(long id) {
    jdbc.sql("DELETE FROM prog_activity WHERE id = ?").param(id).update();
  }

  private Activity row(ResultSet rs, int n) throws SQLException {
    return new Activity(
        rs.getLong("id"),
        new ProjectId(rs.getLong("project_id")),
        rs.getString("title"),
        rs.getString("description"),
        rs.getObject("start_date", LocalDate.class),
        rs.getObject("end_date", LocalDate.class),
        Kinds.Status.valueOf(rs.getString("status")),
        rs.getBoolean("illustrative"),
        rs.getString("title_ru"),
        rs.getString("title_kk"));
  }

  /** Gives activities titled {@code title} their Russian and Kazakh titles unless they have one. */
  public void translateIfUntranslated(String title, String titleRu, String titleKk) {
    jdbc.sql(
            "UPDATE prog_activity SET title_ru = ?, title_kk = ? WHERE title = ? AND title_ru IS NULL AND title_kk IS NULL")
        .params(titleRu, titleKk, title)
        .update();
  }
}
