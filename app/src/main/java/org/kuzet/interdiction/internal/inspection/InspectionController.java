package org.kuzet.interdiction.internal.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AccessRules;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.kuzet.interdiction.LookoutId;
import org.kuzet.interdiction.internal.lookout.FeedbackAction;
import org.kuzet.interdiction.internal.lookout.Lookouts;
import org.kuzet.interdiction.internal.post.InspectionId;
import org.kuzet.interdiction.internal.post.InterdictionSettings;
import org.kuzet.interdiction.internal.post.Post;
import org.kuzet.interdiction.internal.post.PostId;
import org.kuzet.interdiction.internal.post.Posts;
import org.kuzet.interdiction.internal.targeting.RiskScoring;
import org.kuzet.program.ProgramManagement;
import org.kuzet.web.Flash;
import org.kuzet.web.NotFound;
import org.kuzet.web.Refusal;
import org.kuzet.web.Texts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Posts, the inspection form with MRZ reading, and inspection records. */
@Controller
public class InspectionController {

  private final Posts posts;
  private final Inspections inspections;
  private final InspectionLog log;
  private final Alerts alerts;
  private final Lookouts lookouts;
  private final AuditLog audit;
  private final InterdictionSettings settings;
  private final ObjectProvider<ProgramManagement> program;
  private final RiskScoring risk;

  private final Texts texts;
  private final Clock clock;
  private final HitDecisions decisions;
  private final Flash flash;

  InspectionController(
      Posts posts,
      Inspections inspections,
      InspectionLog log,
      Alerts alerts,
      Lookouts lookouts,
      AuditLog audit,
      InterdictionSettings settings,
      ObjectProvider<ProgramManagement> program,
      RiskScoring risk,
      Texts texts,
      Clock clock,
      HitDecisions decisions,
      Flash flash) {
    this.clock = clock;
    this.decisions = decisions;
    this.flash = flash;
    this.texts = texts;
    this.program = program;
    this.risk = risk;
    this.posts = posts;
    this.inspections = inspections;
    this.log = log;
    this.alerts = alerts;
    this.lookouts = lookouts;
    this.audit = audit;
    this.settings = settings;
  }

  @ModelAttribute("zone")
  ZoneId zone() {
    return settings.zone();
  }

  @GetMapping("/interdiction")
  String posts(Model model) {
    KuzetUser user = CurrentUser.require();
    model.addAttribute("posts", posts.operatedBy(user.agency()));
    model.addAttribute("myPosts", posts.staffedBy(user.username()));
    return "interdiction/posts";
  }

  @GetMapping("/interdiction/posts/{id}")
  String post(@PathVariable PostId id, Model model) {
    KuzetUser user = CurrentUser.require();
    Post post = visiblePost(user, id);
    model.addAttribute("post", post);
    model.addAttribute("staff", posts.staff(id));
    model.addAttribute("recent", inspections.recentAt(id, 50));
    model.addAttribute("alerts", alerts.forUser(user.username(), List.of(id.value()), true, 20));
    model.addAttribute("mayLog", AccessRules.mayLogAtPost(user, post.agency()));
    // The program office's register says what program equipment is installed at the post.
    var register = program.getIfAvailable();
    model.addAttribute(
        "equipment",
        register == null || post.registerLocation() == null
            ? null
            : register.equipmentAt(post.registerLocation()));
    return "interdiction/post";
  }

  @GetMapping("/interdiction/posts/{id}/log")
  String logForm(@PathVariable PostId id, Model model) {
    KuzetUser user = CurrentUser.require();
    Post post = loggablePost(user, id);
    return form(model, post, InspectionForm.blank(settings.zone()), List.of(), Map.of(), null);
  }

