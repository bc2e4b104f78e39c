package org.kuzet.training.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.KuzetUser;
import org.kuzet.web.FieldLabels;
import org.kuzet.web.LocalNames;
import org.kuzet.web.NotFound;
import org.kuzet.web.Refusal;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Centers, their equipment and plans, courses and curriculum versions: who may change what, and
 * how.
 */
@Service
class CenterManagement {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");
  private static final Pattern EQUIPMENT_REF =
      Pattern.compile("[\\p{Alnum}][\\p{Alnum}./_-]{0,99}");

  private final Centers centers;
  private final Courses courses;
  private final AuditLog audit;
  private final Clock clock;

  CenterManagement(
      Centers centers,
      Courses courses,
      AuditLog audit,
      @Qualifier("trainingClock") Clock trainingClock) {
    this.centers = centers;
    this.courses = courses;
    this.audit = audit;
    this.clock = trainingClock;
  }

  Center center(KuzetUser user, CenterId id) {
    Center c = centers.find(id).orElseThrow(() -> new NotFound("center", id.value()));
    TrainingAccess.requireRead(user, c, audit);
    return c;
  }

  Course course(KuzetUser user, CourseId id) {
    Course c = courses.find(id).orElseThrow(() -> new NotFound("course", id.value()));
    center(user, c.centerId());
    return c;
  }

  /** A new center is always hosted by the coordinator's own agency. */
  @Transactional(noRollbackFor = TrainingAccess.OtherAgencyRecord.class)
  CenterId createCenter(KuzetUser user, CenterForm form) {
    var center = form.toCenter(new CenterId(0), user.agency(), false);
    TrainingAccess.requireEdit(user, center, audit);
    if (centers.findByCode(center.code()).isPresent()) {
      throw Refusal.of("code", "training.refusal.center.duplicateCode", center.code());
    }
    CenterId id = centers.insert(center);
    audit.record(
        "TRAINING_CENTER_CREATED", "training-center", id, center.code() + " " + center.name());
    return id;
  }

  @Transactional(noRollbackFor = TrainingAccess.OtherAgencyRecord.class)
  void updateCenter(KuzetUser user, CenterId id, CenterForm form) {
    Center current = center(user, id);
    TrainingAccess.requireEdit(user, current, audit);
    var changed = form.toCenter(id, current.hostingAgency(), current.illustrative());
    centers.update(changed);
    audit.record("TRAINING_CENTER_UPDATED", "training-center", id, changed.name());
  }

  @Transactional(noRollbackFor = TrainingAccess.OtherAgencyRecord.class)
  void addEquipment(
      KuzetUser user,
      CenterId centerId,
      String ref,
      String description,
      @Nullable LocalDate providedOn) {
    Center center = center(user, centerId);
    TrainingAccess.requireEdit(user, center, audit);
    String cleanRef = ref.strip();
    if (!EQUIPMENT_REF.matcher(cleanRef).matches()) {
      throw Refusal.of("ref", "training.refusal.equipment.ref", cleanRef);
    }
    if (description.isBlank()) {
      throw Refusal.of(
          "description", "training.refusal.required", FieldLabels.named("description"));
    }
    if (centers.hasEquipment(centerId, cleanRef)) {
      throw Refusal.of("ref", "training.refusal.equipment.duplicate", cleanRef);
    }
    centers.addEquipment(centerId, cleanRef, description.strip(), providedOn);
    audit.record("TRAINING_EQUIPMENT_ADDED", "training-center", centerId, cleanRef);
  }

  @Transactional(noRollbackFor = TrainingAccess.OtherAgencyRecord.class)
  void plan(KuzetUser user, CenterId centerId, int fiscalYear, int sessions) {
    Center center = center(user, centerId);
    TrainingAccess.requireEdit(user, center, audit);
    if (fiscalYear < 1992 || fiscalYear > FiscalYears.of(LocalDate.now(clock)) + 10) {
      throw Refusal.of("fiscalYear", "training.refusal.plan.year", fiscalYear);
    }
    if (sessions < 0 || sessions > 100) {
      throw Refusal.of("sessions", "training.refusal.plan.sessions", sessions);
    }
    centers.plan(centerId, fiscalYear, sessions);
    audit.recordFacts(
        "TRAINING_PLAN_SET",
        "training-center",
        centerId,
        AuditDetail.of("training.planSet", fiscalYear, sessions));
  }

