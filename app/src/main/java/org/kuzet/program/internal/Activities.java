package org.kuzet.program.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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
      boolean illustrative) {}

  private final JdbcClient jdbc;

  Activities(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Activity> list(Where where) {
    return where
        .bind(jdbc.sql("SELECT a.* FROM prog_activity a" + where.sql() + " ORDER BY a.start_date, a.id"))
        .query(this::row)
        .list();
  }

  Optional<Activity> find(long id) {
    return jdbc.sql("SELECT * FROM prog_activity WHERE id = ?").param(id).query(this::row).optional();
  }

  public long insert(Activity a) {
    long id = jdbc.sql("SELECT nextval('kuzet_seq')").query(Long.class).single();
    jdbc.sql(
            "INSERT INTO prog_activity (id, project_id, title, description, start_date, end_date, status, illustrative) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(id, a.projectId().value(), a.title(), a.description(), a.startDate(), a.endDate(), a.status().name(), a.illustrative())
        .update();
    return id;
  }

  void update(Activity a) {
    jdbc.sql(
            "UPDATE prog_activity SET project_id = ?, title = ?, description = ?, start_date = ?, end_date = ?, status = ?, illustrative = ? WHERE id = ?")
        .params(a.projectId().value(), a.title(), a.description(), a.startDate(), a.endDate(), a.status().name(), a.illustrative(), a.id())
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
        rs.getBoolean("illustrative"));
  }
}
