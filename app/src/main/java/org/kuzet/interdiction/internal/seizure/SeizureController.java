package org.kuzet.interdiction.internal.seizure;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AccessRules;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.interdiction.LookoutId;
import org.kuzet.interdiction.SeizureId;
import org.kuzet.interdiction.internal.inspection.Hit;
import org.kuzet.interdiction.internal.inspection.Inspection;
import org.kuzet.interdiction.internal.inspection.InspectionController;
import org.kuzet.interdiction.internal.inspection.Inspections;
import org.kuzet.interdiction.internal.inspection.InterdictionAccess;
import org.kuzet.interdiction.internal.post.InspectionId;
import org.kuzet.interdiction.internal.post.InterdictionSettings;
import org.kuzet.interdiction.internal.post.Post;
import org.kuzet.interdiction.internal.post.PostId;
import org.kuzet.interdiction.internal.post.Posts;
import org.kuzet.web.Countries;
import org.kuzet.web.FormInput;
import org.kuzet.web.Refusal;
import org.kuzet.web.Refusal.Problem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Recording seizures, attaching files, and the chain of custody. */
@Controller
class SeizureController {

  private final Seizures seizures;
  private final SeizureRecording recording;
  private final Posts posts;
  private final Inspections inspections;
  private final InterdictionAccess access;
  private final AuditLog audit;
  private final InterdictionSettings settings;

  SeizureController(
      Seizures seizures,
      SeizureRecording recording,
      Posts posts,
      Inspections inspections,
      InterdictionAccess access,
      AuditLog audit,
      InterdictionSettings settings) {
    this.seizures = seizures;
    this.recording = recording;
    this.posts = posts;
    this.inspections = inspections;
    this.access = access;
    this.audit = audit;
    this.settings = settings;
  }

  @GetMapping("/interdiction/seizures")
  String list(Model model) {
    KuzetUser user = CurrentUser.require();
    var mine =
        posts.operatedBy(user.agency()).stream()
            .filter(p -> AccessRules.mayWorkAtPost(user, p.agency()))
            .toList();
    model.addAttribute(
        "seizures", seizures.atPosts(mine.stream().map(p -> p.id().value()).toList(), 200));
    model.addAttribute("postById", mine.stream().collect(Collectors.toMap(Post::id, p -> p)));
    model.addAttribute("zone", settings.zone());
    return "interdiction/seizures";
  }

  @GetMapping("/interdiction/seizures/new")
  String form(
      @RequestParam(required = false) @Nullable PostId post,
      @RequestParam(required = false) @Nullable InspectionId inspection,
      Model model,
      Locale locale) {
    KuzetUser user = CurrentUser.require();
    PostId postId = post;
    if (inspection != null) {
      postId =
          inspections
              .byId(inspection)
              .map(Inspection::postId)
              .orElseThrow(InspectionController::notFound);
    }
    if (postId == null) {
      throw InspectionController.notFound();
    }
    Post p = posts.byId(postId).orElseThrow(InspectionController::notFound);
    if (!AccessRules.mayLogAtPost(user, p.agency())) {
      throw new AccessDeniedException("only the post's officers record seizures there");
    }
    var values = new HashMap<String, String>();
    values.put("seizedAt", LocalDateTime.now(settings.zone()).withSecond(0).withNano(0).toString());
    // The place is what the officer writes; it starts as the post's name in the officer's language.
    values.put("place", p.name(locale));
    return form(model, p, inspection, values, List.of());
  }

  @PostMapping("/interdiction/seizures")
  String record(@RequestParam MultiValueMap<String, String> params, Model model) {
    KuzetUser user = CurrentUser.require();
    Map<String, String> v = params.toSingleValueMap();
    PostId postId = new PostId(parseLong(v.get("postId")));
    Post p = posts.byId(postId).orElseThrow(InspectionController::notFound);
    InspectionId inspectionId =
        v.getOrDefault("inspectionId", "").isBlank()
            ? null
            : new InspectionId(parseLong(v.get("inspectionId")));
    try {
      SeizureId id = recording.record(user, read(postId, inspectionId, v, params));
      return "redirect:/interdiction/seizures/" + id;
    } catch (Refusal r) {
      return form(model, p, inspectionId, v, r.problems());
    }
  }