  @Transactional(noRollbackFor = TrainingAccess.OtherAgencyRecord.class)
  CourseId createCourse(KuzetUser user, CenterId centerId, CourseForm form) {
    Center center = center(user, centerId);
    TrainingAccess.requireEdit(user, center, audit);
    var course = form.toCourse(new CourseId(0), centerId, false);
    if (courses.findByCode(course.code()).isPresent()) {
      throw Refusal.of("code", "training.refusal.course.duplicateCode", course.code());
    }
    CourseId id = courses.insert(course);
    audit.record(
        "TRAINING_COURSE_CREATED", "training-course", id, course.code() + " " + course.title());
    return id;
  }

  @Transactional(noRollbackFor = TrainingAccess.OtherAgencyRecord.class)
  void updateCourse(KuzetUser user, CourseId id, CourseForm form) {
    Course current = course(user, id);
    requireEditCourse(user, current);
    var changed = form.toCourse(id, current.centerId(), current.illustrative());
    courses.update(changed);
    audit.recordFacts(
        "TRAINING_COURSE_UPDATED",
        "training-course",
        id,
        AuditDetail.of(
            "training.courseUpdated",
            changed.title(),
            changed.rule().minAttendancePct(),
            changed.rule().passMark().toPlainString()));
  }

  /** Starts a new draft version of the curriculum. */
  @Transactional(noRollbackFor = TrainingAccess.OtherAgencyRecord.class)
  long draftVersion(KuzetUser user, CourseId courseId, String changes) {
    Course course = course(user, courseId);
    requireEditCourse(user, course);
    if (changes.isBlank()) {
      throw Refusal.of("changes", "training.refusal.required", FieldLabels.named("changes"));
    }
    if (changes.length() > 4000) {
      throw Refusal.of("changes", "training.refusal.tooLong", "changes", 4000);
    }
    long id = courses.addVersion(courseId, changes.strip(), clock);
    audit.record("CURRICULUM_DRAFTED", "training-course", courseId, changes.strip());
    return id;
  }

  /** Approves a draft, naming who approved it (e.g. the institute's academic council) and when. */
  @Transactional(noRollbackFor = TrainingAccess.OtherAgencyRecord.class)
  void approveVersion(
      KuzetUser user, long versionId, String approvedBy, @Nullable LocalDate approvedOn) {
    var version =
        courses.version(versionId).orElseThrow(() -> new NotFound("curriculum version", versionId));
    Course course = course(user, version.courseId());
    requireEditCourse(user, course);
    if (version.approved()) {
      throw Refusal.of(
          "version", "training.refusal.curriculum.alreadyApproved", version.versionNo());
    }
    if (approvedBy.isBlank()) {
      throw Refusal.of("approvedBy", "training.refusal.required", FieldLabels.named("approvedBy"));
    }
    LocalDate on = approvedOn == null ? LocalDate.now(clock) : approvedOn;
    if (on.isAfter(LocalDate.now(clock))) {
      throw Refusal.of("approvedOn", "training.refusal.curriculum.futureApproval", on);
    }
    courses.approve(versionId, approvedBy.strip(), on);
    audit.recordFacts(
        "CURRICULUM_APPROVED",
        "training-course",
        course.id(),
        AuditDetail.of(
            "training.curriculumApproved", version.versionNo(), approvedBy.strip(), on.toString()));
  }

  private void requireEditCourse(KuzetUser user, Course course) {
    TrainingAccess.requireEdit(user, centers.find(course.centerId()).orElseThrow(), audit);
  }

