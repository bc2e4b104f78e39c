package org.kuzet.training.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.kuzet.training.SessionId;
import org.kuzet.training.internal.CenterManagement.CenterForm;
import org.kuzet.training.internal.CenterManagement.CourseForm;
import org.kuzet.web.Flash;
import org.kuzet.web.Flash.Said;
import org.kuzet.web.FormInput;
import org.kuzet.web.NotFound;
import org.kuzet.web.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Training overview, centers (equipment, annual plan) and courses (curriculum versions). */
@Controller
class TrainingController {

  private final CenterManagement management;
  private final SessionManagement sessionManagement;
  private final TrainingViews views;
  private final Centers centers;
  private final Courses courses;
  private final Sessions sessions;
  private final Flash flash;
  private final ProgramEquipment programEquipment;

  TrainingController(
      CenterManagement management,
      SessionManagement sessionManagement,
      TrainingViews views,
      Centers centers,
      Courses courses,
      Sessions sessions,
      Flash flash,
      ProgramEquipment programEquipment) {
    this.programEquipment = programEquipment;
    this.management = management;
    this.sessionManagement = sessionManagement;
    this.views = views;
    this.centers = centers;
    this.courses = courses;
    this.sessions = sessions;
    this.flash = flash;
  }

  @GetMapping("/training")
  String overview(Model model) {
    KuzetUser user = CurrentUser.require();
    model.addAttribute("centers", views.readableCenters(user));
    model.addAttribute("upcoming", views.upcoming(user, 20));
    model.addAttribute("mayCreateCenter", user.has(Role.TRAINING_COORDINATOR));
    return "training/overview";
  }

  @GetMapping("/training/centers/{id}")
  String center(@PathVariable CenterId id, Model model) {
    KuzetUser user = CurrentUser.require();
    Center center = management.center(user, id);
    model.addAttribute("center", center);
    model.addAttribute("mayEdit", TrainingAccess.mayEdit(user, center));
    var equipment = centers.equipment(id);
    model.addAttribute("equipment", programEquipment.linked(center, equipment));
    model.addAttribute("registerItems", programEquipment.unlinked(center, equipment));
    model.addAttribute("courses", courses.ofCenter(id));
    model.addAttribute("sessions", views.rows(sessions.ofCenter(id)));
    int fy = FiscalYears.of(views.today());
    model.addAttribute("fiscalYear", fy);
    model.addAttribute("planned", centers.plannedSessions(id, fy).orElse(center.sessionsPerYear()));
    return "training/center";
  }

  @PostMapping("/training/centers")
  String createCenter(@RequestParam Map<String, String> p, RedirectAttributes ra) {
    KuzetUser user = CurrentUser.require();
    CenterId[] id = {null};
    String back =
        flash.run(
            ra,
            "/training",
            () -> {
              id[0] = management.createCenter(user, centerForm(p));
              return new Said("training.done.centerCreated");
            });
    return id[0] == null ? back : "redirect:/training/centers/" + id[0];
  }

  @PostMapping("/training/centers/{id}")
  String updateCenter(
      @PathVariable CenterId id, @RequestParam Map<String, String> p, RedirectAttributes ra) {
    KuzetUser user = CurrentUser.require();
    return flash.run(
        ra,
        "/training/centers/" + id,
        () -> {
          management.updateCenter(user, id, centerForm(p));
          return new Said("training.done.saved");
        });
  }

