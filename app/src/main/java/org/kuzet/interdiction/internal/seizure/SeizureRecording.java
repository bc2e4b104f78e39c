package org.kuzet.interdiction.internal.seizure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AccessRules;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.KuzetUser;
import org.kuzet.interdiction.LookoutId;
import org.kuzet.interdiction.SeizureId;
import org.kuzet.interdiction.SeizureRecorded;
import org.kuzet.interdiction.internal.inspection.Hit;
import org.kuzet.interdiction.internal.inspection.Inspection;
import org.kuzet.interdiction.internal.inspection.InspectionResult;
import org.kuzet.interdiction.internal.inspection.InspectionRules;
import org.kuzet.interdiction.internal.inspection.Inspections;
import org.kuzet.interdiction.internal.lookout.Lookouts;
import org.kuzet.interdiction.internal.post.FileTypes;
import org.kuzet.interdiction.internal.post.InterdictionSettings;
import org.kuzet.interdiction.internal.post.Post;
import org.kuzet.interdiction.internal.post.Posts;
import org.kuzet.web.Refusal;
import org.kuzet.web.Refusal.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records seizures, their photos and files, and the evidence's chain of custody, and tells the rest
 * of the system with {@link SeizureRecorded}.
 */
@Service
public class SeizureRecording {

  public static final String GENESIS = "0".repeat(64);

  private final Seizures seizures;
  private final Posts posts;
  private final Inspections inspections;
  private final Lookouts lookouts;
  private final ApplicationEventPublisher events;
  private final AuditLog audit;
  private final InterdictionSettings settings;
  private final Clock clock;

  SeizureRecording(
      Seizures seizures,
      Posts posts,
      Inspections inspections,
      Lookouts lookouts,
      ApplicationEventPublisher events,
      AuditLog audit,
      InterdictionSettings settings,
      Clock clock) {
    this.clock = clock;
    this.seizures = seizures;
    this.posts = posts;
    this.inspections = inspections;
    this.lookouts = lookouts;
    this.events = events;
    this.audit = audit;
    this.settings = settings;
  }

  @Transactional
  public SeizureId record(KuzetUser user, NewSeizure s) {
    Post post =
        posts
            .byId(s.postId())
            .orElseThrow(() -> Refusal.of("postId", "interdiction.refusal.post.missing"));
    if (!AccessRules.mayLogAtPost(user, post.agency())) {
      throw new AccessDeniedException(
          "only officers of " + post.agency() + " record seizures at " + post.code());
    }
    Instant now = clock.instant();
    SeizureRules.check(s, now);
    LookoutId lookoutId = s.lookoutId();
    if (s.inspectionId() != null) {
      Inspection in =
          inspections
              .byId(s.inspectionId())
              .filter(i -> i.postId().equals(post.id()))
              .orElseThrow(
                  () -> Refusal.of("inspectionId", "interdiction.refusal.inspection.unknown"));
      // A seizure that follows a lookout match closes the warning-feedback-seizure cycle.
      if (lookoutId == null) {
        lookoutId =
            in.hits().stream()
                .map(Hit::lookoutId)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
      }
      inspections.setResult(in.id(), InspectionResult.SEIZED);
    }
    // Only a lookout of the post's own agency, or one addressed to this post, can be linked:
    // another agency's lookout is answered as if it did not exist.
    if (lookoutId != null
        && lookouts
            .byId(lookoutId)
            .filter(l -> l.issuerAgency().equals(post.agency()) || l.reaches(post))
            .isEmpty()) {
      throw Refusal.of("lookoutId", "interdiction.refusal.lookout.unknown");
    }
    NewSeizure linked =
        lookoutId == null || lookoutId.equals(s.lookoutId()) ? s : withLookout(s, lookoutId);
    SeizureId id = seizures.insert(linked, user.username(), post.agency(), now);
    // The evidence starts its custody with the officer who seized it.
    appendCustody(
        id,
        user.displayName() + " (" + user.username() + ")",
        post.agency().value(),
        s.seizedAt(),
        null,
        "seized at " + post.name(),
        user,
        now);
    audit.recordFacts(
        "SEIZURE_RECORDED",
        "seizure",
        id,
        AuditDetail.of(
            "seizure.recorded",
            post.code(),
            s.drugType().name(),
            s.quantity().toPlainString(),
            s.unit().name()));
    events.publishEvent(
        new SeizureRecorded(
            id,
            post.code(),
            post.kind().name(),
            post.regionIso(),
            post.agency(),
            s.drugType().name(),
            s.quantity(),
            s.unit().name(),
            s.seizedAt(),
            lookoutId,
            s.arrests().size()));
    return id;
  }

