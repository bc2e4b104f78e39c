package org.kuzet.interdiction.internal;

import static org.kuzet.interdiction.internal.InterdictionApiViews.*;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AccessRules;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.kuzet.interdiction.LookoutId;
import org.kuzet.interdiction.SeizureId;
import org.kuzet.interdiction.internal.inspection.Inspection;
import org.kuzet.interdiction.internal.inspection.InspectionLog;
import org.kuzet.interdiction.internal.inspection.Inspections;
import org.kuzet.interdiction.internal.inspection.InterdictionAccess;
import org.kuzet.interdiction.internal.inspection.LogOutcome;
import org.kuzet.interdiction.internal.inspection.NewInspection;
import org.kuzet.interdiction.internal.lookout.Lookout;
import org.kuzet.interdiction.internal.lookout.LookoutIssuing;
import org.kuzet.interdiction.internal.lookout.LookoutSubject;
import org.kuzet.interdiction.internal.lookout.Lookouts;
import org.kuzet.interdiction.internal.post.InspectionId;
import org.kuzet.interdiction.internal.post.PlateKeys;
import org.kuzet.interdiction.internal.post.Post;
import org.kuzet.interdiction.internal.post.PostId;
import org.kuzet.interdiction.internal.post.Posts;
import org.kuzet.interdiction.internal.seizure.DrugType;
import org.kuzet.interdiction.internal.seizure.NewSeizure;
import org.kuzet.interdiction.internal.seizure.Seizure;
import org.kuzet.interdiction.internal.seizure.SeizureRecording;
import org.kuzet.interdiction.internal.seizure.Seizures;
import org.kuzet.interdiction.internal.targeting.RiskScoring;
import org.kuzet.web.Conflict;
import org.kuzet.web.ETags;
import org.kuzet.web.FormInput;
import org.kuzet.web.IdempotentCreation;
import org.kuzet.web.ListPage;
import org.kuzet.web.NotFound;
import org.kuzet.web.Paging;
import org.kuzet.web.Refusal;
import org.kuzet.web.Sortable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The interdiction API for posts' devices and other agencies' systems: posts, inspections (logged
 * through {@link InspectionLog}, as the page logs them), seizures with their chain of custody, and
 * lookouts with their hits. The same rules and audit as the pages: another agency's record answers
 * 404 and the attempt is audited.
 */
@RestController
@Tag(name = "interdiction", description = "posts, inspections, seizures and custody, lookouts")
public class InterdictionApi {

  private static final String INSPECTION_EXAMPLE =
      """
      {"post": 1001, "inspectedAt": "2026-12-07T14:45:00+05:00", "plate": "123ABC02",
       "plateCountry": "KZ", "vehicleType": "TRUCK", "direction": "NORTH", "cargo": "onions",
       "origin": "Shymkent", "destination": "Almaty",
       "persons": [
         {"role": "DRIVER", "name": "Бекмуханов Ерболат", "birthDate": "1979-04-12",
          "nationality": "KAZ", "document": "N09876543"},
         {"role": "PASSENGER", "name": "Zhaksylykov Erlan", "birthDate": "1985-11-03",
          "nationality": "KAZ", "document": "N12345678"},
         {"role": "PASSENGER", "name": "Ivanova Anna", "birthDate": "1990-02-01", "nationality": "RUS"}]}""";

  private final Posts posts;
  private final Inspections inspections;
  private final InspectionLog log;
  private final Seizures seizures;
  private final SeizureRecording recording;
  private final Lookouts lookouts;
  private final LookoutIssuing issuing;
  private final InterdictionAccess access;
  private final RiskScoring risk;
  private final AuditLog audit;
  private final IdempotentCreation idempotent;
  private final ETags etags;
  private final Clock clock;

