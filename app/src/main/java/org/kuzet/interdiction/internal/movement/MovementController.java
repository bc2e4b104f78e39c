package org.kuzet.interdiction.internal.movement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kuzet.identity.AccessRules;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.interdiction.internal.post.InterdictionSettings;
import org.kuzet.interdiction.internal.post.PlateKeys;
import org.kuzet.interdiction.internal.post.Post;
import org.kuzet.interdiction.internal.post.PostId;
import org.kuzet.interdiction.internal.post.Posts;
import org.kuzet.web.NotFound;
import org.kuzet.web.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Movements between the posts of the analyst's agency: unusual legs, the most travelled vehicles
 * and persons, the usual time per pair, and one vehicle's or person's history.
 */
@Controller
class MovementController {

  private final Movements movements;
  private final MovementIndex index;
  private final Posts posts;
  private final AuditLog audit;
  private final InterdictionSettings settings;

  MovementController(
      Movements movements,
      MovementIndex index,
      Posts posts,
      AuditLog audit,
      InterdictionSettings settings) {
    this.movements = movements;
    this.index = index;
    this.posts = posts;
    this.audit = audit;
    this.settings = settings;
  }

  @GetMapping("/interdiction/analysis/movements")
  String movements(
      @RequestParam(defaultValue = "V") String subject,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Model model) {
    KuzetUser user = CurrentUser.require();
    if (!subject.equals("V") && !subject.equals("P")) {
      throw Refusal.of("subject", "interdiction.refusal.subject");
    }
    LocalDate t = date("to", to, LocalDate.now(settings.zone()));
    LocalDate f = date("from", from, t.minusDays(29));
    if (f.isAfter(t)) {
      throw Refusal.of(
          "from", "interdiction.refusal.period.reversed", String.valueOf(f), String.valueOf(t));
    }
    Instant start = f.atStartOfDay(settings.zone()).toInstant();
    Instant end = t.plusDays(1).atStartOfDay(settings.zone()).toInstant();
    List<Long> own = ownPosts(user);
    audit.record("MOVEMENTS_VIEWED", "movement", null, subject + " " + f + ".." + t);
    model.addAttribute("subject", subject);
    model.addAttribute("from", f);
    model.addAttribute("to", t);
    model.addAttribute("summary", movements.summary(subject, start, end, own));
    model.addAttribute("unusual", movements.unusual(subject, start, end, own, 100));
    model.addAttribute("travellers", movements.travellers(subject, start, end, own, 50));
    model.addAttribute(
        "norms",
        movements.norms().stream()
            .filter(n -> own.contains(n.fromPost().value()) && own.contains(n.toPost().value()))
            .toList());
    model.addAttribute("normsByPair", movements.normsByPair());
    model.addAttribute("postById", postById());
    model.addAttribute("refreshedAt", index.refreshedAt());
    model.addAttribute("zone", settings.zone());
    return "interdiction/movements";
  }

  @PostMapping("/interdiction/analysis/movements/refresh")
  String refresh() {
    CurrentUser.require();
    MovementIndex.Refreshed r = index.refresh();
    audit.recordFacts(
        "MOVEMENTS_REFRESHED",
        "movement",
        null,
        AuditDetail.of("movements.refreshed", r.inspections()));
    return "redirect:/interdiction/analysis/movements";
  }

  @GetMapping("/interdiction/analysis/movements/vehicle")
  String vehicle(@RequestParam String plate, Model model) {
    KuzetUser user = CurrentUser.require();
    String key;
    try {
      key = PlateKeys.key(plate);
    } catch (IllegalArgumentException e) {
      throw Refusal.of("plate", "interdiction.refusal.plate.invalid", plate);
    }
    List<Long> own = ownPosts(user);
    audit.record("MOVEMENT_HISTORY_VIEWED", "vehicle", null, key);
    return history(
        model,
        "V",
        key,
        movements.vehicleSightings(key, own, 500),
        movements.legsOf("V", key, own));
  }

  @GetMapping("/interdiction/analysis/movements/person")
  String person(@RequestParam String key, Model model) {
    KuzetUser user = CurrentUser.require();
    if (key.length() > 220) {
      throw Refusal.of("key", "interdiction.refusal.tooLong", "220");
    }
    List<Long> own = ownPosts(user);
    audit.record("MOVEMENT_HISTORY_VIEWED", "person", null, key);
    return history(
        model, "P", key, movements.personSightings(key, own, 500), movements.legsOf("P", key, own));
  }

  private String history(
      Model model,
      String subject,
      String key,
      List<Movements.Sighting> sightings,
      List<Movements.Leg> legs) {
    if (sightings.isEmpty()) {
      throw new NotFound("movement history"); // not seen at this agency's posts
    }
    model.addAttribute("subject", subject);
    model.addAttribute("key", key);
    model.addAttribute("sightings", sightings);
    model.addAttribute("legs", legs);
    model.addAttribute("normsByPair", movements.normsByPair());
    model.addAttribute("postById", postById());
    model.addAttribute("zone", settings.zone());
    return "interdiction/movement-history";
  }

  private List<Long> ownPosts(KuzetUser user) {
    return posts.operatedBy(user.agency()).stream()
        .filter(p -> AccessRules.mayWorkAtPost(user, p.agency()))
        .map(p -> p.id().value())
        .toList();
  }

  private Map<PostId, Post> postById() {
    return posts.all().stream().collect(Collectors.toMap(Post::id, Function.identity()));
  }

  private static LocalDate date(String name, String value, LocalDate otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw Refusal.of(name, "interdiction.refusal.date.iso", value);
    }
  }
}