  /** What the center form sends. */
  record CenterForm(
      String code,
      String name,
      String venue,
      String city,
      int classrooms,
      int dormitoryBeds,
      int sessionCapacity,
      int sessionsPerYear,
      @Nullable String notes,
      @Nullable String nameRu,
      @Nullable String nameKk,
      @Nullable String notesRu,
      @Nullable String notesKk) {

    Center toCenter(CenterId id, AgencyCode host, boolean illustrative) {
      String c = code.strip().toUpperCase(Locale.ROOT);
      if (!CODE.matcher(c).matches()) {
        throw Refusal.of("code", "training.refusal.code", c);
      }
      required("name", name);
      notLonger("nameRu", nameRu, 200);
      notLonger("nameKk", nameKk, 200);
      notLonger("notesRu", notesRu, 2000);
      notLonger("notesKk", notesKk, 2000);
      required("venue", venue);
      required("city", city);
      range("classrooms", classrooms, 0, 500);
      range("dormitoryBeds", dormitoryBeds, 0, 5000);
      range("sessionCapacity", sessionCapacity, 1, 500);
      range("sessionsPerYear", sessionsPerYear, 0, 100);
      String baseNotes = LocalNames.stored(notes);
      // Venue and city translations are not on the form: the repository keeps them while the
      // text they translate stays (see Centers.update).
      return new Center(
          id,
          c,
          name.strip(),
          venue.strip(),
          city.strip(),
          host,
          classrooms,
          dormitoryBeds,
          sessionCapacity,
          sessionsPerYear,
          baseNotes,
          illustrative,
          LocalNames.stored(nameRu),
          LocalNames.stored(nameKk),
          null,
          null,
          null,
          null,
          baseNotes == null ? null : LocalNames.stored(notesRu),
          baseNotes == null ? null : LocalNames.stored(notesKk));
    }
  }

  /** What the course form sends. */
  record CourseForm(
      String code,
      String title,
      String topic,
      String programCode,
      String targetAudience,
      int hours,
      int minAttendancePct,
      BigDecimal passMark,
      @Nullable String titleRu,
      @Nullable String titleKk,
      @Nullable String topicRu,
      @Nullable String topicKk,
      @Nullable String targetAudienceRu,
      @Nullable String targetAudienceKk) {

    Course toCourse(CourseId id, CenterId centerId, boolean illustrative) {
      String c = code.strip().toUpperCase(Locale.ROOT);
      if (!CODE.matcher(c).matches()) {
        throw Refusal.of("code", "training.refusal.code", c);
      }
      required("title", title);
      notLonger("titleRu", titleRu, 300);
      notLonger("titleKk", titleKk, 300);
      required("topic", topic);
      required("programCode", programCode);
      required("targetAudience", targetAudience);
      notLonger("topicRu", topicRu, 300);
      notLonger("topicKk", topicKk, 300);
      notLonger("targetAudienceRu", targetAudienceRu, 300);
      notLonger("targetAudienceKk", targetAudienceKk, 300);
      range("hours", hours, 1, 2000);
      return new Course(
          id,
          c,
          centerId,
          title.strip(),
          topic.strip(),
          programCode.strip().toUpperCase(Locale.ROOT),
          targetAudience.strip(),
          hours,
          new CompletionRule(minAttendancePct, passMark),
          illustrative,
          LocalNames.stored(titleRu),
          LocalNames.stored(titleKk),
          LocalNames.stored(topicRu),
          LocalNames.stored(topicKk),
          LocalNames.stored(targetAudienceRu),
          LocalNames.stored(targetAudienceKk));
    }
  }

  static void required(String field, @Nullable String value) {
    if (value == null || value.isBlank()) {
      throw Refusal.of(field, "training.refusal.required", FieldLabels.named(field));
    }
  }

  static void notLonger(String field, @Nullable String value, int max) {
    if (value != null && value.strip().length() > max) {
      throw Refusal.of(field, "training.refusal.tooLong", FieldLabels.named(field), max);
    }
  }

  static void range(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw Refusal.of(field, "training.refusal.range", FieldLabels.named(field), value, min, max);
    }
  }
}