  InterdictionApi(
      Posts posts,
      Inspections inspections,
      InspectionLog log,
      Seizures seizures,
      SeizureRecording recording,
      Lookouts lookouts,
      LookoutIssuing issuing,
      InterdictionAccess access,
      RiskScoring risk,
      AuditLog audit,
      IdempotentCreation idempotent,
      ETags etags,
      Clock clock) {
    this.clock = clock;
    this.posts = posts;
    this.inspections = inspections;
    this.log = log;
    this.seizures = seizures;
    this.recording = recording;
    this.lookouts = lookouts;
    this.issuing = issuing;
    this.access = access;
    this.risk = risk;
    this.audit = audit;
    this.idempotent = idempotent;
    this.etags = etags;
  }

  // ---- posts -------------------------------------------------------------------------------

  @Operation(summary = "The posts the caller may log inspections and seizures at")
  @GetMapping("/api/interdiction/posts")
  ListPage<PostView> posts(@Sortable({"code", "name", "id"}) Paging paging) {
    KuzetUser user = CurrentUser.require();
    List<Post> mine =
        posts.operatedBy(user.agency()).stream()
            .filter(p -> AccessRules.mayLogAtPost(user, p.agency()))
            .toList();
    return paging
        .slice(
            mine,
            Map.<String, Comparator<Post>>of(
                "code", Comparator.comparing(Post::code),
                "name", Comparator.comparing(Post::name),
                "id", Comparator.comparingLong(p -> p.id().value())))
        .map(PostView::of);
  }

  // ---- inspections -------------------------------------------------------------------------

  @Operation(
      summary = "Log an inspection",
      description =
          "Screens every person against the active watchlists and the vehicle and persons against the "
              + "active lookouts, scores the vehicle's risk, saves it all in one transaction and answers what was "
              + "found. The same plate at the same post in the same minute answers 409 unless confirmDuplicate is true.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(
      content =
          @Content(examples = @ExampleObject(name = "three persons", value = INSPECTION_EXAMPLE)))
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/interdiction/inspections")
  public ResponseEntity<Logged> logInspection(
      @Parameter(
              description = "a key of the caller's choosing; a retry with it creates nothing twice")
          @RequestHeader(name = IdempotentCreation.HEADER, required = false)
          @Nullable String key,
      @RequestBody InspectionRequest request) {
    KuzetUser user = CurrentUser.require();
    return idempotent.create(
        key,
        "POST /api/interdiction/inspections",
        request,
        Logged.class,
        () -> {
          NewInspection in = request.toCommand(clock.instant());
          if (posts.byId(in.postId()).isEmpty()) {
            throw Refusal.of("post", "api.reference.unknown", String.valueOf(in.postId()));
          }
          LogOutcome outcome = log.log(user, in, Boolean.TRUE.equals(request.confirmDuplicate()));
          if (outcome instanceof LogOutcome.DuplicateSuspected d) {
            throw new Conflict(
                "plate "
                    + in.plate()
                    + " was logged at this post in the same minute (inspection "
                    + d.existingId()
                    + "); send confirmDuplicate: true if this is a second inspection");
          }
          InspectionId id = ((LogOutcome.Logged) outcome).inspectionId();
          Inspection saved = inspections.byId(id).orElseThrow();
          var index = personIndex(saved);
          var body =
              new Logged(
                  id.value(),
                  saved.screened(),
                  InspectionId.numberOf(saved.duplicateOf()),
                  saved.hits().stream().map(h -> HitView.of(h, index)).toList(),
                  RiskView.of(risk.stored(id)));
          return ResponseEntity.created(URI.create("/api/interdiction/inspections/" + id))
              .body(body);
        });
  }

  @Operation(summary = "Inspections at the caller's agency's posts, newest first, without persons")
  @GetMapping("/api/interdiction/inspections")
  ListPage<InspectionSummary> inspections(
      @Parameter(description = "only this post") @RequestParam(required = false)
          @Nullable Long post,
      @Parameter(description = "inspected at or after") @RequestParam(required = false)
          @Nullable OffsetDateTime from,
      @Parameter(description = "inspected before") @RequestParam(required = false)
          @Nullable OffsetDateTime to,
      @Parameter(description = "only this plate, in any spelling") @RequestParam(required = false)
          @Nullable String plate,
      @Sortable(
              value = {"inspectedAt", "id"},
              descending = true)
          Paging paging) {
    KuzetUser user = CurrentUser.require();
    return inspections
        .page(
            workablePosts(user, post),
            from == null ? null : from.toInstant(),
            to == null ? null : to.toInstant(),
            plate == null || plate.isBlank() ? null : PlateKeys.key(plate),
            paging)
        .map(InspectionSummary::of);
  }