  @PostMapping("/interdiction/posts/{id}/log")
  String logInspection(
      @PathVariable PostId id, @ModelAttribute("form") InspectionForm form, Model model) {
    KuzetUser user = CurrentUser.require();
    Post post = loggablePost(user, id);
    // An MRZ typed but not yet read is read now; a zone that fails its checks stops the save.
    var mrz = new HashMap<Integer, MrzFill.Result>();
    for (int i = 0; i < form.getPersons().size(); i++) {
      var p = form.getPersons().get(i);
      if (!p.getMrz().isBlank() && !p.isFromMrz()) {
        MrzFill.Result r = MrzFill.fill(p, LocalDate.now(clock.withZone(ZoneId.systemDefault())));
        if (!r.ok()) {
          mrz.put(i, r);
        }
      }
    }
    if (!mrz.isEmpty()) {
      return form(model, post, form, List.of(), mrz, null);
    }
    try {
      LogOutcome outcome =
          log.log(user, form.toCommand(id, settings.zone()), form.isConfirmDuplicate());
      if (outcome instanceof LogOutcome.DuplicateSuspected d) {
        return form(model, post, form, List.of(), Map.of(), d.existingId());
      }
      return "redirect:/interdiction/inspections/"
          + ((LogOutcome.Logged) outcome).inspectionId()
          + "?logged";
    } catch (Refusal r) {
      return form(model, post, form, r.problems(), Map.of(), null);
    }
  }

  /** Reads one person slot's MRZ and answers that slot, filled in, for htmx to swap. */
  @PostMapping("/interdiction/mrz")
  String readMrz(
      @RequestParam int index, @ModelAttribute("form") InspectionForm form, Model model) {
    if (index < 0 || index >= form.getPersons().size() || index > InspectionRules.MAX_PERSONS) {
      throw Refusal.of("index", "error.value.invalid", String.valueOf(index));
    }
    var p = form.getPersons().get(index);
    MrzFill.Result r = MrzFill.fill(p, LocalDate.now(clock.withZone(ZoneId.systemDefault())));
    model.addAttribute("i", index);
    model.addAttribute("p", p);
    model.addAttribute("mrzResult", r);
    model.addAttribute("errors", Map.of());
    return "interdiction/log :: person";
  }

  /** A new, empty passenger slot. */
  @GetMapping("/interdiction/person-slot")
  String personSlot(@RequestParam int index, Model model) {
    if (index < 0 || index > InspectionRules.MAX_PERSONS) {
      throw Refusal.of("index", "error.value.invalid", String.valueOf(index));
    }
    model.addAttribute("i", index);
    model.addAttribute("p", new InspectionForm.PersonForm());
    model.addAttribute("mrzResult", null);
    model.addAttribute("errors", Map.of());
    return "interdiction/log :: person";
  }

  @GetMapping("/interdiction/inspections/{id}")
  String inspection(@PathVariable InspectionId id, Model model) {
    KuzetUser user = CurrentUser.require();
    Inspection in = inspections.byId(id).orElseThrow(InspectionController::notFound);
    Post post = posts.byId(in.postId()).orElseThrow();
    if (!AccessRules.mayWorkAtPost(user, post.agency())) {
      throw notFound(); // not this agency's: do not tell that it exists
    }
    audit.record("INSPECTION_VIEWED", "inspection", id, null);
    model.addAttribute("in", in);
    model.addAttribute("post", post);
    // A document's validity is judged on the day of the inspection, where it took place.
    model.addAttribute("inspectedOn", LocalDate.ofInstant(in.inspectedAt(), settings.zone()));
    model.addAttribute(
        "alerts",
        alerts.forInspection(id).stream().filter(a -> AlertStream.receives(user, a)).toList());
    model.addAttribute(
        "lookouts",
        in.hits().stream()
            .filter(h -> h.lookoutId() != null)
            .map(Hit::lookoutId)
            .distinct()
            .map(lookouts::byId)
            .flatMap(Optional::stream)
            .toList());
    model.addAttribute("mayLog", AccessRules.mayLogAtPost(user, post.agency()));
    model.addAttribute("feedbackActions", FeedbackAction.values());
    // The score the vehicle had when it was logged, with the rules that fired.
    model.addAttribute("risk", risk.stored(id).orElse(null));
    model.addAttribute("analyst", user.has(Role.ANALYST));
    model.addAttribute("decision", decisions.of(id).orElse(null));
    model.addAttribute("decisionNeeded", decisions.needed(in));
    model.addAttribute("results", InspectionResult.values());
    return "interdiction/inspection";
  }

