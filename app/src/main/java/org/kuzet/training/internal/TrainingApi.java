package org.kuzet.training.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.training.SessionId;
import org.kuzet.web.ETags;
import org.kuzet.web.IdempotentCreation;
import org.kuzet.web.ListPage;
import org.kuzet.web.NotFound;
import org.kuzet.web.Paging;
import org.kuzet.web.Refusal;
import org.kuzet.web.Sortable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Training for ministries' HR systems: centers, courses, sessions, enrolment (nominations go to the
 * waiting list when a session is full), attendance and test scores, certificates, and the public
 * verification of a certificate's code. Through {@link SessionManagement} and {@link
 * CertificateManagement}, as the pages. Coordinators work on their own agency's centers; another
 * agency's center, course or session answers 404 and is audited.
 */
@RestController
@Tag(
    name = "training",
    description = "centers, courses, sessions, enrolments and attendance, certificates")
class TrainingApi {

  private final Centers centers;
  private final Courses courses;
  private final Sessions sessions;
  private final Enrolments enrolments;
  private final Certificates certificates;
  private final CertificateCodes codes;
  private final SessionManagement management;
  private final CertificateManagement certificateManagement;
  private final AuditLog audit;
  private final IdempotentCreation idempotent;
  private final ETags etags;

  TrainingApi(
      Centers centers,
      Courses courses,
      Sessions sessions,
      Enrolments enrolments,
      Certificates certificates,
      CertificateCodes codes,
      SessionManagement management,
      CertificateManagement certificateManagement,
      AuditLog audit,
      IdempotentCreation idempotent,
      ETags etags) {
    this.centers = centers;
    this.courses = courses;
    this.sessions = sessions;
    this.enrolments = enrolments;
    this.certificates = certificates;
    this.codes = codes;
    this.management = management;
    this.certificateManagement = certificateManagement;
    this.audit = audit;
    this.idempotent = idempotent;
    this.etags = etags;
  }

  record SessionView(
      TrainingSession session,
      List<Sessions.Instructor> instructors,
      int enrolled,
      int waitlisted) {}

  record ScheduleRequest(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Long course,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Long center,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2027-02-01")
          @Nullable LocalDate startsOn,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2027-02-05")
          @Nullable LocalDate endsOn,
      @Schema(description = "default: the center's session capacity") @Nullable Integer capacity,
      @Schema(description = "default: the course's newest approved curriculum")
          @Nullable Long curriculumVersion) {}