  @PostMapping("/training/centers/{id}/equipment")
  String addEquipment(
      @PathVariable CenterId id, @RequestParam Map<String, String> p, RedirectAttributes ra) {
    KuzetUser user = CurrentUser.require();
    return flash.run(
        ra,
        "/training/centers/" + id,
        () -> {
          var f = form(p);
          String registerRef = f.value("registerRef");
          if (!registerRef.isBlank()) {
            // Chosen from the program office's register: its own description and handover date.
            Center center = management.center(user, id);
            var item =
                programEquipment
                    .find(center, registerRef)
                    .orElseThrow(
                        () ->
                            Refusal.of(
                                "equipment",
                                "training.refusal.equipment.notInRegister",
                                registerRef));
            String description =
                item.item() + (item.model() == null ? "" : " (" + item.model() + ")");
            management.addEquipment(
                user, id, ProgramEquipment.refOf(item), description, item.handoverDate());
            return new Said("training.done.equipmentAdded", ProgramEquipment.refOf(item));
          }
          String equipmentRef = f.value("equipmentRef");
          String description = f.value("description");
          LocalDate providedOn = f.date("providedOn", false);
          f.refuseUnlessOk();
          management.addEquipment(user, id, equipmentRef, description, providedOn);
          return new Said(
              "training.done.equipmentAdded",
              Objects.requireNonNullElse(p.get("equipmentRef"), ""));
        });
  }

  @PostMapping("/training/centers/{id}/plan")
  String plan(
      @PathVariable CenterId id, @RequestParam Map<String, String> p, RedirectAttributes ra) {
    KuzetUser user = CurrentUser.require();
    return flash.run(
        ra,
        "/training/centers/" + id,
        () -> {
          var f = form(p);
          Integer year = f.integer("fiscalYear", false, Integer.MIN_VALUE, Integer.MAX_VALUE);
          Integer planned =
              f.integer("sessionsPlanned", false, Integer.MIN_VALUE, Integer.MAX_VALUE);
          f.refuseUnlessOk();
          int fy = orElse(year, 0);
          int n = orElse(planned, -1);
          management.plan(user, id, fy, n);
          return new Said("training.done.planned", fy, n);
        });
  }

  @PostMapping("/training/centers/{id}/courses")
  String createCourse(
      @PathVariable CenterId id, @RequestParam Map<String, String> p, RedirectAttributes ra) {
    KuzetUser user = CurrentUser.require();
    CourseId[] created = {null};
    String back =
        flash.run(
            ra,
            "/training/centers/" + id,
            () -> {
              created[0] = management.createCourse(user, id, courseForm(p));
              return new Said("training.done.courseCreated");
            });
    return created[0] == null ? back : "redirect:/training/courses/" + created[0];
  }

  @GetMapping("/training/courses/{id}")
  String course(@PathVariable CourseId id, Model model) {
    KuzetUser user = CurrentUser.require();
    Course course = management.course(user, id);
    Center center = centers.find(course.centerId()).orElseThrow();
    model.addAttribute("course", course);
    model.addAttribute("center", center);
    model.addAttribute("mayEdit", TrainingAccess.mayEdit(user, center));
    model.addAttribute("versions", courses.versions(id));
    model.addAttribute("sessions", views.rows(sessions.ofCourse(id)));
    model.addAttribute("editableCenters", views.editableCenters(user));
    return "training/course";
  }

  @PostMapping("/training/courses/{id}")
  String updateCourse(
      @PathVariable CourseId id, @RequestParam Map<String, String> p, RedirectAttributes ra) {
    KuzetUser user = CurrentUser.require();
    return flash.run(
        ra,
        "/training/courses/" + id,
        () -> {
          management.updateCourse(user, id, courseForm(p));
          return new Said("training.done.saved");
        });
  }

  @PostMapping("/training/courses/{id}/versions")
  String draftVersion(
      @PathVariable CourseId id, @RequestParam Map<String, String> p, RedirectAttributes ra) {
    KuzetUser user = CurrentUser.require();
    return flash.run(
        ra,
        "/training/courses/" + id,
        () -> {
          management.draftVersion(user, id, form(p).value("changes"));
          return new Said("training.done.versionDrafted");
        });
  }

  @PostMapping("/training/curriculum-versions/{versionId}/approve")
  String approveVersion(
      @PathVariable long versionId, @RequestParam Map<String, String> p, RedirectAttributes ra) {
    KuzetUser user = CurrentUser.require();
    CourseId courseId =
        courses
            .version(versionId)
            .orElseThrow(() -> new NotFound("curriculum version", versionId))
            .courseId();
    return flash.run(
        ra,
        "/training/courses/" + courseId,
        () -> {
          var f = form(p);
          String approvedBy = f.value("approvedBy");
          LocalDate approvedOn = f.date("approvedOn", false);
          f.refuseUnlessOk();
          management.approveVersion(user, versionId, approvedBy, approvedOn);
          return new Said("training.done.versionApproved");
        });
  }

