package org.kuzet.training.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.training.SessionId;
import org.kuzet.training.internal.Enrolment.Status;
import org.kuzet.training.internal.SessionManagement.Nominee;
import org.kuzet.training.internal.SessionManagement.Scores;
import org.kuzet.web.FieldLabels;
import org.kuzet.web.Flash;
import org.kuzet.web.Flash.Said;
import org.kuzet.web.NotFound;
import org.kuzet.web.Refusal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One session from nominations to certificates. */
@Controller
class SessionController {

  private final SessionManagement management;
  private final CertificateManagement certificateManagement;
  private final NomineeImport nomineeImport;
  private final Courses courses;
  private final Sessions sessions;
  private final Enrolments enrolments;
  private final Certificates certificates;
  private final Flash flash;

  SessionController(
      SessionManagement management,
      CertificateManagement certificateManagement,
      NomineeImport nomineeImport,
      Courses courses,
      Sessions sessions,
      Enrolments enrolments,
      Certificates certificates,
      Flash flash) {
    this.management = management;
    this.certificateManagement = certificateManagement;
    this.nomineeImport = nomineeImport;
    this.courses = courses;
    this.sessions = sessions;
    this.enrolments = enrolments;
    this.certificates = certificates;
    this.flash = flash;
  }

  @GetMapping("/training/sessions/{id}")
  String session(@PathVariable SessionId id, Model model) {
    KuzetUser user = CurrentUser.require();
    TrainingSession s = management.session(user, id);
    Center center = management.centerOf(s);
    Course course = courses.find(s.courseId()).orElseThrow();
    var all = enrolments.ofSession(id);
    model.addAttribute("s", s);
    model.addAttribute("center", center);
    model.addAttribute("course", course);
    model.addAttribute("version", courses.version(s.curriculumVersionId()).orElseThrow());
    model.addAttribute("instructors", sessions.instructors(id));
    model.addAttribute(
        "enrolled", all.stream().filter(e -> e.status() == Status.ENROLLED).toList());
    model.addAttribute(
        "waiting", all.stream().filter(e -> e.status() == Status.WAITLISTED).toList());
    model.addAttribute(
        "withdrawn", all.stream().filter(e -> e.status() == Status.WITHDRAWN).toList());
    model.addAttribute("days", s.days());
    model.addAttribute("presence", enrolments.presence(id));
    model.addAttribute(
        "certificates",
        certificates.ofSession(id).stream()
            .collect(Collectors.toMap(Certificate::enrolmentId, Function.identity())));
    model.addAttribute("mayEdit", TrainingAccess.mayEdit(user, center) && s.open());
    model.addAttribute("mayRevoke", TrainingAccess.mayEdit(user, center));
    return "training/session";
  }

  @PostMapping("/training/sessions/{id}/nominations")
  String nominate(
      @PathVariable SessionId id, @RequestParam Map<String, String> p, RedirectAttributes ra) {
    KuzetUser user = CurrentUser.require();
    return flash.run(
        ra,
        "/training/sessions/" + id,
        () -> {
          var f = TrainingController.form(p);
          var agency = agency("agency", p.get("agency"));
          String typedGender = f.value("gender");
          var gender =
              Gender.parse(typedGender)
                  .orElseThrow(
                      () -> Refusal.of("gender", "training.refusal.nominee.gender", typedGender));
          var nominee =
              new Nominee(
                  agency,
                  f.value("serviceNumber"),
                  f.value("fullName"),
                  gender,
                  p.get("rankTitle"),
                  "on".equals(p.get("cadet")) || "true".equals(p.get("cadet")));
          String by = p.get("nominatedBy");
          var placement =
              management.nominate(
                  user,
                  id,
                  nominee,
                  by == null || by.isBlank() ? agency : agency("nominatedBy", by));
          return new Said(
              placement.status() == Status.ENROLLED
                  ? "training.done.enrolled"
                  : "training.done.waitlisted",
              nominee.fullName());
        });
  }

  @PostMapping("/training/enrolments/{id}/withdraw")
  String withdraw(@PathVariable EnrolmentId id, RedirectAttributes ra) {
    KuzetUser user = CurrentUser.require();
    SessionId sessionId =
        enrolments.find(id).orElseThrow(() -> new NotFound("enrolment", id.value())).sessionId();
    return flash.run(
        ra,
        "/training/sessions/" + sessionId,
        () -> {
          Enrolment promoted = management.withdraw(user, id);
          return promoted == null
              ? new Said("training.done.withdrawn")
              : new Said("training.done.withdrawnAndPromoted", promoted.trainee().fullName());
        });
  }

