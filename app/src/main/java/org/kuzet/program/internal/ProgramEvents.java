package org.kuzet.program.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Dated events of a program: strategy sessions, study visits, trainings held, handovers. */
@Repository
public class ProgramEvents {

  public record ProgramEvent(
      long id,
      long programId,
      @Nullable ProjectId projectId,
      Kinds.EventKind kind,
      String title,
      LocalDate heldOn,
      boolean monthOnly,
      @Nullable String place,
      @Nullable String participants,
      @Nullable Integer participantCount,
      boolean illustrative) {}

  private final JdbcClient jdbc;

  ProgramEvents(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<ProgramEvent> list(Where where) {
    return where
        .bind(jdbc.sql("SELECT v.* FROM prog_event v" + where.sql() + " ORDER BY v.held_on DESC, v.id"))
        .query(this::row)
        .list();
  }

  Optional<ProgramEvent> find(long id) {
    return jdbc.sql("SELECT * FROM prog_event WHERE id = ?").param(id).query(this::row).optional();
  }

  public long insert(ProgramEvent e) {
    long id = jdbc.sql("SELECT nextval('kuzet_seq')").query(Long.class).single();
    jdbc.sql(
            """
            INSERT INTO prog_event
              (id, program_id, project_id, kind, title, held_on, month_only, place, participants,
               participant_count, illustrative)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            id, e.programId(), ProjectId.numberOf(e.projectId()), e.kind().name(), e.title(), e.heldOn(), e.monthOnly(), e.place(),
            e.participants(), e.participantCount(), e.illustrative())
        .update();
    return id;
  }

  void update(ProgramEvent e) {
    jdbc.sql(
            """
            UPDATE prog_event SET program_id = ?, project_id = ?, kind = ?, title = ?, held_on = ?, month_only = ?,
              place = ?, participants = ?, participant_count = ?, illustrative = ?
            WHERE id = ?""")
        .params(
            e.programId(), ProjectId.numberOf(e.projectId()), e.kind().name(), e.title(), e.heldOn(), e.monthOnly(), e.place(),
            e.participants(), e.participantCount(), e.illustrative(), e.id())
        .update();
  }

  void delete(long id) {
    jdbc.sql("DELETE FROM prog_event WHERE id = ?").param(id).update();
  }

  private ProgramEvent row(ResultSet rs, int n) throws SQLException {
    long project = rs.getLong("project_id");
    ProjectId projectId = rs.wasNull() ? null : new ProjectId(project);
    int count = rs.getInt("participant_count");
    Integer participantCount = rs.wasNull() ? null : count;
    return new ProgramEvent(
        rs.getLong("id"),
        rs.getLong("program_id"),
        projectId,
        Kinds.EventKind.valueOf(rs.getString("kind")),
        rs.getString("title"),
        rs.getObject("held_on", LocalDate.class),
        rs.getBoolean("month_only"),
        rs.getString("place"),
        rs.getString("participants"),
        participantCount,
        rs.getBoolean("illustrative"));
  }
}
