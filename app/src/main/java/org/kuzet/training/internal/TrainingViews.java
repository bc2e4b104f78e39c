package org.kuzet.training.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kuzet.identity.KuzetUser;
import org.kuzet.training.internal.Enrolment.Status;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Read-only views the pages and the home panel share, always limited to what the user may read. */
@Component
class TrainingViews {

  /** A session with what a list shows about it. */
  record SessionRow(
      TrainingSession session, Course course, Center center, int enrolled, int waiting) {}

  private final Centers centers;
  private final Courses courses;
  private final Sessions sessions;
  private final Enrolments enrolments;
  private final Clock clock;

  TrainingViews(
      Centers centers,
      Courses courses,
      Sessions sessions,
      Enrolments enrolments,
      @Qualifier("trainingClock") Clock clock) {
    this.centers = centers;
    this.courses = courses;
    this.sessions = sessions;
    this.enrolments = enrolments;
    this.clock = clock;
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  List<Center> readableCenters(KuzetUser user) {
    return centers.all().stream().filter(c -> TrainingAccess.mayRead(user, c)).toList();
  }

  List<Center> editableCenters(KuzetUser user) {
    return centers.all().stream().filter(c -> TrainingAccess.mayEdit(user, c)).toList();
  }

  List<SessionRow> upcoming(KuzetUser user, int limit) {
    Map<CenterId, Center> readable =
        readableCenters(user).stream().collect(Collectors.toMap(Center::id, Function.identity()));
    return rows(
        sessions.upcoming(today(), 500).stream()
            .filter(s -> readable.containsKey(s.centerId()))
            .limit(limit)
            .toList());
  }

  List<SessionRow> rows(List<TrainingSession> list) {
    Map<CourseId, Course> courseById =
        courses.all().stream().collect(Collectors.toMap(Course::id, Function.identity()));
    Map<CenterId, Center> centerById =
        centers.all().stream().collect(Collectors.toMap(Center::id, Function.identity()));
    return list.stream()
        .map(
            s ->
                new SessionRow(
                    s,
                    Objects.requireNonNull(courseById.get(s.courseId()), "a session's course"),
                    Objects.requireNonNull(centerById.get(s.centerId()), "a session's center"),
                    enrolments.count(s.id(), Status.ENROLLED),
                    enrolments.count(s.id(), Status.WAITLISTED)))
        .toList();
  }
}