  @GetMapping("/interdiction/seizures/{id}")
  String seizure(@PathVariable SeizureId id, Model model) {
    KuzetUser user = CurrentUser.require();
    Seizure s = visible(user, id);
    Post post = posts.byId(s.postId()).orElseThrow();
    audit.record("SEIZURE_VIEWED", "seizure", id, null);
    model.addAttribute("s", s);
    model.addAttribute("post", post);
    model.addAttribute("arrested", seizures.arrested(id));
    model.addAttribute("files", seizures.files(id));
    model.addAttribute("custody", seizures.custody(id));
    model.addAttribute("custodyIntact", recording.custodyIntact(id));
    model.addAttribute("mayChange", AccessRules.mayLogAtPost(user, post.agency()));
    model.addAttribute("zone", settings.zone());
    model.addAttribute("maxFileBytes", settings.maxFileBytes());
    model.addAttribute(
        "now", LocalDateTime.now(settings.zone()).withSecond(0).withNano(0).toString());
    return "interdiction/seizure";
  }

  @PostMapping("/interdiction/seizures/{id}/custody")
  String handOver(
      @PathVariable SeizureId id,
      @RequestParam String holder,
      @RequestParam String holderAgency,
      @RequestParam String at,
      @RequestParam(required = false) @Nullable String purpose,
      Model model) {
    KuzetUser user = CurrentUser.require();
    Seizure s = visible(user, id);
    try {
      recording.handOver(user, s, holder, holderAgency.strip(), local(at, "at"), purpose);
    } catch (Refusal r) {
      model.addAttribute("problems", r.problems());
      return seizure(id, model);
    }
    return "redirect:/interdiction/seizures/" + id + "#custody";
  }

  @PostMapping("/interdiction/seizures/{id}/files")
  String upload(@PathVariable SeizureId id, @RequestParam("file") MultipartFile file, Model model)
      throws IOException {
    KuzetUser user = CurrentUser.require();
    Seizure s = visible(user, id);
    try {
      if (file.getSize() > settings.maxFileBytes()) {
        throw Refusal.of(
            "file",
            "interdiction.refusal.file.tooLarge",
            String.valueOf(file.getSize()),
            String.valueOf(settings.maxFileBytes()));
      }
      recording.attach(
          user,
          s,
          String.valueOf(file.getOriginalFilename()),
          file.getContentType(),
          file.getBytes());
    } catch (Refusal r) {
      model.addAttribute("problems", r.problems());
      return seizure(id, model);
    }
    return "redirect:/interdiction/seizures/" + id + "#files";
  }

  @GetMapping("/interdiction/seizures/{id}/files/{fileId}")
  ResponseEntity<byte[]> download(@PathVariable SeizureId id, @PathVariable long fileId) {
    KuzetUser user = CurrentUser.require();
    visible(user, id);
    var meta =
        seizures.files(id).stream()
            .filter(f -> f.id() == fileId)
            .findFirst()
            .orElseThrow(InspectionController::notFound);
    byte[] content = seizures.fileContent(id, fileId).orElseThrow(InspectionController::notFound);
    audit.record("SEIZURE_FILE_VIEWED", "seizure", id, meta.filename());
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(meta.contentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(meta.filename(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(content);
  }

  private Seizure visible(KuzetUser user, SeizureId id) {
    Seizure s = seizures.byId(id).orElseThrow(InspectionController::notFound);
    Post post = posts.byId(s.postId()).orElseThrow();
    if (!AccessRules.mayWorkAtPost(user, post.agency())) {
      throw InspectionController.notFound();
    }
    return s;
  }

  private NewSeizure read(
      PostId postId,
      @Nullable InspectionId inspectionId,
      Map<String, String> v,
      MultiValueMap<String, String> all) {
    var problems = new ArrayList<Refusal.Problem>();
    Instant at = null;
    try {
      at = local(v.get("seizedAt"), "seizedAt");
    } catch (Refusal r) {
      problems.addAll(r.problems());
    }
    BigDecimal quantity = decimal(problems, "quantity", v.get("quantity"));
    BigDecimal purity =
        v.getOrDefault("purityPercent", "").isBlank()
            ? null
            : decimal(problems, "purityPercent", v.get("purityPercent"));
    List<String> names = all.getOrDefault("arrestName", List.of());
    List<String> nats = all.getOrDefault("arrestNationality", List.of());
    List<String> genders = all.getOrDefault("arrestGender", List.of());
    var arrests = new ArrayList<NewSeizure.Arrest>();
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i) == null || names.get(i).isBlank()) {
        continue;
      }
      arrests.add(
          new NewSeizure.Arrest(
              names.get(i),
              i < nats.size() ? nats.get(i) : "",
              i < genders.size() ? genders.get(i) : "",
              null));
    }
    // People of the inspection are chosen, not typed again: name, nationality, sex and birth date
    // come from the inspection's record.
    List<String> chosen = all.getOrDefault("arrestPerson", List.of());
    if (!chosen.isEmpty()) {
      var people =
          inspectionId == null
              ? List.<Inspection.Person>of()
              : inspections.byId(inspectionId).map(Inspection::persons).orElse(List.of());
      for (String idText : chosen) {
        var person = people.stream().filter(x -> Long.toString(x.id()).equals(idText)).findFirst();
        if (person.isEmpty()) {
          problems.add(
              Problem.of(
                  "arrestPerson", "interdiction.refusal.arrestPerson", String.valueOf(idText)));
          continue;
        }
        var x = person.get();
        arrests.add(
            new NewSeizure.Arrest(
                x.name(),
                x.nationality() == null ? "" : x.nationality(),
                x.sex() == null ? "" : x.sex(),
                x.birthDate()));
      }
    }
    if (!problems.isEmpty()) {
      throw new Refusal(problems);
    }
    LookoutId lookoutId =
        v.getOrDefault("lookoutId", "").isBlank()
            ? null
            : new LookoutId(parseLong(v.get("lookoutId")));
    return new NewSeizure(
        postId,
        inspectionId,
        lookoutId,
        FormInput.checked(at),
        enumOf(DrugType.class, v.get("drugType"), "drugType"),
        v.get("drugDetail"),
        quantity,
        enumOf(QuantityUnit.class, v.get("unit"), "unit"),
        purity,
        v.get("concealment"),
        enumOf(TransportMode.class, v.get("transportMode"), "transportMode"),
        v.get("conveyance"),
        Objects.requireNonNullElse(v.get("place"), ""),
        v.get("originCountry"),
        basis(v.get("originBasis")),
        v.get("departureCountry"),
        basis(v.get("departureBasis")),
        transit(v.getOrDefault("transitCountries", "")),
        basis(v.get("transitBasis")),
        v.get("destinationCountry"),
        basis(v.get("destinationBasis")),
        arrests);
  }