  @Operation(summary = "An inspection with its persons, vehicle, hits and risk score")
  @GetMapping("/api/interdiction/inspections/{id}")
  InspectionView inspection(@PathVariable InspectionId id) {
    KuzetUser user = CurrentUser.require();
    Inspection in = visibleInspection(user, id);
    audit.recordFacts(
        "INSPECTION_VIEWED", "inspection", id, AuditDetail.of("inspection.viewedApi"));
    return InspectionView.of(in, risk.stored(id));
  }

  @Operation(summary = "The persons of an inspection, in the order they were logged")
  @GetMapping("/api/interdiction/inspections/{id}/persons")
  List<PersonView> persons(@PathVariable InspectionId id) {
    KuzetUser user = CurrentUser.require();
    Inspection in = visibleInspection(user, id);
    audit.recordFacts(
        "INSPECTION_VIEWED", "inspection", id, AuditDetail.of("inspection.viewedApiPersons"));
    return InspectionView.of(in, Optional.empty()).persons();
  }

  @Operation(summary = "The vehicle of an inspection")
  @GetMapping("/api/interdiction/inspections/{id}/vehicles")
  List<VehicleView> vehicles(@PathVariable InspectionId id) {
    return List.of(vehicleOf(visibleInspection(CurrentUser.require(), id)));
  }

  // ---- seizures ----------------------------------------------------------------------------

  @Operation(summary = "Seizures at the caller's agency's posts, newest first")
  @GetMapping("/api/interdiction/seizures")
  ListPage<SeizureSummary> seizures(
      @RequestParam(required = false) @Nullable Long post,
      @RequestParam(required = false) @Nullable DrugType drug,
      @RequestParam(required = false) @Nullable OffsetDateTime from,
      @RequestParam(required = false) @Nullable OffsetDateTime to,
      @Sortable(
              value = {"seizedAt", "quantity", "id"},
              descending = true)
          Paging paging) {
    KuzetUser user = CurrentUser.require();
    return seizures
        .page(
            workablePosts(user, post),
            drug,
            from == null ? null : from.toInstant(),
            to == null ? null : to.toInstant(),
            paging)
        .map(SeizureSummary::of);
  }

  @Operation(summary = "Record a seizure; its chain of custody starts with the caller")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/interdiction/seizures")
  ResponseEntity<Created> recordSeizure(
      @RequestHeader(name = IdempotentCreation.HEADER, required = false) @Nullable String key,
      @RequestBody SeizureRequest request) {
    KuzetUser user = CurrentUser.require();
    return idempotent.create(
        key,
        "POST /api/interdiction/seizures",
        request,
        Created.class,
        () -> {
          Post post =
              request.post() == null ? null : posts.byId(new PostId(request.post())).orElse(null);
          NewSeizure s = request.toCommand(clock.instant(), post == null ? "" : post.name());
          if (post == null) {
            throw Refusal.of("post", "api.reference.unknown", String.valueOf(request.post()));
          }
          if (s.inspectionId() != null
              && inspections
                  .byId(s.inspectionId())
                  .filter(i -> i.postId().equals(post.id()))
                  .isEmpty()) {
            throw Refusal.of(
                "inspection", "api.reference.unknown", String.valueOf(s.inspectionId()));
          }
          if (s.lookoutId() != null && lookouts.byId(s.lookoutId()).isEmpty()) {
            throw Refusal.of("lookout", "api.reference.unknown", String.valueOf(s.lookoutId()));
          }
          SeizureId id = recording.record(user, s);
          return ResponseEntity.created(URI.create("/api/interdiction/seizures/" + id))
              .body(new Created(id.value()));
        });
  }

