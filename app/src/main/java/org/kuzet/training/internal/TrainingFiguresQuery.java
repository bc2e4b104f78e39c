package org.kuzet.training.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kuzet.training.TrainingFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts completions the same way the annual plan page does, grouped by the course's program. */
@Service
@Transactional(readOnly = true)
class TrainingFiguresQuery implements TrainingFigures {

  private final JdbcClient jdbc;

  TrainingFiguresQuery(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<TrainedHeadcount> officersTrained() {
    Map<List<Object>, Integer> counts = new TreeMap<>(TrainingFiguresQuery::compare);
    jdbc.sql(
            """
            SELECT c.program_code, s.completed_on, t.agency_code, t.gender, COUNT(*) AS n
            FROM trn_enrolment e
            JOIN trn_session s ON s.id = e.session_id
            JOIN trn_course c ON c.id = s.course_id
            JOIN trn_trainee t ON t.id = e.trainee_id
            WHERE e.outcome = 'COMPLETED' AND s.status = 'COMPLETED'
            GROUP BY c.program_code, s.completed_on, t.agency_code, t.gender""")
        .query(
            rs -> {
              int fy = FiscalYears.of(rs.getObject(2, LocalDate.class));
              counts.merge(
                  List.of(rs.getString(1), fy, rs.getString(3), rs.getString(4).strip()), rs.getInt(5), Integer::sum);
            });
    var rows = new ArrayList<TrainedHeadcount>();
    counts.forEach(
        (k, n) -> rows.add(new TrainedHeadcount((String) k.get(0), (Integer) k.get(1), (String) k.get(2), (String) k.get(3), n)));
    return rows;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(List<Object> a, List<Object> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = ((Comparable) a.get(i)).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
