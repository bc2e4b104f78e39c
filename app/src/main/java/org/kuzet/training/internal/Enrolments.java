package org.kuzet.training.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;
import org.kuzet.training.SessionId;
import org.kuzet.training.internal.Enrolment.Outcome;
import org.kuzet.training.internal.Enrolment.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Enrolments, the waiting list and attendance (tables {@code trn_enrolment}, {@code
 * trn_attendance}).
 */
@Repository
public class Enrolments {

  private static final String SELECT =
      """
      SELECT e.*, t.agency_code, t.service_number, t.full_name, t.gender, t.rank_title, t.cadet
      FROM trn_enrolment e JOIN trn_trainee t ON t.id = e.trainee_id
      """;

  private final JdbcClient jdbc;
  private final JdbcTemplate jdbcTemplate;

  Enrolments(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
    this.jdbc = jdbc;
    this.jdbcTemplate = jdbcTemplate;
  }

  /**
   * Everyone nominated to the session: the enrolled, then the waiting list, each in queue order.
   */
  List<Enrolment> ofSession(SessionId sessionId) {
    return jdbc.sql(SELECT + " WHERE e.session_id = ? ORDER BY e.queue_no")
        .param(sessionId.value())
        .query(Enrolments::enrolment)
        .list();
  }

  Optional<Enrolment> find(EnrolmentId id) {
    return jdbc.sql(SELECT + " WHERE e.id = ?")
        .param(id.value())
        .query(Enrolments::enrolment)
        .optional();
  }

  Optional<Enrolment> find(SessionId sessionId, long traineeId) {
    return jdbc.sql(SELECT + " WHERE e.session_id = ? AND e.trainee_id = ?")
        .params(sessionId.value(), traineeId)
        .query(Enrolments::enrolment)
        .optional();
  }

  List<Enrolment> ofTrainee(long traineeId) {
    return jdbc.sql(SELECT + " WHERE e.trainee_id = ? ORDER BY e.nominated_at DESC")
        .param(traineeId)
        .query(Enrolments::enrolment)
        .list();
  }

  int count(SessionId sessionId, Status status) {
    return jdbc.sql("SELECT COUNT(*) FROM trn_enrolment WHERE session_id = ? AND status = ?")
        .params(sessionId.value(), status.name())
        .query(Integer.class)
        .single();
  }

  /** The first on the waiting list, if anyone waits. */
  Optional<EnrolmentId> headOfWaitingList(SessionId sessionId) {
    return jdbc.sql(
            """
            SELECT id FROM trn_enrolment WHERE session_id = ? AND status = 'WAITLISTED'
            ORDER BY queue_no FETCH FIRST 1 ROWS ONLY""")
        .param(sessionId.value())
        .query(Long.class)
        .optional()
        .map(EnrolmentId::new);
  }

  public EnrolmentId insert(
      SessionId sessionId, long traineeId, AgencyCode nominatedBy, Status status, Instant at) {
    long id = jdbc.sql("SELECT nextval('kuzet_seq')").query(Long.class).single();
    jdbc.sql(
            """
            INSERT INTO trn_enrolment (id, session_id, trainee_id, nominated_by, status, queue_no, nominated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(
            id,
            sessionId.value(),
            traineeId,
            nominatedBy.value(),
            status.name(),
            id,
            at.atOffset(ZoneOffset.UTC))
        .update();
    return new EnrolmentId(id);
  }

  /** A withdrawn trainee nominated again joins at the back of the queue. */
  void renominate(EnrolmentId id, AgencyCode nominatedBy, Status status, Instant at) {
    long queue = jdbc.sql("SELECT nextval('kuzet_seq')").query(Long.class).single();
    jdbc.sql(
            """
            UPDATE trn_enrolment SET nominated_by = ?, status = ?, queue_no = ?, nominated_at = ?
            WHERE id = ?""")
        .params(nominatedBy.value(), status.name(), queue, at.atOffset(ZoneOffset.UTC), id.value())
        .update();
  }

  void setStatus(EnrolmentId id, Status status) {
    jdbc.sql("UPDATE trn_enrolment SET status = ? WHERE id = ?")
        .params(status.name(), id.value())
        .update();
  }

  public void setScores(EnrolmentId id, @Nullable BigDecimal pre, @Nullable BigDecimal post) {
    jdbc.sql("UPDATE trn_enrolment SET pre_test = ?, post_test = ? WHERE id = ?")
        .params(Arrays.asList(pre, post, id.value()))
        .update();
  }

  void setOutcome(EnrolmentId id, Outcome outcome) {
    jdbc.sql("UPDATE trn_enrolment SET outcome = ? WHERE id = ?")
        .params(outcome.name(), id.value())
        .update();
  }

  /** Days each enrolment of the session was present. */
  Map<EnrolmentId, Set<LocalDate>> presence(SessionId sessionId) {
    Map<EnrolmentId, Set<LocalDate>> result = new HashMap<>();
    jdbc.sql(
            """
            SELECT a.enrolment_id, a.attended_on FROM trn_attendance a
            JOIN trn_enrolment e ON e.id = a.enrolment_id
            WHERE e.session_id = ? AND a.present = TRUE""")
        .param(sessionId.value())
        .query(
            rs -> {
              result
                  .computeIfAbsent(new EnrolmentId(rs.getLong(1)), k -> new HashSet<>())
                  .add(rs.getObject(2, LocalDate.class));
            });
    return result;
  }

  void setPresence(EnrolmentId enrolmentId, LocalDate day, boolean present) {
    int changed =
        jdbc.sql("UPDATE trn_attendance SET present = ? WHERE enrolment_id = ? AND attended_on = ?")
            .params(present, enrolmentId.value(), day)
            .update();
    if (changed == 0) {
      jdbc.sql("INSERT INTO trn_attendance (enrolment_id, attended_on, present) VALUES (?, ?, ?)")
          .params(enrolmentId.value(), day, present)
          .update();
    }
  }

  /** Writes many attendance marks at once (demo history); none of them may exist yet. */
  public void insertPresence(List<Object[]> enrolmentDayPresent) {
    jdbcTemplate.batchUpdate(
        "INSERT INTO trn_attendance (enrolment_id, attended_on, present) VALUES (?, ?, ?)",
        enrolmentDayPresent);
  }

  private static Enrolment enrolment(ResultSet rs, int n) throws SQLException {
    var trainee =
        new Trainee(
            rs.getLong("trainee_id"),
            AgencyCode.of(rs.getString("agency_code")),
            rs.getString("service_number"),
            rs.getString("full_name"),
            Gender.valueOf(rs.getString("gender").strip()),
            rs.getString("rank_title"),
            rs.getBoolean("cadet"));
    String outcome = rs.getString("outcome");
    return new Enrolment(
        new EnrolmentId(rs.getLong("id")),
        new SessionId(rs.getLong("session_id")),
        trainee,
        AgencyCode.of(rs.getString("nominated_by")),
        Status.valueOf(rs.getString("status")),
        rs.getLong("queue_no"),
        rs.getBigDecimal("pre_test"),
        rs.getBigDecimal("post_test"),
        outcome == null ? null : Outcome.valueOf(outcome));
  }
}
