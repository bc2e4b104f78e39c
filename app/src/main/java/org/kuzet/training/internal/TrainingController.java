package org.kuzet.training.internal;

import java.util.Map;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.training.internal.CenterManagement.CenterForm;
import org.kuzet.training.internal.CenterManagement.CourseForm;
import org.kuzet.web.Flash;
import org.kuzet.web.Flash.Said;
import org.kuzet.web.NotFound;
import org.kuzet.web.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
    model.addAttribute("mayCreateCenter", user.has(org.kuzet.identity.Role.TRAINING_COORDINATOR));
    return "training/overview";
  }

  @GetMapping("/training/centers/{id}")
  String center(@PathVariable long id, Model model) {
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
    long[] id = {0};
    String back =
        flash.run(
            ra,
            "/training",
            () -> {
              id[0] = management.createCenter(user, centerForm(p));
              return new Said("training.done.centerCreated");
            });
    return id[0] == 0 ? back : "redirect:/training/centers/" + id[0];
  }

  @PostMapping("/training/centers/{id}")
  String updateCenter(@PathVariable long id, @RequestParam Map<String, String> p, RedirectAttributes ra) {
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
  String addEquipment(@PathVariable long id, @RequestParam Map<String, String> p, RedirectAttributes ra) {
    KuzetUser user = CurrentUser.require();
    return flash.run(
        ra,
        "/training/centers/" + id,
        () -> {
          String registerRef = Forms.text(p.get("registerRef"));
          if (!registerRef.isBlank()) {
            // Chosen from the program office's register: its own description and handover date.
            Center center = management.center(user, id);
            var item =
                programEquipment.find(center, registerRef)
                    .orElseThrow(() -> Refusal.of("equipment", "training.refusal.equipment.notInRegister", registerRef));
            String description = item.item() + (item.model() == null ? "" : " (" + item.model() + ")");
            management.addEquipment(user, id, ProgramEquipment.refOf(item), description, item.handoverDate());
            return new Said("training.done.equipmentAdded", ProgramEquipment.refOf(item));
          }
          management.addEquipment(
              user, id, Forms.text(p.get("equipmentRef")), Forms.text(p.get("description")),
              Forms.date("providedOn", p.get("providedOn")));
          return new Said("training.done.equipmentAdded", p.get("equipmentRef"));
        });
  }

  @PostMapping("/training/centers/{id}/plan")
  String plan(@PathVariable long id, @RequestParam Map<String, String> p, RedirectAttributes ra) {
    KuzetUser user = CurrentUser.require();
    return flash.run(
        ra,
        "/training/centers/" + id,
        () -> {
          int fy = Forms.integer("fiscalYear", p.get("fiscalYear"), 0);
          int n = Forms.integer("sessionsPlanned", p.get("sessionsPlanned"), -1);
          management.plan(user, id, fy, n);
          return new Said("training.done.planned", fy, n);
        });
  }

  @PostMapping("/training/centers/{id}/courses")
  String createCourse(@PathVariable long id, @RequestParam Map<String, String> p, RedirectAttributes ra) {
    KuzetUser user = CurrentUser.require();
    long[] created = {0};
    String back =
        flash.run(
            ra,
            "/training/centers/" + id,
            () -> {
              created[0] = management.createCourse(user, id, courseForm(p));
              return new Said("training.done.courseCreated");
            });
    return created[0] == 0 ? back : "redirect:/training/courses/" + created[0];
  }

  @GetMapping("/training/courses/{id}")
  String course(@PathVariable long id, Model model) {
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
  String updateCourse(@PathVariable long id, @RequestParam Map<String, String> p, RedirectAttributes ra) {
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
  String draftVersion(@PathVariable long id, @RequestParam Map<String, String> p, RedirectAttributes ra) {
    KuzetUser user = CurrentUser.require();
    return flash.run(
        ra,
        "/training/courses/" + id,
        () -> {
          management.draftVersion(user, id, Forms.text(p.get("changes")));
          return new Said("training.done.versionDrafted");
        });
  }

  @PostMapping("/training/curriculum-versions/{versionId}/approve")
  String approveVersion(
      @PathVariable long versionId, @RequestParam Map<String, String> p, RedirectAttributes ra) {
    KuzetUser user = CurrentUser.require();
    long courseId = courses.version(versionId).orElseThrow(() -> new NotFound("curriculum version", versionId)).courseId();
    return flash.run(
        ra,
        "/training/courses/" + courseId,
        () -> {
          management.approveVersion(
              user, versionId, Forms.text(p.get("approvedBy")), Forms.date("approvedOn", p.get("approvedOn")));
          return new Said("training.done.versionApproved");
        });
  }

  @PostMapping("/training/courses/{id}/sessions")
  String schedule(@PathVariable long id, @RequestParam Map<String, String> p, RedirectAttributes ra) {
    KuzetUser user = CurrentUser.require();
    long[] created = {0};
    String back =
        flash.run(
            ra,
            "/training/courses/" + id,
            () -> {
              Course course = management.course(user, id);
              Long versionId = p.get("curriculumVersionId") == null || p.get("curriculumVersionId").isBlank()
                  ? null : Long.valueOf(Forms.integer("curriculumVersionId", p.get("curriculumVersionId")));
              Integer center = Forms.integer("centerId", p.get("centerId"));
              created[0] =
                  sessionManagement.schedule(
                      user, id, center == null ? course.centerId() : center,
                      Forms.date("startsOn", p.get("startsOn")), Forms.date("endsOn", p.get("endsOn")),
                      Forms.integer("capacity", p.get("capacity")), versionId);
              return new Said("training.done.sessionScheduled");
            });
    return created[0] == 0 ? back : "redirect:/training/sessions/" + created[0];
  }

  private static CenterForm centerForm(Map<String, String> p) {
    return new CenterForm(
        Forms.text(p.get("code")), Forms.text(p.get("name")), Forms.text(p.get("venue")),
        Forms.text(p.get("city")), Forms.integer("classrooms", p.get("classrooms"), 0),
        Forms.integer("dormitoryBeds", p.get("dormitoryBeds"), 0),
        Forms.integer("sessionCapacity", p.get("sessionCapacity"), 30),
        Forms.integer("sessionsPerYear", p.get("sessionsPerYear"), 0), p.get("notes"));
  }

  private static CourseForm courseForm(Map<String, String> p) {
    var passMark = Forms.decimal("passMark", p.get("passMark"));
    return new CourseForm(
        Forms.text(p.get("code")), Forms.text(p.get("title")), Forms.text(p.get("topic")),
        Forms.text(p.get("programCode")), Forms.text(p.get("targetAudience")),
        Forms.integer("hours", p.get("hours"), 0),
        Forms.integer("minAttendancePct", p.get("minAttendancePct"), 80),
        passMark == null ? new java.math.BigDecimal("70") : passMark);
  }
}