  @PostMapping("/training/courses/{id}/sessions")
  String schedule(
      @PathVariable CourseId id, @RequestParam Map<String, String> p, RedirectAttributes ra) {
    KuzetUser user = CurrentUser.require();
    SessionId[] created = {null};
    String back =
        flash.run(
            ra,
            "/training/courses/" + id,
            () -> {
              Course course = management.course(user, id);
              var f = form(p);
              Integer version =
                  f.integer("curriculumVersionId", false, Integer.MIN_VALUE, Integer.MAX_VALUE);
              Integer center = f.integer("centerId", false, Integer.MIN_VALUE, Integer.MAX_VALUE);
              LocalDate startsOn = f.date("startsOn", false);
              LocalDate endsOn = f.date("endsOn", false);
              Integer capacity = f.integer("capacity", false, Integer.MIN_VALUE, Integer.MAX_VALUE);
              f.refuseUnlessOk();
              created[0] =
                  sessionManagement.schedule(
                      user,
                      id,
                      center == null ? course.centerId() : new CenterId(center),
                      startsOn,
                      endsOn,
                      capacity,
                      version == null ? null : Long.valueOf(version));
              return new Said("training.done.sessionScheduled");
            });
    return created[0] == null ? back : "redirect:/training/sessions/" + created[0];
  }

  private static CenterForm centerForm(Map<String, String> p) {
    var f = form(p);
    Integer classrooms = f.integer("classrooms", false, Integer.MIN_VALUE, Integer.MAX_VALUE);
    Integer beds = f.integer("dormitoryBeds", false, Integer.MIN_VALUE, Integer.MAX_VALUE);
    Integer capacity = f.integer("sessionCapacity", false, Integer.MIN_VALUE, Integer.MAX_VALUE);
    Integer perYear = f.integer("sessionsPerYear", false, Integer.MIN_VALUE, Integer.MAX_VALUE);
    f.refuseUnlessOk();
    return new CenterForm(
        f.value("code"),
        f.value("name"),
        f.value("venue"),
        f.value("city"),
        orElse(classrooms, 0),
        orElse(beds, 0),
        orElse(capacity, 30),
        orElse(perYear, 0),
        p.get("notes"),
        p.get("nameRu"),
        p.get("nameKk"),
        p.get("notesRu"),
        p.get("notesKk"));
  }

  private static CourseForm courseForm(Map<String, String> p) {
    var f = form(p);
    BigDecimal passMark = f.decimal("passMark", false);
    Integer hours = f.integer("hours", false, Integer.MIN_VALUE, Integer.MAX_VALUE);
    Integer attendance = f.integer("minAttendancePct", false, Integer.MIN_VALUE, Integer.MAX_VALUE);
    f.refuseUnlessOk();
    return new CourseForm(
        f.value("code"),
        f.value("title"),
        f.value("topic"),
        f.value("programCode"),
        f.value("targetAudience"),
        orElse(hours, 0),
        orElse(attendance, 80),
        passMark == null ? new BigDecimal("70") : passMark,
        p.get("titleRu"),
        p.get("titleKk"),
        p.get("topicRu"),
        p.get("topicKk"),
        p.get("targetAudienceRu"),
        p.get("targetAudienceKk"));
  }

  /**
   * The training pages name the field and the value that did not read: {@code startsOn:
   * "2009-02-31" is not a date (use YYYY-MM-DD).}
   */
  static final FormInput.Wording WORDING =
      new FormInput.Wording("training.refusal.date", "training.refusal.number", "form.choice");

  /** A submitted form of the training pages. */
  static FormInput form(Map<String, String> p) {
    var raw = new LinkedMultiValueMap<String, String>();
    p.forEach(raw::add);
    return new FormInput(raw, WORDING);
  }

  static int orElse(@Nullable Integer value, int fallback) {
    return value == null ? fallback : value;
  }
}
