package org.kuzet.training.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.KuzetUser;
import org.kuzet.training.internal.TrainingSession.SessionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The annual plan against what happened, and officers trained by agency, gender and U.S. fiscal
 * year — always over the centers the user may read.
 */
@Component
class TrainingReports {

  /**
   * One center's fiscal year: sessions planned, scheduled (not cancelled), held, and officers
   * trained.
   */
  record PlanRow(Center center, int planned, int scheduled, int held, int cancelled, int trained) {}

  /** Officers who completed training at one center, from one agency, in one fiscal year. */
  record TrainedRow(int fiscalYear, String center, AgencyCode agency, int women, int men) {
    public int total() {
      return women + men;
    }
  }

  /** A fiscal year in total: sessions held and officers trained. */
  record YearRow(int fiscalYear, int planned, int held, int women, int men) {
    public int total() {
      return women + men;
    }
  }

  /** One line of a trainee's history. */
  record HistoryRow(
      Enrolment enrolment, TrainingSession session, Course course, Center center, int fiscalYear) {}

  private final JdbcClient jdbc;
  private final Centers centers;
  private final Courses courses;
  private final Sessions sessions;
  private final Enrolments enrolments;
  private final TrainingViews views;

  TrainingReports(
      JdbcClient jdbc,
      Centers centers,
      Courses courses,
      Sessions sessions,
      Enrolments enrolments,
      TrainingViews views) {
    this.jdbc = jdbc;
    this.centers = centers;
    this.courses = courses;
    this.sessions = sessions;
    this.enrolments = enrolments;
    this.views = views;
  }

  List<PlanRow> plan(KuzetUser user, int fiscalYear) {
    LocalDate from = FiscalYears.start(fiscalYear);
    LocalDate to = FiscalYears.end(fiscalYear);
    var inYear =
        sessions.between(from, to).stream()
            .filter(s -> FiscalYears.of(s.endsOn()) == fiscalYear)
            .toList();
    Map<CenterId, Integer> trainedByCenter = new HashMap<>();
    for (var r : trained(user)) {
      if (r.fiscalYear() == fiscalYear) {
        centers
            .findByCode(r.center())
            .ifPresent(c -> trainedByCenter.merge(c.id(), r.total(), Integer::sum));
      }
    }
    List<PlanRow> rows = new ArrayList<>();
    for (Center c : views.readableCenters(user)) {
      var mine = inYear.stream().filter(s -> s.centerId().equals(c.id())).toList();
      rows.add(
          new PlanRow(
              c,
              centers.plannedSessions(c.id(), fiscalYear).orElse(c.sessionsPerYear()),
              (int) mine.stream().filter(s -> s.status() != SessionStatus.CANCELLED).count(),
              (int) mine.stream().filter(s -> s.status() == SessionStatus.COMPLETED).count(),
              (int) mine.stream().filter(s -> s.status() == SessionStatus.CANCELLED).count(),
              trainedByCenter.getOrDefault(c.id(), 0)));
    }
    return rows;
  }

  /** Officers trained, by fiscal year, center and agency, newest year first. */
  List<TrainedRow> trained(KuzetUser user) {
    Set<CenterId> readable =
        views.readableCenters(user).stream().map(Center::id).collect(Collectors.toSet());
    Map<CenterId, String> codes =
        centers.all().stream().collect(Collectors.toMap(Center::id, Center::code));
    Map<String, int[]> counts = new TreeMap<>();
    jdbc.sql(
            """
            SELECT s.center_id, s.completed_on, t.agency_code, t.gender, COUNT(*) AS n
            FROM trn_enrolment e
            JOIN trn_session s ON s.id = e.session_id
            JOIN trn_trainee t ON t.id = e.trainee_id
            WHERE e.outcome = 'COMPLETED' AND s.status = 'COMPLETED'
            GROUP BY s.center_id, s.completed_on, t.agency_code, t.gender""")
        .query(
            rs -> {
              CenterId center = new CenterId(rs.getLong(1));
              if (readable.contains(center)) {
                int fy = FiscalYears.of(rs.getObject(2, LocalDate.class));
                String key = fy + "\u001f" + codes.get(center) + "\u001f" + rs.getString(3);
                int[] g = counts.computeIfAbsent(key, k -> new int[2]);
                g[Gender.valueOf(rs.getString(4).strip()).ordinal()] += rs.getInt(5);
              }
            });
    List<TrainedRow> rows = new ArrayList<>();
    counts.forEach(
        (key, g) -> {
          String[] k = key.split("\u001f");
          rows.add(new TrainedRow(Integer.parseInt(k[0]), k[1], AgencyCode.of(k[2]), g[0], g[1]));
        });
    rows.sort(
        Comparator.comparingInt(TrainedRow::fiscalYear)
            .reversed()
            .thenComparing(TrainedRow::center)
            .thenComparing(r -> r.agency().value()));
    return rows;
  }

  /** Totals per fiscal year over the user's centers, newest first. */
  List<YearRow> years(KuzetUser user) {
    var readable = views.readableCenters(user);
    Set<CenterId> ids = readable.stream().map(Center::id).collect(Collectors.toSet());
    var trained = trained(user);
    Set<Integer> years = new TreeSet<>(Comparator.reverseOrder());
    trained.forEach(r -> years.add(r.fiscalYear()));
    Map<Integer, Integer> held = new TreeMap<>();
    for (Center c : readable) {
      for (var s : sessions.ofCenter(c.id())) {
        if (s.status() == SessionStatus.COMPLETED) {
          held.merge(FiscalYears.of(s.endsOn()), 1, Integer::sum);
          years.add(FiscalYears.of(s.endsOn()));
        }
      }
    }
    List<YearRow> rows = new ArrayList<>();
    for (int fy : years) {
      int planned = 0;
      for (Center c : readable) {
        planned += centers.plannedSessions(c.id(), fy).orElse(0);
      }
      int women =
          trained.stream().filter(r -> r.fiscalYear() == fy).mapToInt(TrainedRow::women).sum();
      int men = trained.stream().filter(r -> r.fiscalYear() == fy).mapToInt(TrainedRow::men).sum();
      rows.add(new YearRow(fy, planned, held.getOrDefault(fy, 0), women, men));
    }
    return rows.stream().filter(r -> ids.size() > 0).toList();
  }

  /** A trainee's sessions across centers and years, limited to centers the user may read. */
  List<HistoryRow> history(KuzetUser user, long traineeId) {
    List<HistoryRow> rows = new ArrayList<>();
    for (Enrolment e : enrolments.ofTrainee(traineeId)) {
      var s = sessions.find(e.sessionId()).orElseThrow();
      var center = centers.find(s.centerId()).orElseThrow();
      if (TrainingAccess.mayRead(user, center)) {
        rows.add(
            new HistoryRow(
                e,
                s,
                courses.find(s.courseId()).orElseThrow(),
                center,
                FiscalYears.of(s.endsOn())));
      }
    }
    rows.sort(Comparator.comparing((HistoryRow r) -> r.session().startsOn()).reversed());
    return rows;
  }
}
