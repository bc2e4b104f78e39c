package org.kuzet.training.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.KuzetUser;
import org.kuzet.program.OfficersTrained;
import org.kuzet.training.SessionId;
import org.kuzet.training.TrainingCompleted;
import org.kuzet.training.internal.Enrolment.Outcome;
import org.kuzet.training.internal.Enrolment.Status;
import org.kuzet.training.internal.TrainingSession.SessionStatus;
import org.kuzet.web.FieldLabels;
import org.kuzet.web.NotFound;
import org.kuzet.web.Refusal;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Running a session: scheduling, nominations with enforced capacity and a waiting list,
 * withdrawals, attendance and scores, and completion with certificates and the {@link
 * TrainingCompleted} event.
 */
@Service
public class SessionManagement {

  /** Longest session the program runs; longer dates are a typing mistake. */
  static final int MAX_SESSION_DAYS = 90;

  /** Who is nominated: found by agency and service number, created when new. */
  public record Nominee(
      AgencyCode agency,
      String serviceNumber,
      String fullName,
      Gender gender,
      @Nullable String rankTitle,
      boolean cadet) {

    public Nominee {
      serviceNumber = serviceNumber.strip();
      fullName = fullName.strip().replaceAll("\\s+", " ");
      if (serviceNumber.isEmpty() || serviceNumber.length() > 40) {
        throw Refusal.of("serviceNumber", "training.refusal.nominee.serviceNumber", serviceNumber);
      }
      if (fullName.isEmpty() || fullName.length() > 200) {
        throw Refusal.of("fullName", "training.refusal.nominee.name", fullName);
      }
      rankTitle = rankTitle == null || rankTitle.isBlank() ? null : rankTitle.strip();
    }
  }

  /** Where a nomination landed. */
  record Placement(EnrolmentId enrolmentId, Status status) {}

  /** Scores typed for one enrolment (either may be empty). */
  record Scores(@Nullable BigDecimal preTest, @Nullable BigDecimal postTest) {}