  /**
   * The transit countries as typed: separated by commas or semicolons, or by spaces when each word
   * is a code ("KG TJ"), so that a name with spaces ("United Arab Emirates") stays one.
   */
  static List<String> transit(String typed) {
    var out = new ArrayList<String>();
    for (String part : typed.split("[,;]+")) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      if (Countries.code(p).isEmpty() && p.contains(" ")) {
        out.addAll(Arrays.asList(p.split("\\s+")));
      } else {
        out.add(p);
      }
    }
    return out;
  }

  private Instant local(@Nullable String text, String field) {
    try {
      return LocalDateTime.parse(String.valueOf(text).strip()).atZone(settings.zone()).toInstant();
    } catch (DateTimeParseException e) {
      throw text == null || text.isBlank()
          ? Refusal.of(field, "interdiction.refusal.required")
          : Refusal.of(field, "interdiction.refusal.dateTime", text.strip());
    }
  }

  private static BigDecimal decimal(
      List<Refusal.Problem> problems, String field, @Nullable String text) {
    try {
      return new BigDecimal(String.valueOf(text).strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      problems.add(
          text == null || text.isBlank()
              ? Problem.of(field, "interdiction.refusal.required")
              : Problem.of(field, "interdiction.refusal.number", text.strip()));
      return BigDecimal.ZERO;
    }
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, @Nullable String value, String field) {
    try {
      return Enum.valueOf(type, String.valueOf(value));
    } catch (IllegalArgumentException e) {
      throw value == null || value.isBlank()
          ? Refusal.of(field, "interdiction.refusal.required")
          : Refusal.of(field, "form.choice");
    }
  }

  private static @Nullable Basis basis(@Nullable String value) {
    return value == null || value.isBlank() ? null : enumOf(Basis.class, value, "basis");
  }

  private static long parseLong(@Nullable String s) {
    try {
      return Long.parseLong(String.valueOf(s).strip());
    } catch (NumberFormatException e) {
      throw InspectionController.notFound();
    }
  }

  private String form(
      Model model,
      Post post,
      @Nullable InspectionId inspectionId,
      Map<String, String> values,
      List<Refusal.Problem> problems) {
    model.addAttribute("post", post);
    model.addAttribute("inspectionId", inspectionId);
    model.addAttribute("values", values);
    model.addAttribute("problems", problems);
    model.addAttribute("drugTypes", DrugType.values());
    model.addAttribute("units", QuantityUnit.values());
    model.addAttribute("modes", TransportMode.values());
    model.addAttribute("bases", Basis.values());
    var lookoutIds =
        inspectionId == null
            ? List.<LookoutId>of()
            : inspections.hits(inspectionId).stream()
                .map(Hit::lookoutId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    model.addAttribute("lookoutIds", lookoutIds);
    model.addAttribute(
        "inspectionPersons",
        inspectionId == null
            ? List.<Inspection.Person>of()
            : inspections.byId(inspectionId).map(Inspection::persons).orElse(List.of()));
    return "interdiction/seizure-new";
  }
}