  @Schema(
      description = "A nomination; the trainee is found by agency and service number, or created.")
  record NominationRequest(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "BORDER_GUARDS")
          @Nullable String agency,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "BG-40417")
          @Nullable String serviceNumber,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Сейткали Нурлан")
          @Nullable String fullName,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Gender gender,
      @Nullable String rankTitle,
      @Schema(description = "default false") @Nullable Boolean cadet) {}

  record AttendanceRow(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Long enrolment,
      @Schema(description = "the days of the session the trainee was present")
          @Nullable Set<LocalDate> presentOn,
      @Nullable BigDecimal preTest,
      @Nullable BigDecimal postTest) {}

  record AttendanceRequest(@Nullable List<AttendanceRow> rows) {}

  @Operation(summary = "Training centers the caller may read")
  @GetMapping("/api/training/centers")
  ListPage<Center> centerList(@Sortable({"code", "name", "id"}) Paging paging) {
    KuzetUser user = CurrentUser.require();
    return paging.slice(
        centers.all().stream().filter(c -> TrainingAccess.mayRead(user, c)).toList(),
        Map.of(
            "code", Comparator.comparing(Center::code),
            "name", Comparator.comparing(Center::name),
            "id", Comparator.comparingLong(c -> c.id().value())));
  }

  @Operation(summary = "A training center")
  @GetMapping("/api/training/centers/{id}")
  Center center(@PathVariable CenterId id) {
    return readableCenter(CurrentUser.require(), id);
  }

  @Operation(summary = "Courses of the centers the caller may read; filter center")
  @GetMapping("/api/training/courses")
  ListPage<Course> courseList(
      @RequestParam(required = false) @Nullable Long center,
      @Sortable({"code", "id"}) Paging paging) {
    KuzetUser user = CurrentUser.require();
    List<Course> all =
        center != null
            ? courses.ofCenter(readableCenter(user, new CenterId(center)).id())
            : courses.all().stream()
                .filter(
                    c ->
                        centers
                            .find(c.centerId())
                            .map(x -> TrainingAccess.mayRead(user, x))
                            .orElse(false))
                .toList();
    return paging.slice(
        all,
        Map.of(
            "code",
            Comparator.comparing(Course::code),
            "id",
            Comparator.comparingLong(c -> c.id().value())));
  }

  @Operation(summary = "Sessions of a center or of a course")
  @GetMapping("/api/training/sessions")
  ListPage<TrainingSession> sessionList(
      @RequestParam(required = false) @Nullable Long center,
      @RequestParam(required = false) @Nullable Long course,
      @Sortable(
              value = {"startsOn", "id"},
              descending = true)
          Paging paging) {
    KuzetUser user = CurrentUser.require();
    if (course != null) {
      Course c =
          courses.find(new CourseId(course)).orElseThrow(() -> new NotFound("course", course));
      readableCenter(user, c.centerId());
      return sessions.page(true, course, paging);
    } else if (center != null) {
      return sessions.page(false, readableCenter(user, new CenterId(center)).id().value(), paging);
    }
    throw Refusal.of("center", "error.value.missing");
  }

  @Operation(summary = "Schedule a session of a course (coordinators of the center's agency)")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/training/sessions")
  ResponseEntity<SessionView> schedule(
      @RequestHeader(name = IdempotentCreation.HEADER, required = false) @Nullable String key,
      @RequestBody ScheduleRequest request) {
    KuzetUser user = CurrentUser.require();
    Long course = request.course();
    Long center = request.center();
    if (course == null || center == null) {
      throw Refusal.of(course == null ? "course" : "center", "error.value.missing");
    }
    readableCenter(user, new CenterId(center));
    return idempotent.create(
        key,
        "POST /api/training/sessions",
        request,
        SessionView.class,
        () -> {
          SessionId id =
              management.schedule(
                  user,
                  new CourseId(course),
                  new CenterId(center),
                  request.startsOn(),
                  request.endsOn(),
                  request.capacity(),
                  request.curriculumVersion());
          return ResponseEntity.created(URI.create("/api/training/sessions/" + id))
              .body(view(management.session(user, id)));
        });
  }

  @Operation(summary = "A session with its instructors and seat counts")
  @GetMapping("/api/training/sessions/{id}")
  SessionView session(@PathVariable SessionId id) {
    return view(readableSession(CurrentUser.require(), id));
  }

  @Operation(
      summary =
          "The session's enrolments: enrolled, waiting and withdrawn, with scores and outcome")
  @GetMapping("/api/training/sessions/{id}/enrolments")
  ResponseEntity<List<Enrolment>> enrolmentList(@PathVariable SessionId id) {
    readableSession(CurrentUser.require(), id);
    return etags.ok(enrolments.ofSession(id));
  }

  @Operation(summary = "Nominate a trainee: enrolled while seats last, then on the waiting list")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/training/sessions/{id}/enrolments")
  ResponseEntity<SessionManagement.Placement> nominate(
      @PathVariable SessionId id,
      @RequestHeader(name = IdempotentCreation.HEADER, required = false) @Nullable String key,
      @RequestBody NominationRequest request) {
    KuzetUser user = CurrentUser.require();
    readableSession(user, id);
    if (request.gender() == null) {
      throw Refusal.of("gender", "error.value.missing");
    }
    AgencyCode agency;
    try {
      agency = AgencyCode.of(String.valueOf(request.agency()));
    } catch (IllegalArgumentException e) {
      throw Refusal.of("agency", "error.value.invalid", String.valueOf(request.agency()));
    }
    var nominee =
        new SessionManagement.Nominee(
            agency,
            String.valueOf(request.serviceNumber() == null ? "" : request.serviceNumber()),
            request.fullName() == null ? "" : request.fullName(),
            request.gender(),
            request.rankTitle(),
            Boolean.TRUE.equals(request.cadet()));
    return idempotent.create(
        key,
        "POST /api/training/sessions/" + id + "/enrolments",
        request,
        SessionManagement.Placement.class,
        () -> {
          var placement = management.nominate(user, id, nominee, user.agency());
          return ResponseEntity.created(URI.create("/api/training/sessions/" + id + "/enrolments"))
              .body(placement);
        });
  }

  @Operation(
      summary = "Record attendance and test scores (If-Match: the ETag of the enrolments as read)")
  @PutMapping("/api/training/sessions/{id}/attendance")
  ResponseEntity<List<Enrolment>> attendance(
      @PathVariable SessionId id,
      @RequestHeader(name = ETags.IF_MATCH, required = false) @Nullable String ifMatch,
      @RequestBody AttendanceRequest request) {
    KuzetUser user = CurrentUser.require();
    readableSession(user, id);
    return etags.change(
        ifMatch,
        "trn_session",
        id.value(),
        () -> enrolments.ofSession(id),
        () -> record(user, id, request));
  }

  private ResponseEntity<List<Enrolment>> record(
      KuzetUser user, SessionId id, AttendanceRequest request) {
    var present = new HashMap<EnrolmentId, Set<LocalDate>>();
    var scores = new HashMap<EnrolmentId, SessionManagement.Scores>();
    var rows = request.rows() == null ? List.<AttendanceRow>of() : request.rows();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).enrolment() == null) {
        throw Refusal.of("rows[" + i + "].enrolment", "error.value.missing");
      }
    }
    for (AttendanceRow row : rows) {
      EnrolmentId enrolment = new EnrolmentId(Objects.requireNonNull(row.enrolment()));
      present.put(enrolment, row.presentOn() == null ? Set.of() : new HashSet<>(row.presentOn()));
      scores.put(enrolment, new SessionManagement.Scores(row.preTest(), row.postTest()));
    }
    management.recordProgress(user, id, present, scores);
    return etags.ok(enrolments.ofSession(id));
  }

  @Operation(
      summary =
          "Close a session: outcomes are decided and certificates issued to those who completed")
  @PostMapping("/api/training/sessions/{id}/complete")
  SessionView complete(@PathVariable SessionId id) {
    KuzetUser user = CurrentUser.require();
    readableSession(user, id);
    management.complete(user, id);
    return view(management.session(user, id));
  }

  @Operation(summary = "Certificates issued for a session")
  @GetMapping("/api/training/sessions/{id}/certificates")
  List<Certificate> sessionCertificates(@PathVariable SessionId id) {
    readableSession(CurrentUser.require(), id);
    return certificates.ofSession(id);
  }

  @Operation(summary = "A certificate with its trainee, session, course and center")
  @GetMapping("/api/training/certificates/{id}")
  CertificateManagement.Issued certificate(@PathVariable CertificateId id) {
    KuzetUser user = CurrentUser.require();
    Certificate c =
        certificates.find(id).orElseThrow(() -> new NotFound("certificate", id.value()));
    Enrolment e = enrolments.find(c.enrolmentId()).orElseThrow();
    readableSession(user, e.sessionId());
    return certificateManagement.issued(user, id);
  }

  record Verification(
      CertificateCodes.Verdict verdict, @Nullable String course, @Nullable LocalDate issuedOn) {}

  @Operation(
      summary =
          "Verify a certificate's code: public, no sign-in; answers only the course and the date")
  @SecurityRequirements
  @GetMapping("/api/training/certificates/verify")
  Verification verify(@RequestParam String code) {
    if (code.isBlank() || code.length() > 64) {
      throw Refusal.of(
          "code", "error.value.invalid", code.length() > 64 ? code.substring(0, 64) : code);
    }
    var v = codes.verify(code);
    return new Verification(
        v.verdict(),
        v.certificate().map(Certificates.PublicView::courseTitle).orElse(null),
        v.certificate().map(Certificates.PublicView::issuedOn).orElse(null));
  }

  private SessionView view(TrainingSession s) {
    return new SessionView(
        s,
        sessions.instructors(s.id()),
        enrolments.count(s.id(), Enrolment.Status.ENROLLED),
        enrolments.count(s.id(), Enrolment.Status.WAITLISTED));
  }

  /** The center if the caller may read it; another agency's is 404 and audited. */
  private Center readableCenter(KuzetUser user, CenterId id) {
    Center c = centers.find(id).orElseThrow(() -> new NotFound("center", id.value()));
    TrainingAccess.requireRead(user, c, audit);
    return c;
  }

  private TrainingSession readableSession(KuzetUser user, SessionId id) {
    TrainingSession s = sessions.find(id).orElseThrow(() -> new NotFound("session", id.value()));
    readableCenter(user, s.centerId());
    return s;
  }
}
