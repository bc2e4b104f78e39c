package org.kuzet.training.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kuzet.training.SessionId;
import org.kuzet.training.internal.TrainingSession.SessionStatus;
import org.kuzet.web.ListPage;
import org.kuzet.web.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sessions and their instructors (tables {@code trn_session}, {@code trn_session_instructor}). */
@Repository
public class Sessions {

  /** Someone who teaches a session. */
  record Instructor(long id, SessionId sessionId, String name, String organisation) {}

  private final JdbcClient jdbc;

  Sessions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<TrainingSession> find(SessionId id) {
    return jdbc.sql("SELECT * FROM trn_session WHERE id = ?")
        .param(id.value())
        .query(Sessions::session)
        .optional();
  }

  /**
   * Reads the session and locks its row until the transaction ends: enrolments, withdrawals and
   * completion of one session queue here, so capacity holds under concurrent nominations.
   */
  Optional<TrainingSession> lock(SessionId id) {
    return jdbc.sql("SELECT * FROM trn_session WHERE id = ? FOR UPDATE")
        .param(id.value())
        .query(Sessions::session)
        .optional();
  }

  List<TrainingSession> ofCenter(CenterId centerId) {
    return jdbc.sql(
            "SELECT * FROM trn_session WHERE center_id = ? ORDER BY starts_on DESC, id DESC")
        .param(centerId.value())
        .query(Sessions::session)
        .list();
  }

  List<TrainingSession> ofCourse(CourseId courseId) {
    return jdbc.sql(
            "SELECT * FROM trn_session WHERE course_id = ? ORDER BY starts_on DESC, id DESC")
        .param(courseId.value())
        .query(Sessions::session)
        .list();
  }

  /** One page of a center's ({@code byCourse} false) or a course's sessions, for the API. */
  ListPage<TrainingSession> page(boolean byCourse, long id, Paging paging) {
    String where = " FROM trn_session WHERE " + (byCourse ? "course_id" : "center_id") + " = ?";
    long total = jdbc.sql(Paging.countUpToLimit(where)).param(id).query(Long.class).single();
    var rows =
        jdbc.sql(
                "SELECT *"
                    + where
                    + paging.orderBy(Map.of("startsOn", "starts_on", "id", "id"), "id")
                    + paging.limit())
            .param(id)
            .query(Sessions::session)
            .list();
    return new ListPage<>(rows, paging, total);
  }

  /** Scheduled sessions that have not ended before {@code from}, soonest first. */
  List<TrainingSession> upcoming(LocalDate from, int limit) {
    return jdbc.sql(
            """
            SELECT * FROM trn_session WHERE status = 'SCHEDULED' AND ends_on >= ?
            ORDER BY starts_on, id FETCH FIRST ? ROWS ONLY""")
        .params(from, limit)
        .query(Sessions::session)
        .list();
  }

  /** Sessions starting or ending within the dates, any status. */
  List<TrainingSession> between(LocalDate from, LocalDate to) {
    return jdbc.sql(
            "SELECT * FROM trn_session WHERE ends_on >= ? AND starts_on <= ? ORDER BY starts_on, id")
        .params(from, to)
        .query(Sessions::session)
        .list();
  }

  public SessionId insert(TrainingSession s, Instant now) {
    long id = jdbc.sql("SELECT nextval('kuzet_seq')").query(Long.class).single();
    jdbc.sql(
            """
            INSERT INTO trn_session (id, course_id, center_id, curriculum_version_id, starts_on,
              ends_on, capacity, status, completed_on, illustrative, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            Arrays.asList(
                id,
                s.courseId().value(),
                s.centerId().value(),
                s.curriculumVersionId(),
                s.startsOn(),
                s.endsOn(),
                s.capacity(),
                s.status().name(),
                s.completedOn(),
                s.illustrative(),
                now.atOffset(ZoneOffset.UTC)))
        .update();
    return new SessionId(id);
  }

  void markCompleted(SessionId id, LocalDate on) {
    jdbc.sql("UPDATE trn_session SET status = 'COMPLETED', completed_on = ? WHERE id = ?")
        .params(on, id.value())
        .update();
  }

  public void markCancelled(SessionId id) {
    jdbc.sql("UPDATE trn_session SET status = 'CANCELLED' WHERE id = ?").param(id.value()).update();
  }

  List<Instructor> instructors(SessionId sessionId) {
    return jdbc.sql("SELECT * FROM trn_session_instructor WHERE session_id = ? ORDER BY id")
        .param(sessionId.value())
        .query(
            (rs, n) ->
                new Instructor(
                    rs.getLong("id"),
                    new SessionId(rs.getLong("session_id")),
                    rs.getString("name"),
                    rs.getString("organisation")))
        .list();
  }

  long addInstructor(SessionId sessionId, String name, String organisation) {
    long id = jdbc.sql("SELECT nextval('kuzet_seq')").query(Long.class).single();
    jdbc.sql(
            "INSERT INTO trn_session_instructor (id, session_id, name, organisation) VALUES (?, ?, ?, ?)")
        .params(id, sessionId.value(), name, organisation)
        .update();
    return id;
  }

  private static TrainingSession session(ResultSet rs, int n) throws SQLException {
    return new TrainingSession(
        new SessionId(rs.getLong("id")),
        new CourseId(rs.getLong("course_id")),
        new CenterId(rs.getLong("center_id")),
        rs.getLong("curriculum_version_id"),
        rs.getObject("starts_on", LocalDate.class),
        rs.getObject("ends_on", LocalDate.class),
        rs.getInt("capacity"),
        SessionStatus.valueOf(rs.getString("status")),
        rs.getObject("completed_on", LocalDate.class),
        rs.getBoolean("illustrative"));
  }
}
