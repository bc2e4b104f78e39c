package org.kuzet.interdiction.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AccessRules;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.interdiction.LookoutId;
import org.kuzet.interdiction.internal.inspection.Hit;
import org.kuzet.interdiction.internal.inspection.Inspection;
import org.kuzet.interdiction.internal.inspection.InspectionController;
import org.kuzet.interdiction.internal.inspection.Inspections;
import org.kuzet.interdiction.internal.inspection.InterdictionAccess;
import org.kuzet.interdiction.internal.lookout.Lookout;
import org.kuzet.interdiction.internal.lookout.LookoutIssuing;
import org.kuzet.interdiction.internal.lookout.LookoutScope;
import org.kuzet.interdiction.internal.lookout.LookoutSubject;
import org.kuzet.interdiction.internal.lookout.Lookouts;
import org.kuzet.interdiction.internal.post.InspectionId;
import org.kuzet.interdiction.internal.post.InterdictionSettings;
import org.kuzet.interdiction.internal.post.Post;
import org.kuzet.interdiction.internal.post.PostId;
import org.kuzet.interdiction.internal.post.Posts;
import org.kuzet.interdiction.internal.seizure.Seizures;
import org.kuzet.web.Refusal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Lookouts: the list, issuing one, its matches and the posts' feedback. */
@Controller
class LookoutController {

  private final Lookouts lookouts;
  private final LookoutIssuing issuing;
  private final Posts posts;
  private final Inspections inspections;
  private final InterdictionAccess access;
  private final AuditLog audit;
  private final InterdictionSettings settings;
  private final Seizures seizures;
  private final Clock clock;

  LookoutController(
      Lookouts lookouts,
      LookoutIssuing issuing,
      Posts posts,
      Inspections inspections,
      InterdictionAccess access,
      AuditLog audit,
      InterdictionSettings settings,
      Seizures seizures,
      Clock clock) {
    this.clock = clock;
    this.lookouts = lookouts;
    this.issuing = issuing;
    this.posts = posts;
    this.inspections = inspections;
    this.access = access;
    this.audit = audit;
    this.settings = settings;
    this.seizures = seizures;
  }

  @GetMapping("/interdiction/lookouts")
  String list(Model model) {
    KuzetUser user = CurrentUser.require();
    model.addAttribute(
        "lookouts", lookouts.latest(500).stream().filter(l -> access.maySee(user, l)).toList());
    model.addAttribute("now", clock.instant());
    model.addAttribute("zone", settings.zone());
    model.addAttribute("mayIssue", AccessRules.mayIssueLookout(user));
    return "interdiction/lookouts";
  }

  @GetMapping("/interdiction/lookouts/new")
  String form(Model model) {
    return form(model, List.of(), Map.of());
  }

  @PostMapping("/interdiction/lookouts")
  String issue(
      @RequestParam LookoutSubject subject,
      @RequestParam(required = false) @Nullable String plate,
      @RequestParam(required = false) @Nullable String personName,
      @RequestParam(required = false) @Nullable String birthDate,
      @RequestParam(required = false) @Nullable String documentNumber,
      @RequestParam(defaultValue = "") String reason,
      @RequestParam LookoutScope scope,
      @RequestParam(required = false) @Nullable String regionIso,
      @RequestParam(required = false) @Nullable Set<PostId> postIds,
      @RequestParam String expires,
      Model model) {
    KuzetUser user = CurrentUser.require();
    try {
      LocalDate born = parseDate("birthDate", birthDate);
      LocalDate until = parseDate("expires", expires);
      if (until == null) {
        throw Refusal.of("expiresAt", "interdiction.refusal.required");
      }
      LookoutId id =
          issuing.issue(
              user,
              new LookoutIssuing.Request(
                  subject,
                  plate,
                  personName,
                  born,
                  documentNumber,
                  reason,
                  scope,
                  regionIso,
                  postIds == null ? Set.of() : postIds,
                  until.plusDays(1).atStartOfDay(settings.zone()).toInstant()));
      return "redirect:/interdiction/lookouts/" + id;
    } catch (Refusal r) {
      return form(
          model,
          r.problems(),
          Map.of(
              "subject",
              subject,
              "plate",
              String.valueOf(plate == null ? "" : plate),
              "personName",
              personName == null ? "" : personName,
              "reason",
              reason));
    }
  }

  @GetMapping("/interdiction/lookouts/{id}")
  String lookout(@PathVariable LookoutId id, Model model) {
    KuzetUser user = CurrentUser.require();
    Lookout l = visible(user, id);
    audit.record("LOOKOUT_VIEWED", "lookout", id, null);
    var matches = inspections.lookoutMatches(id);
    Map<InspectionId, Inspection> seen =
        matches.stream()
            .map(Hit::inspectionId)
            .distinct()
            .map(inspections::byId)
            .flatMap(Optional::stream)
            .collect(Collectors.toMap(Inspection::id, i -> i));
    Map<PostId, Post> postById = posts.all().stream().collect(Collectors.toMap(Post::id, p -> p));
    model.addAttribute("l", l);
    model.addAttribute("matches", matches);
    model.addAttribute("matchedInspections", seen);
    model.addAttribute("postById", postById);
    model.addAttribute(
        "mayOpen",
        seen.values().stream()
            .filter(
                i ->
                    AccessRules.mayWorkAtPost(
                        user,
                        Objects.requireNonNull(postById.get(i.postId()), "a seen post").agency()))
            .map(Inspection::id)
            .collect(Collectors.toSet()));
    model.addAttribute("feedback", lookouts.feedback(id));
    model.addAttribute("seizures", seizures.followingLookout(id));
    model.addAttribute(
        "scopePosts", l.postIds().stream().map(postById::get).filter(Objects::nonNull).toList());
    model.addAttribute("active", l.activeAt(clock.instant()));
    model.addAttribute(
        "mayCancel", AccessRules.mayIssueLookout(user) && user.belongsTo(l.issuerAgency()));
    model.addAttribute("zone", settings.zone());
    return "interdiction/lookout";
  }

  @PostMapping("/interdiction/lookouts/{id}/cancel")
  String cancel(@PathVariable LookoutId id) {
    KuzetUser user = CurrentUser.require();
    issuing.cancel(user, visible(user, id));
    return "redirect:/interdiction/lookouts/" + id;
  }

  private Lookout visible(KuzetUser user, LookoutId id) {
    return lookouts
        .byId(id)
        .filter(l -> access.maySee(user, l))
        .orElseThrow(InspectionController::notFound);
  }

  private String form(Model model, List<Refusal.Problem> problems, Map<String, Object> values) {
    KuzetUser user = CurrentUser.require();
    if (!AccessRules.mayIssueLookout(user)) {
      throw new AccessDeniedException("only interdiction analysts and officers issue lookouts");
    }
    var all = posts.all();
    model.addAttribute("posts", all);
    model.addAttribute(
        "regions",
        all.stream()
            .collect(
                Collectors.toMap(Post::regionIso, Post::regionName, (a, b) -> a, TreeMap::new)));
    model.addAttribute("problems", problems);
    model.addAttribute("values", values);
    model.addAttribute("subjects", LookoutSubject.values());
    model.addAttribute("scopes", LookoutScope.values());
    model.addAttribute("defaultExpiry", LocalDate.now(settings.zone()).plusDays(30));
    return "interdiction/lookout-new";
  }

  private static @Nullable LocalDate parseDate(String field, @Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw Refusal.of(field, "interdiction.refusal.date", String.valueOf(text));
    }
  }
}