  @Operation(summary = "A seizure with the persons arrested, its files and its chain of custody")
  @GetMapping("/api/interdiction/seizures/{id}")
  SeizureView seizure(@PathVariable SeizureId id) {
    Seizure s = visibleSeizure(CurrentUser.require(), id);
    audit.record("SEIZURE_VIEWED", "seizure", id, "api");
    return new SeizureView(
        s,
        seizures.arrested(id),
        seizures.files(id).stream()
            .map(
                f ->
                    new FileView(
                        f.id(),
                        f.filename(),
                        f.contentType(),
                        f.sizeBytes(),
                        f.sha256(),
                        f.uploadedAt()))
            .toList(),
        seizures.custody(id).stream().map(CustodyView::of).toList(),
        recording.custodyIntact(id));
  }

  @Operation(summary = "The seizure's chain of custody, oldest first")
  @GetMapping("/api/interdiction/seizures/{id}/custody")
  List<CustodyView> custody(@PathVariable SeizureId id) {
    visibleSeizure(CurrentUser.require(), id);
    return seizures.custody(id).stream().map(CustodyView::of).toList();
  }

  @Operation(
      summary =
          "Hand the evidence to a new holder: a new custody event; earlier events never change")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/interdiction/seizures/{id}/custody")
  ResponseEntity<CustodyView> handOver(
      @PathVariable SeizureId id,
      @RequestHeader(name = IdempotentCreation.HEADER, required = false) @Nullable String key,
      @RequestBody CustodyRequest request) {
    KuzetUser user = CurrentUser.require();
    Seizure s = visibleSeizure(user, id);
    return idempotent.create(
        key,
        "POST /api/interdiction/seizures/" + id + "/custody",
        request,
        CustodyView.class,
        () -> {
          var problems = new ArrayList<Refusal.Problem>();
          require(problems, "holder", request.holder());
          require(problems, "holderAgency", request.holderAgency());
          if (!problems.isEmpty()) {
            throw new Refusal(problems);
          }
          recording.handOver(
              user,
              s,
              FormInput.checked(request.holder()),
              FormInput.checked(request.holderAgency()).strip(),
              request.at() == null ? clock.instant() : request.at().toInstant(),
              request.purpose());
          List<Seizure.Custody> chain = seizures.custody(id);
          return ResponseEntity.created(URI.create("/api/interdiction/seizures/" + id + "/custody"))
              .body(CustodyView.of(chain.get(chain.size() - 1)));
        });
  }

  // ---- lookouts ----------------------------------------------------------------------------

  @Operation(summary = "Lookouts the caller's agency issued or that reach its posts")
  @GetMapping("/api/interdiction/lookouts")
  ListPage<LookoutView> lookouts(
      @Parameter(description = "true: only those in force now; false: only closed or expired")
          @RequestParam(required = false)
          @Nullable Boolean active,
      @RequestParam(required = false) @Nullable LookoutSubject subject,
      @Sortable(
              value = {"issuedAt", "expiresAt", "id"},
              descending = true)
          Paging paging) {
    KuzetUser user = CurrentUser.require();
    if (!user.hasAny(Role.CHECKPOINT_OFFICER, Role.BORDER_OFFICER, Role.ANALYST)) {
      // As InterdictionAccess.maySee: no lookout reaches other roles, so the list is refused
      // (403) like every other module's list, not answered empty, whatever the URL rules say.
      throw new AccessDeniedException("lookouts are read by interdiction officers and analysts");
    }
    return lookouts
        .visibleTo(user.agency(), active, subject, clock.instant(), paging)
        .map(LookoutView::of);
  }

  @Operation(summary = "Issue a lookout to the posts")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/interdiction/lookouts")
  ResponseEntity<LookoutView> issue(
      @RequestHeader(name = IdempotentCreation.HEADER, required = false) @Nullable String key,
      @RequestBody LookoutRequest request) {
    KuzetUser user = CurrentUser.require();
    return idempotent.create(
        key,
        "POST /api/interdiction/lookouts",
        request,
        LookoutView.class,
        () -> {
          LookoutId id = issuing.issue(user, request.toCommand());
          LookoutView view = LookoutView.of(lookouts.byId(id).orElseThrow());
          return ResponseEntity.created(URI.create("/api/interdiction/lookouts/" + id))
              .eTag(etags.of(view))
              .body(view);
        });
  }

