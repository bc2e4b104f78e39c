package org.kuzet.training.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.internal.Accounts;
import org.kuzet.training.SessionId;
import org.kuzet.training.internal.CenterManagement.CenterForm;
import org.kuzet.training.internal.CenterManagement.CourseForm;
import org.kuzet.training.internal.SessionManagement.Nominee;

/**
 * Intention-named training records for tests, each uniquely named so tests sharing one database
 * never collide. Created as the Legal Institute's demo coordinator unless told otherwise.
 */
final class TrainingFixtures {

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static final String RUN = Long.toString(System.nanoTime() % 100000, 36).toUpperCase();

  final CenterManagement centers;
  final SessionManagement sessions;
  final Accounts accounts;

  TrainingFixtures(CenterManagement centers, SessionManagement sessions, Accounts accounts) {
    this.centers = centers;
    this.sessions = sessions;
    this.accounts = accounts;
  }

  KuzetUser user(String username) {
    return accounts.findByUsername(username).orElseThrow();
  }

  KuzetUser coordinator() {
    return user("coordinator.li");
  }

  static String unique(String prefix) {
    return prefix + "-" + RUN + "-" + COUNTER.incrementAndGet();
  }

  /** A center of the Legal Institute seating 30 a session, like the Anti-TIP Center. */
  CenterId centerFor30() {
    return centers.createCenter(
        coordinator(),
        new CenterForm(
            unique("T-CENTER"),
            "Test center " + unique("N"),
            "Test venue",
            "Karaganda",
            2,
            20,
            30,
            5,
            null,
            null,
            null,
            null,
            null));
  }

  /** A course with an approved first curriculum version (80 % attendance, pass mark 70). */
  CourseId approvedCourse(CenterId centerId) {
    CourseId course =
        centers.createCourse(
            coordinator(),
            centerId,
            new CourseForm(
                unique("T-COURSE"),
                "Course " + unique("C"),
                "Trafficking",
                "KZ-TIP",
                "Officers",
                40,
                80,
                new BigDecimal("70"),
                null,
                null,
                null,
                null,
                null,
                null));
    long v1 = centers.draftVersion(coordinator(), course, "First version");
    centers.approveVersion(coordinator(), v1, "Academic council", LocalDate.of(2008, 1, 10));
    return course;
  }

  /** A five-day session that has already ended, so it can be completed today. */
  SessionId pastSession(CourseId courseId, CenterId centerId) {
    return sessions.schedule(
        coordinator(),
        courseId,
        centerId,
        LocalDate.of(2008, 3, 3),
        LocalDate.of(2008, 3, 7),
        null,
        null);
  }

  /** A fresh center, course and past session, open for nominations. */
  SessionId pastSessionStillOpen() {
    CenterId center = centerFor30();
    return pastSession(approvedCourse(center), center);
  }

  static Nominee officer(AgencyCode agency, Gender gender) {
    return new Nominee(agency, unique("SN"), "Officer " + unique("O"), gender, "captain", false);
  }

  static Nominee migrationOfficer() {
    return officer(AgencyCode.MIGRATION_POLICE, Gender.F);
  }
}