  /** Hands the evidence to a new holder: a new custody entry; earlier entries never change. */
  @Transactional
  public void handOver(
      KuzetUser user,
      Seizure s,
      String toHolder,
      String toAgency,
      Instant at,
      @Nullable String purpose) {
    mayChange(user, s);
    List<Seizure.Custody> chain = seizures.custody(s.id());
    Seizure.Custody last = chain.get(chain.size() - 1);
    var problems = new ArrayList<Refusal.Problem>();
    if (toHolder == null || toHolder.isBlank() || toHolder.length() > 200) {
      problems.add(Problem.of("holder", "interdiction.refusal.required200"));
    }
    try {
      AgencyCode.of(toAgency);
    } catch (IllegalArgumentException e) {
      problems.add(
          Problem.of("holderAgency", "interdiction.refusal.agency", String.valueOf(toAgency)));
    }
    Instant now = clock.instant();
    if (at.isBefore(last.heldFrom())) {
      problems.add(
          Problem.of(
              "at", "interdiction.refusal.custody.beforeHolder", String.valueOf(last.heldFrom())));
    }
    if (at.isAfter(now.plus(InspectionRules.CLOCK_SKEW))) {
      problems.add(Problem.of("at", "interdiction.refusal.future"));
    }
    if (purpose != null && purpose.length() > 300) {
      problems.add(Problem.of("purpose", "interdiction.refusal.tooLong300"));
    }
    if (!problems.isEmpty()) {
      throw new Refusal(problems);
    }
    appendCustody(s.id(), toHolder.strip(), toAgency, at, last.holder(), purpose, user, now);
    audit.record(
        "CUSTODY_HANDED_OVER", "seizure", s.id(), last.holder() + " -> " + toHolder.strip());
  }

  @Transactional
  public long attach(
      KuzetUser user, Seizure s, String filename, @Nullable String declaredType, byte[] content) {
    mayChange(user, s);
    if (content.length == 0) {
      throw Refusal.of("file", "interdiction.refusal.empty");
    }
    if (content.length > settings.maxFileBytes()) {
      throw Refusal.of(
          "file",
          "interdiction.refusal.file.tooLarge",
          String.valueOf(content.length),
          String.valueOf(settings.maxFileBytes()));
    }
    String type = FileTypes.detect(content);
    if (type == null) {
      throw Refusal.of("file", "interdiction.refusal.file.type", String.valueOf(declaredType));
    }
    String clean = FileTypes.safeName(filename);
    long id =
        seizures.insertFile(
            s.id(), clean, type, content, sha256(content), user.username(), clock.instant());
    audit.recordFacts(
        "SEIZURE_FILE_ADDED",
        "seizure",
        s.id(),
        AuditDetail.of("seizure.fileAdded", clean, content.length));
    return id;
  }

  void mayChange(KuzetUser user, Seizure s) {
    Post post = posts.byId(s.postId()).orElseThrow();
    if (!AccessRules.mayLogAtPost(user, post.agency())) {
      throw new AccessDeniedException("only officers of " + post.agency() + " change this seizure");
    }
  }

  private void appendCustody(
      SeizureId seizureId,
      String holder,
      String agency,
      Instant from,
      @Nullable String handedBy,
      @Nullable String purpose,
      KuzetUser user,
      Instant now) {
    List<Seizure.Custody> chain = seizures.custody(seizureId);
    int seq = chain.size() + 1;
    String prev = chain.isEmpty() ? GENESIS : chain.get(chain.size() - 1).hash();
    Instant at = from.truncatedTo(ChronoUnit.MICROS);
    String hash =
        custodyHash(prev, seizureId, seq, holder, agency, at, handedBy, purpose, user.username());
    seizures.appendCustody(
        seizureId, seq, holder, agency, at, handedBy, purpose, user.username(), now, prev, hash);
  }

  /** The hash of a custody entry, covering the entry before it. */
  public static String custodyHash(
      String prev,
      SeizureId seizureId,
      int seq,
      String holder,
      String agency,
      Instant from,
      @Nullable String handedBy,
      @Nullable String purpose,
      String recordedBy) {
    String joined =
        String.join(
            "\u001f",
            prev,
            Long.toString(seizureId.value()),
            Integer.toString(seq),
            holder,
            agency,
            from.toString(),
            String.valueOf(handedBy),
            String.valueOf(purpose),
            recordedBy);
    return sha256(joined.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether every custody entry still links to the one before it and hashes to what it says. */
  public boolean custodyIntact(SeizureId seizureId) {
    String prev = GENESIS;
    int seq = 1;
    for (Seizure.Custody c : seizures.custody(seizureId)) {
      if (c.seq() != seq || !c.prevHash().equals(prev)) {
        return false;
      }
      String expected =
          custodyHash(
              prev,
              seizureId,
              c.seq(),
              c.holder(),
              c.holderAgency(),
              c.heldFrom(),
              c.handedBy(),
              c.purpose(),
              c.recordedBy());
      if (!expected.equals(c.hash())) {
        return false;
      }
      prev = c.hash();
      seq++;
    }
    return true;
  }

  private static NewSeizure withLookout(NewSeizure s, LookoutId lookoutId) {
    return new NewSeizure(
        s.postId(),
        s.inspectionId(),
        lookoutId,
        s.seizedAt(),
        s.drugType(),
        s.drugDetail(),
        s.quantity(),
        s.unit(),
        s.purityPercent(),
        s.concealment(),
        s.transportMode(),
        s.conveyance(),
        s.place(),
        s.originCountry(),
        s.originBasis(),
        s.departureCountry(),
        s.departureBasis(),
        s.transitCountries(),
        s.transitBasis(),
        s.destinationCountry(),
        s.destinationBasis(),
        s.arrests());
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
