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

/** Dated events of a program: strategy sessions, study visits, trainings held, handovers. */
@Repository
public class ProgramEvents {

  public record ProgramEvent(
      long id,
      ProgramId programId,
      @Nullable ProjectId projectId,
      Kinds.EventKind kind,
      String title,
      LocalDate heldOn,
      boolean monthOnly,
      @Nullable String place,
      @Nullable String participants,
      @Nullable Integer participantCount,
      boolean illustrative,
      @Nullable LocalText local) {

    /** The title in the reader's language, or the base title where it has none. */
    public String title(Locale locale) {
      return local == null ? title : LocalNames.in(locale, title, local.titleRu(), local.titleKk());
    }

    public @Nullable String place(Locale locale) {
      return place == null || local == null
          ? place
          : LocalNames.in(locale, place, local.placeRu(), local.placeKk());
    }

    public @Nullable String participants(Locale locale) {
      return participants == null || local == null
          ? participants
          : LocalNames.in(locale, participants, local.participantsRu(), local.participantsKk());
    }
  }

  /** An event's title, place and participants in Russian and Kazakh, each optional. */
  public record LocalText(
      @Nullable String titleRu,
      @Nullable String titleKk,
      @Nullable String placeRu,
      @Nullable String placeKk,
      @Nullable String participantsRu,
      @Nullable String participantsKk) {}

  private final JdbcClient jdbc;

  ProgramEvents(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<ProgramEvent> list(Where where) {
    return where
        .bind(
            jdbc.sql(
                "SELECT v.* FROM prog_event v" + where.sql() + " ORDER BY v.held_on DESC, v.id"))
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
               participant_count, illustrative, title_ru, title_kk, place_ru, place_kk, participants_ru, participants_kk)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            Arrays.asList(
                id,
                e.programId().value(),
                ProjectId.numberOf(e.projectId()),
                e.kind().name(),
                e.title(),
                e.heldOn(),
                e.monthOnly(),
                e.place(),
                e.participants(),
                e.participantCount(),
                e.illustrative(),
                e.local() == null ? null : e.local().titleRu(),
                e.local() == null ? null : e.local().titleKk(),
                e.local() == null ? null : e.local().placeRu(),
                e.local() == null ? null : e.local().placeKk(),
                e.local() == null ? null : e.local().participantsRu(),
                e.local() == null ? null : e.local().participantsKk()))
        .update();
    return id;
  }

  void update(ProgramEvent e) {
    jdbc.sql(
            """
            UPDATE prog_event SET title_ru = CASE WHEN title = ? THEN title_ru END,
              title_kk = CASE WHEN title = ? THEN title_kk END,
              place_ru = CASE WHEN place = ? THEN place_ru END, place_kk = CASE WHEN place = ? THEN place_kk END,
              participants_ru = CASE WHEN participants = ? THEN participants_ru END,
              participants_kk = CASE WHEN participants = ? THEN participants_kk END,
              program_id = ?, project_id = ?, kind = ?, title = ?, held_on = ?, month_only = ?,
              place = ?, participants = ?, participant_count = ?, illustrative = ?
            WHERE id = ?""")
        // Translations stay while the text they translate does; a changed text drops them.
        .params(
            Arrays.asList(
                e.title(),
                e.title(),
                e.place(),
                e.place(),
                e.participants(),
                e.participants(),
                e.programId().value(),
                ProjectId.numberOf(e.projectId()),
                e.kind().name(),
                e.title(),
                e.heldOn(),
                e.monthOnly(),
                e.place(),
                e.participants(),
                e.participantCount(),
                e.illustrative(),
                e.id()))
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
        new ProgramId(rs.getLong("program_id")),
        projectId,
        Kinds.EventKind.valueOf(rs.getString("kind")),
        rs.getString("title"),
        rs.getObject("held_on", LocalDate.class),
        rs.getBoolean("month_only"),
        rs.getString("place"),
        rs.getString("participants"),
        participantCount,
        rs.getBoolean("illustrative"),
        new LocalText(
            rs.getString("title_ru"),
            rs.getString("title_kk"),
            rs.getString("place_ru"),
            rs.getString("place_kk"),
            rs.getString("participants_ru"),
            rs.getString("participants_kk")));
  }

  /**
   * Gives events titled {@code title} their Russian and Kazakh texts unless they have a title in
   * either.
   */
  public void translateIfUntranslated(String title, LocalText local) {
    jdbc.sql(
            """
            UPDATE prog_event SET title_ru = ?, title_kk = ?, place_ru = ?, place_kk = ?, participants_ru = ?,
              participants_kk = ?
            WHERE title = ? AND title_ru IS NULL AND title_kk IS NULL""")
        .params(
            Arrays.asList(
                local.titleRu(),
                local.titleKk(),
                local.placeRu(),
                local.placeKk(),
                local.participantsRu(),
                local.participantsKk(),
                title))
        .update();
  }
}