  /** The officer's decision on a "cleared" inspection that had hits. */
  @PostMapping("/interdiction/inspections/{id}/decision")
  String decide(
      @PathVariable InspectionId id,
      @RequestParam InspectionResult result,
      @RequestParam(defaultValue = "") String note,
      RedirectAttributes ra) {
    KuzetUser user = CurrentUser.require();
    Inspection in = inspections.byId(id).orElseThrow(InspectionController::notFound);
    Post post = posts.byId(in.postId()).orElseThrow();
    if (!AccessRules.mayLogAtPost(user, post.agency())) {
      throw new AccessDeniedException("the post's officers decide on its hits");
    }
    return flash.run(
        ra,
        "/interdiction/inspections/" + id,
        () -> {
          var d = decisions.decide(user, in, result, note);
          return new Flash.Said("interdiction.decision.saved");
        });
  }

  @PostMapping("/interdiction/inspections/{id}/feedback")
  String feedback(
      @PathVariable InspectionId id,
      @RequestParam LookoutId lookoutId,
      @RequestParam FeedbackAction action,
      @RequestParam(defaultValue = "") String note) {
    KuzetUser user = CurrentUser.require();
    Inspection in = inspections.byId(id).orElseThrow(InspectionController::notFound);
    Post post = posts.byId(in.postId()).orElseThrow();
    if (!AccessRules.mayLogAtPost(user, post.agency())) {
      throw new AccessDeniedException("feedback comes from the post's officers");
    }
    if (in.hits().stream().noneMatch(h -> lookoutId.equals(h.lookoutId()))) {
      throw Refusal.of(
          "lookoutId", "interdiction.refusal.lookout.notMatched", String.valueOf(lookoutId));
    }
    if (note.length() > 1000) {
      throw Refusal.of("note", "interdiction.refusal.tooLong", "1000");
    }
    log.recordFeedback(user, in, lookoutId, action, note);
    return "redirect:/interdiction/inspections/" + id;
  }

  private String form(
      Model model,
      Post post,
      InspectionForm form,
      List<Refusal.Problem> problems,
      Map<Integer, MrzFill.Result> mrz,
      @Nullable InspectionId duplicateOf) {
    model.addAttribute("post", post);
    model.addAttribute("form", form);
    model.addAttribute("problems", problems);
    model.addAttribute("errors", texts.byField(problems));
    model.addAttribute("mrzResults", mrz);
    model.addAttribute("duplicateOf", duplicateOf);
    model.addAttribute("vehicleTypes", VehicleType.values());
    model.addAttribute("directions", Direction.values());
    model.addAttribute("results", InspectionResult.values());
    model.addAttribute("roles", PersonRole.values());
    model.addAttribute("documentTypes", DocumentType.values());
    return "interdiction/log";
  }

  private Post visiblePost(KuzetUser user, PostId id) {
    Post post = posts.byId(id).orElseThrow(InspectionController::notFound);
    if (!AccessRules.mayWorkAtPost(user, post.agency())) {
      throw new AccessDeniedException("post " + post.code() + " belongs to another agency");
    }
    return post;
  }

  private Post loggablePost(KuzetUser user, PostId id) {
    Post post = posts.byId(id).orElseThrow(InspectionController::notFound);
    if (!AccessRules.mayLogAtPost(user, post.agency())) {
      throw new AccessDeniedException("only the post's officers log inspections there");
    }
    return post;
  }

  public static NotFound notFound() {
    return new NotFound("interdiction record");
  }
}