  /**
   * The attendance grid ({@code present-<enrolment>-<date>}) and scores ({@code pre-<id>}, {@code
   * post-<id>}).
   */
  @PostMapping("/training/sessions/{id}/progress")
  String progress(
      @PathVariable SessionId id, @RequestParam Map<String, String> p, RedirectAttributes ra) {
    KuzetUser user = CurrentUser.require();
    return flash.run(
        ra,
        "/training/sessions/" + id,
        () -> {
          var f = TrainingController.form(p);
          Map<EnrolmentId, Set<LocalDate>> present = new HashMap<>();
          Map<EnrolmentId, Scores> scores = new HashMap<>();
          for (var entry : p.entrySet()) {
            String[] parts = entry.getKey().split("-", 3);
            if (parts[0].equals("present") && parts.length == 3) {
              // The day is part of the checkbox's name: present-<enrolment>-<date>.
              LocalDate day = day(parts[2]);
              present.computeIfAbsent(enrolmentId(parts[1]), k -> new HashSet<>()).add(day);
            }
            if (parts[0].equals("pre") && parts.length == 2) {
              EnrolmentId e = enrolmentId(parts[1]);
              scores.put(
                  e, new Scores(f.decimal("pre-" + e, false), f.decimal("post-" + e, false)));
            }
          }
          f.refuseUnlessOk();
          management.recordProgress(user, id, present, scores);
          return new Said("training.done.progressSaved");
        });
  }

  @PostMapping("/training/sessions/{id}/instructors")
  String addInstructor(
      @PathVariable SessionId id, @RequestParam Map<String, String> p, RedirectAttributes ra) {
    KuzetUser user = CurrentUser.require();
    return flash.run(
        ra,
        "/training/sessions/" + id,
        () -> {
          var f = TrainingController.form(p);
          management.addInstructor(user, id, f.value("name"), f.value("organisation"));
          return new Said("training.done.saved");
        });
  }

  @PostMapping("/training/sessions/{id}/complete")
  String complete(@PathVariable SessionId id, RedirectAttributes ra) {
    KuzetUser user = CurrentUser.require();
    return flash.run(
        ra,
        "/training/sessions/" + id,
        () -> {
          var event = management.complete(user, id);
          return new Said("training.done.completed", event.total(), event.fiscalYear());
        });
  }

  @PostMapping("/training/sessions/{id}/cancel")
  String cancel(@PathVariable SessionId id, RedirectAttributes ra) {
    KuzetUser user = CurrentUser.require();
    return flash.run(
        ra,
        "/training/sessions/" + id,
        () -> {
          management.cancel(user, id);
          return new Said("training.done.cancelled");
        });
  }

  @PostMapping("/training/sessions/{id}/import")
  String importNominees(
      @PathVariable SessionId id,
      @RequestParam("file") MultipartFile file,
      Model model,
      RedirectAttributes ra) {
    KuzetUser user = CurrentUser.require();
    try {
      var report = nomineeImport.importFile(user, id, file);
      if (report.problems().isEmpty()) {
        ra.addFlashAttribute(
            "ok", flash.text("training.done.imported", report.enrolled(), report.waitlisted()));
      } else {
        ra.addFlashAttribute("importProblems", report.problems());
        ra.addFlashAttribute(
            "error", flash.text("training.refusal.import.rejected", report.problems().size()));
      }
    } catch (Refusal r) {
      flash.refused(ra, r);
    }
    return "redirect:/training/sessions/" + id;
  }

  @GetMapping("/training/certificates/{id}/pdf")
  ResponseEntity<byte[]> certificatePdf(@PathVariable CertificateId id, Locale locale) {
    KuzetUser user = CurrentUser.require();
    byte[] pdf = certificateManagement.pdf(user, id, locale);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("certificate-" + id + ".pdf")
                .build()
                .toString())
        .body(pdf);
  }

  @PostMapping("/training/certificates/{id}/revoke")
  String revoke(
      @PathVariable CertificateId id, @RequestParam Map<String, String> p, RedirectAttributes ra) {
    KuzetUser user = CurrentUser.require();
    SessionId sessionId = certificateManagement.issued(user, id).session().id();
    return flash.run(
        ra,
        "/training/sessions/" + sessionId,
        () -> {
          certificateManagement.revoke(user, id, TrainingController.form(p).value("reason"));
          return new Said("training.done.revoked");
        });
  }

  private static EnrolmentId enrolmentId(String text) {
    try {
      return new EnrolmentId(Long.parseLong(text));
    } catch (NumberFormatException e) {
      throw Refusal.of(
          "enrolment", "training.refusal.number", text, FieldLabels.named("enrolment"));
    }
  }

  private static LocalDate day(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw Refusal.of("day", "training.refusal.date", text, FieldLabels.named("day"));
    }
  }

  static AgencyCode agency(String field, @Nullable String text) {
    String code = (text == null ? "" : text).strip().toUpperCase(Locale.ROOT);
    try {
      return AgencyCode.of(code);
    } catch (IllegalArgumentException e) {
      throw Refusal.of(field, "training.refusal.agency", FieldLabels.named(field), code);
    }
  }
}