  private final Centers centers;
  private final Courses courses;
  private final Sessions sessions;
  private final Trainees trainees;
  private final Enrolments enrolments;
  private final CertificateCodes codes;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SessionManagement(
      Centers centers,
      Courses courses,
      Sessions sessions,
      Trainees trainees,
      Enrolments enrolments,
      CertificateCodes codes,
      AuditLog audit,
      ApplicationEventPublisher events,
      @Qualifier("trainingClock") Clock clock) {
    this.centers = centers;
    this.courses = courses;
    this.sessions = sessions;
    this.trainees = trainees;
    this.enrolments = enrolments;
    this.codes = codes;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /** The session, if the user may read it. */
  TrainingSession session(KuzetUser user, SessionId id) {
    TrainingSession s = sessions.find(id).orElseThrow(() -> new NotFound("session", id.value()));
    TrainingAccess.requireRead(user, centerOf(s), audit);
    return s;
  }

  Center centerOf(TrainingSession s) {
    return centers.find(s.centerId()).orElseThrow();
  }

  /**
   * Schedules a session of a course at a center of the user's agency. Without an explicit version,
   * it teaches the newest approved curriculum version, which it keeps from then on.
   */
  @Transactional(noRollbackFor = TrainingAccess.OtherAgencyRecord.class)
  SessionId schedule(
      KuzetUser user,
      CourseId courseId,
      CenterId centerId,
      @Nullable LocalDate startsOn,
      @Nullable LocalDate endsOn,
      @Nullable Integer capacity,
      @Nullable Long curriculumVersionId) {
    Course course =
        courses.find(courseId).orElseThrow(() -> new NotFound("course", courseId.value()));
    Center center =
        centers.find(centerId).orElseThrow(() -> new NotFound("center", centerId.value()));
    TrainingAccess.requireEdit(user, center, audit);
    TrainingAccess.requireEdit(user, centers.find(course.centerId()).orElseThrow(), audit);
    checkDates(startsOn, endsOn);
    LocalDate starts = Objects.requireNonNull(startsOn, "checkDates refuses a missing date");
    LocalDate ends = Objects.requireNonNull(endsOn, "checkDates refuses a missing date");
    int seats = capacity == null ? center.sessionCapacity() : capacity;
    if (seats < 1 || seats > 500) {
      throw Refusal.of("capacity", "training.refusal.session.capacity", seats);
    }
    CurriculumVersion version =
        curriculumVersionId == null
            ? courses
                .latestApproved(courseId)
                .orElseThrow(
                    () ->
                        Refusal.of(
                            "course",
                            "training.refusal.session.noApprovedCurriculum",
                            course.title()))
            : courses
                .version(curriculumVersionId)
                .filter(v -> v.courseId().equals(courseId))
                .orElseThrow(
                    () ->
                        Refusal.of(
                            "curriculumVersionId",
                            "training.refusal.session.wrongCurriculum",
                            curriculumVersionId));
    if (!version.approved()) {
      throw Refusal.of(
          "curriculumVersionId", "training.refusal.session.draftCurriculum", version.versionNo());
    }
    SessionId id =
        sessions.insert(
            new TrainingSession(
                new SessionId(0),
                courseId,
                centerId,
                version.id(),
                starts,
                ends,
                seats,
                SessionStatus.SCHEDULED,
                null,
                false),
            clock.instant());
    audit.recordFacts(
        "TRAINING_SESSION_SCHEDULED",
        "training-session",
        id,
        AuditDetail.of(
            "training.scheduled",
            course.code(),
            starts.toString(),
            ends.toString(),
            center.code(),
            version.versionNo()));
    return id;
  }

  static void checkDates(@Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
    if (startsOn == null) {
      throw Refusal.of("startsOn", "training.refusal.required", FieldLabels.named("startsOn"));
    }
    if (endsOn == null) {
      throw Refusal.of("endsOn", "training.refusal.required", FieldLabels.named("endsOn"));
    }
    if (endsOn.isBefore(startsOn)) {
      throw Refusal.of("endsOn", "training.refusal.session.endsBeforeStart", endsOn, startsOn);
    }
    if (startsOn.plusDays(MAX_SESSION_DAYS).isBefore(endsOn)) {
      throw Refusal.of("endsOn", "training.refusal.session.tooLong", MAX_SESSION_DAYS);
    }
    if (startsOn.getYear() < 1992 || startsOn.getYear() > 2100) {
      throw Refusal.of("startsOn", "training.refusal.session.year", startsOn);
    }
  }

  @Transactional(noRollbackFor = TrainingAccess.OtherAgencyRecord.class)
  void addInstructor(KuzetUser user, SessionId sessionId, String name, String organisation) {
    TrainingSession s = editable(user, sessionId);
    CenterManagement.required("name", name);
    CenterManagement.required("organisation", organisation);
    sessions.addInstructor(s.id(), name.strip(), organisation.strip());
    audit.record("TRAINING_INSTRUCTOR_ADDED", "training-session", sessionId, name.strip());
  }

  /**
   * Nominates an officer: enrolled while seats remain, otherwise placed on the waiting list.
   * Someone already enrolled or waiting is refused; someone who withdrew joins the back of the
   * queue.
   */
  @Transactional(noRollbackFor = TrainingAccess.OtherAgencyRecord.class)
  Placement nominate(KuzetUser user, SessionId sessionId, Nominee nominee, AgencyCode nominatedBy) {
    TrainingSession s = lockEditable(user, sessionId);
    return place(s, nominee, nominatedBy, false);
  }

  /**
   * The same for a whole list, in one transaction: the caller has locked and checked the session.
   */
  Placement place(
      TrainingSession s, Nominee nominee, AgencyCode nominatedBy, boolean illustrative) {
    long traineeId =
        trainees
            .find(nominee.agency(), nominee.serviceNumber())
            .map(Trainee::id)
            .orElseGet(
                () ->
                    trainees.insert(
                        new Trainee(
                            0,
                            nominee.agency(),
                            nominee.serviceNumber(),
                            nominee.fullName(),
                            nominee.gender(),
                            nominee.rankTitle(),
                            nominee.cadet()),
                        illustrative));
    Status status =
        enrolments.count(s.id(), Status.ENROLLED) < s.capacity()
            ? Status.ENROLLED
            : Status.WAITLISTED;
    var existing = enrolments.find(s.id(), traineeId);
    EnrolmentId enrolmentId;
    if (existing.isPresent()) {
      if (existing.get().status() != Status.WITHDRAWN) {
        throw Refusal.of(
            "enrolment",
            existing.get().status() == Status.ENROLLED
                ? "training.refusal.enrolment.duplicate"
                : "training.refusal.enrolment.duplicateWaiting",
            existing.get().trainee().fullName(),
            nominee.serviceNumber());
      }
      enrolmentId = existing.get().id();
      enrolments.renominate(enrolmentId, nominatedBy, status, clock.instant());
    } else {
      enrolmentId = enrolments.insert(s.id(), traineeId, nominatedBy, status, clock.instant());
    }
    audit.recordFacts(
        status == Status.ENROLLED ? "TRAINING_ENROLLED" : "TRAINING_WAITLISTED",
        "training-session",
        s.id(),
        AuditDetail.of(
            "training.nominated",
            nominee.agency().toString(),
            nominee.serviceNumber(),
            nominatedBy.value()));
    return new Placement(enrolmentId, status);
  }

  /** Withdraws a trainee; a freed seat goes to the first on the waiting list. */
  @Transactional(noRollbackFor = TrainingAccess.OtherAgencyRecord.class)
  @Nullable Enrolment withdraw(KuzetUser user, EnrolmentId enrolmentId) {
    Enrolment e =
        enrolments
            .find(enrolmentId)
            .orElseThrow(() -> new NotFound("enrolment", enrolmentId.value()));
    TrainingSession s = lockEditable(user, e.sessionId());
    if (e.status() == Status.WITHDRAWN) {
      throw Refusal.of(
          "enrolment", "training.refusal.enrolment.alreadyWithdrawn", e.trainee().fullName());
    }
    enrolments.setStatus(enrolmentId, Status.WITHDRAWN);
    audit.recordFacts(
        "TRAINING_WITHDRAWN",
        "training-session",
        s.id(),
        AuditDetail.of(
            "training.withdrawn",
            e.trainee().agency().toString(),
            e.trainee().serviceNumber(),
            e.status().name()));
    if (e.status() == Status.ENROLLED && enrolments.count(s.id(), Status.ENROLLED) < s.capacity()) {
      var next = enrolments.headOfWaitingList(s.id());
      if (next.isPresent()) {
        enrolments.setStatus(next.get(), Status.ENROLLED);
        Enrolment promoted = enrolments.find(next.get()).orElseThrow();
        audit.record(
            "TRAINING_PROMOTED_FROM_WAITING_LIST",
            "training-session",
            s.id(),
            promoted.trainee().agency() + "/" + promoted.trainee().serviceNumber());
        return promoted;
      }
    }
    return null;
  }

  /** Saves the attendance grid and test scores of the enrolled trainees. */
  @Transactional(noRollbackFor = TrainingAccess.OtherAgencyRecord.class)
  void recordProgress(
      KuzetUser user,
      SessionId sessionId,
      Map<EnrolmentId, Set<LocalDate>> present,
      Map<EnrolmentId, Scores> scores) {
    TrainingSession s = lockEditable(user, sessionId);
    var days = s.days();
    var enrolled =
        enrolments.ofSession(sessionId).stream()
            .filter(e -> e.status() == Status.ENROLLED)
            .toList();
    for (Enrolment e : enrolled) {
      var sc = scores.get(e.id());
      if (sc != null) {
        checkScore(e, sc.preTest());
        checkScore(e, sc.postTest());
      }
    }
    for (var entry : present.entrySet()) {
      for (LocalDate d : entry.getValue()) {
        if (!days.contains(d)) {
          throw Refusal.of("day", "training.refusal.attendance.day", d, s.startsOn(), s.endsOn());
        }
      }
    }
    for (Enrolment e : enrolled) {
      Set<LocalDate> here = present.getOrDefault(e.id(), Set.of());
      for (LocalDate d : days) {
        enrolments.setPresence(e.id(), d, here.contains(d));
      }
      var sc = scores.get(e.id());
      if (sc != null) {
        enrolments.setScores(e.id(), sc.preTest(), sc.postTest());
      }
    }
    audit.recordFacts(
        "TRAINING_PROGRESS_RECORDED",
        "training-session",
        sessionId,
        AuditDetail.of("training.progress", enrolled.size()));
  }

  private static void checkScore(Enrolment e, @Nullable BigDecimal score) {
    if (score != null && (score.signum() < 0 || score.compareTo(new BigDecimal("100")) > 0)) {
      throw Refusal.of(
          "score", "training.refusal.score.range", e.trainee().fullName(), score.toPlainString());
    }
  }

  /**
   * Completes a session on or after its last day: applies the course's completion rule to each
   * enrolled trainee, issues certificates to those who pass and tells the program office.
   */
  @Transactional(noRollbackFor = TrainingAccess.OtherAgencyRecord.class)
  TrainingCompleted complete(KuzetUser user, SessionId sessionId) {
    TrainingSession s = lockEditable(user, sessionId);
    return close(s, LocalDate.now(clock));
  }

  /** Completion without a user's check: the caller has locked and checked the session. */
  public TrainingCompleted close(TrainingSession s, LocalDate today) {
    if (today.isBefore(s.endsOn())) {
      throw Refusal.of("session", "training.refusal.session.notEnded", s.endsOn());
    }
    Course course = courses.find(s.courseId()).orElseThrow();
    Center center = centerOf(s);
    var presence = enrolments.presence(s.id());
    int days = s.days().size();
    Map<String, int[]> counts = new TreeMap<>();
    int issued = 0;
    for (Enrolment e : enrolments.ofSession(s.id())) {
      if (e.status() != Status.ENROLLED) {
        continue;
      }
      int present = presence.getOrDefault(e.id(), Set.of()).size();
      boolean passed = course.rule().passes(present, days, e.postTest());
      enrolments.setOutcome(e.id(), passed ? Outcome.COMPLETED : Outcome.NOT_COMPLETED);
      if (passed) {
        codes.issue(e.id(), today);
        issued++;
        int[] byGender = counts.computeIfAbsent(e.trainee().agency().value(), k -> new int[2]);
        byGender[e.trainee().gender().ordinal()]++;
      }
    }
    sessions.markCompleted(s.id(), s.endsOn());
    var headcounts = new ArrayList<TrainingCompleted.Headcount>();
    counts.forEach(
        (agency, g) -> {
          for (Gender gender : Gender.values()) {
            if (g[gender.ordinal()] > 0) {
              headcounts.add(
                  new TrainingCompleted.Headcount(
                      AgencyCode.of(agency), gender.name(), g[gender.ordinal()]));
            }
          }
        });
    var event =
        new TrainingCompleted(
            s.id(),
            course.code(),
            course.title(),
            course.programCode(),
            center.code(),
            center.hostingAgency(),
            s.endsOn(),
            FiscalYears.of(s.endsOn()),
            List.copyOf(headcounts));
    events.publishEvent(event);
    // The program office counts officers trained per program and agency.
    for (var entry : counts.entrySet()) {
      int[] g = entry.getValue();
      events.publishEvent(
          new OfficersTrained(
              course.programCode(),
              AgencyCode.of(entry.getKey()),
              event.fiscalYear(),
              g[0] + g[1],
              g[Gender.F.ordinal()],
              s.endsOn(),
              "training:session:" + s.id() + ":" + entry.getKey()));
    }
    audit.recordFacts(
        "TRAINING_SESSION_COMPLETED",
        "training-session",
        s.id(),
        AuditDetail.of("training.completed", issued, event.fiscalYear()));
    return event;
  }

  @Transactional(noRollbackFor = TrainingAccess.OtherAgencyRecord.class)
  void cancel(KuzetUser user, SessionId sessionId) {
    TrainingSession s = lockEditable(user, sessionId);
    sessions.markCancelled(s.id());
    audit.record("TRAINING_SESSION_CANCELLED", "training-session", sessionId, null);
  }

  private TrainingSession editable(KuzetUser user, SessionId sessionId) {
    TrainingSession s =
        sessions.find(sessionId).orElseThrow(() -> new NotFound("session", sessionId.value()));
    TrainingAccess.requireEdit(user, centerOf(s), audit);
    if (!s.open()) {
      throw Refusal.of("session", "training.refusal.session.closed", s.status().name());
    }
    return s;
  }

  /** Checks the user may edit the open session, then locks it for the rest of the transaction. */
  TrainingSession lockEditable(KuzetUser user, SessionId sessionId) {
    editable(user, sessionId);
    TrainingSession s = sessions.lock(sessionId).orElseThrow();
    if (!s.open()) {
      throw Refusal.of("session", "training.refusal.session.closed", s.status().name());
    }
    return s;
  }
}