  @Operation(summary = "A lookout; its ETag is what closing it needs in If-Match")
  @GetMapping("/api/interdiction/lookouts/{id}")
  ResponseEntity<LookoutView> lookout(@PathVariable LookoutId id) {
    Lookout l = visibleLookout(CurrentUser.require(), id);
    audit.record("LOOKOUT_VIEWED", "lookout", id, "api");
    return etags.ok(LookoutView.of(l));
  }

  @Operation(summary = "Close a lookout before it expires (the issuing agency only)")
  @PostMapping("/api/interdiction/lookouts/{id}/close")
  ResponseEntity<LookoutView> close(
      @PathVariable LookoutId id,
      @Parameter(description = "the ETag of the lookout as read")
          @RequestHeader(name = ETags.IF_MATCH, required = false)
          @Nullable String ifMatch) {
    KuzetUser user = CurrentUser.require();
    visibleLookout(user, id);
    return etags.change(
        ifMatch,
        "intd_lookout",
        id.value(),
        () -> LookoutView.of(visibleLookout(user, id)),
        () -> {
          Lookout l = lookouts.byId(id).orElseThrow();
          if (l.cancelledAt() != null) {
            throw new Conflict("lookout " + id + " was closed at " + l.cancelledAt());
          }
          issuing.cancel(user, l);
          return etags.ok(LookoutView.of(lookouts.byId(id).orElseThrow()));
        });
  }

  @Operation(summary = "The inspections a lookout matched")
  @GetMapping("/api/interdiction/lookouts/{id}/hits")
  ListPage<LookoutHitView> lookoutHits(
      @PathVariable LookoutId id,
      @Sortable(
              value = {"foundAt", "id"},
              descending = true)
          Paging paging) {
    visibleLookout(CurrentUser.require(), id);
    return inspections.lookoutMatches(id, paging).map(LookoutHitView::of);
  }

  // ---- access ------------------------------------------------------------------------------

  /** The caller's agency's posts, or the one asked for when it is one of them. */
  private Collection<Long> workablePosts(KuzetUser user, @Nullable Long only) {
    List<Long> mine =
        posts.operatedBy(user.agency()).stream()
            .filter(p -> AccessRules.mayWorkAtPost(user, p.agency()))
            .map(p -> p.id().value())
            .toList();
    if (only == null) {
      return mine;
    }
    if (!mine.contains(only)) {
      throw Refusal.of("post", "api.reference.unknown", String.valueOf(only));
    }
    return List.of(only);
  }

  private Inspection visibleInspection(KuzetUser user, InspectionId id) {
    Inspection in = inspections.byId(id).orElseThrow(() -> new NotFound("inspection", id.value()));
    Post post = posts.byId(in.postId()).orElseThrow();
    if (!AccessRules.mayWorkAtPost(user, post.agency())) {
      audit.recordFacts(
          "INSPECTION_REFUSED",
          "inspection",
          id,
          AuditDetail.of("refused.agency", user.agency().value()));
      throw new NotFound("inspection", id.value());
    }
    return in;
  }

  private Seizure visibleSeizure(KuzetUser user, SeizureId id) {
    Seizure s = seizures.byId(id).orElseThrow(() -> new NotFound("seizure", id.value()));
    Post post = posts.byId(s.postId()).orElseThrow();
    if (!AccessRules.mayWorkAtPost(user, post.agency())) {
      audit.recordFacts(
          "SEIZURE_REFUSED",
          "seizure",
          id,
          AuditDetail.of("refused.agency", user.agency().value()));
      throw new NotFound("seizure", id.value());
    }
    return s;
  }

  private Lookout visibleLookout(KuzetUser user, LookoutId id) {
    Lookout l = lookouts.byId(id).orElseThrow(() -> new NotFound("lookout", id.value()));
    if (!access.maySee(user, l)) {
      audit.recordFacts(
          "LOOKOUT_REFUSED",
          "lookout",
          id,
          AuditDetail.of("refused.agency", user.agency().value()));
      throw new NotFound("lookout", id.value());
    }
    return l;
  }
}
