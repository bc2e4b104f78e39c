package org.kuzet.training.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.identity.AgencyCode;
import org.kuzet.training.SessionId;
import org.kuzet.training.TrainingCompleted;
import org.kuzet.training.TrainingFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds the {@link TrainingCompleted} event of every completed session from the records: the
 * same officers (completed enrolments) by agency and gender as the completion counted.
 */
@Service
@Transactional(readOnly = true)
class TrainingFiguresQuery implements TrainingFigures {

  private final JdbcClient jdbc;

  TrainingFiguresQuery(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<TrainingCompleted> completedSessions() {
    record Session(
        long id,
        String courseCode,
        String courseTitle,
        String programCode,
        String centerCode,
        AgencyCode centerAgency,
        LocalDate completedOn) {}
    Map<Long, Session> sessions = new LinkedHashMap<>();
    jdbc.sql(
            """
            SELECT s.id, c.code, c.title, c.program_code, t.code, t.hosting_agency, s.completed_on
            FROM trn_session s JOIN trn_course c ON c.id = s.course_id JOIN trn_center t ON t.id = s.center_id
            WHERE s.status = 'COMPLETED' ORDER BY s.completed_on, s.id""")
        .query(
            rs -> {
              long id = rs.getLong(1);
              sessions.put(
                  id,
                  new Session(
                      id,
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getString(5),
                      AgencyCode.of(rs.getString(6)),
                      rs.getObject(7, LocalDate.class)));
            });
    Map<Long, List<TrainingCompleted.Headcount>> officers = new LinkedHashMap<>();
    jdbc.sql(
            """
            SELECT e.session_id, t.agency_code, t.gender, COUNT(*) FROM trn_enrolment e
            JOIN trn_session s ON s.id = e.session_id JOIN trn_trainee t ON t.id = e.trainee_id
            WHERE e.outcome = 'COMPLETED' AND s.status = 'COMPLETED'
            GROUP BY e.session_id, t.agency_code, t.gender ORDER BY e.session_id, t.agency_code, t.gender""")
        .query(
            rs -> {
              officers
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(
                      new TrainingCompleted.Headcount(
                          AgencyCode.of(rs.getString(2)), rs.getString(3).strip(), rs.getInt(4)));
            });
    return sessions.values().stream()
        .map(
            s ->
                new TrainingCompleted(
                    new SessionId(s.id()),
                    s.courseCode(),
                    s.courseTitle(),
                    s.programCode(),
                    s.centerCode(),
                    s.centerAgency(),
                    s.completedOn(),
                    FiscalYears.of(s.completedOn()),
                    officers.getOrDefault(s.id(), List.of())))
        .toList();
  }
}
