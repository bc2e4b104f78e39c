package org.kuzet.interdiction.internal.lookout;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AccessRules;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.KuzetUser;
import org.kuzet.interdiction.LookoutId;
import org.kuzet.interdiction.internal.post.NameKeys;
import org.kuzet.interdiction.internal.post.PlateKeys;
import org.kuzet.interdiction.internal.post.PostId;
import org.kuzet.interdiction.internal.post.Posts;
import org.kuzet.web.FormInput;
import org.kuzet.web.Refusal;
import org.kuzet.web.Refusal.Problem;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issuing and cancelling lookouts. */
@Service
public class LookoutIssuing {

  static final Duration LONGEST = Duration.ofDays(366);

  private final Lookouts lookouts;
  private final Posts posts;
  private final AuditLog audit;
  private final Clock clock;

  LookoutIssuing(Lookouts lookouts, Posts posts, AuditLog audit, Clock clock) {
    this.clock = clock;
    this.lookouts = lookouts;
    this.posts = posts;
    this.audit = audit;
  }

  /** A lookout as the issuer fills it in. */
  public record Request(
      LookoutSubject subject,
      @Nullable String plate,
      @Nullable String personName,
      @Nullable LocalDate birthDate,
      @Nullable String documentNumber,
      String reason,
      LookoutScope scope,
      @Nullable String regionIso,
      Set<PostId> postIds,
      Instant expiresAt) {
    public Request {
      postIds = postIds == null ? Set.of() : Set.copyOf(postIds);
      plate = blank(plate);
      personName = blank(personName);
      documentNumber =
          documentNumber == null || documentNumber.isBlank()
              ? null
              : documentNumber.strip().toUpperCase(Locale.ROOT);
      regionIso = blank(regionIso);
      reason = reason == null ? "" : reason.strip();
    }

    private static @Nullable String blank(@Nullable String s) {
      return s == null || s.isBlank() ? null : s.strip();
    }
  }

  @Transactional
  public LookoutId issue(KuzetUser user, Request r) {
    if (!AccessRules.mayIssueLookout(user)) {
      throw new AccessDeniedException("only interdiction analysts and officers issue lookouts");
    }
    Instant now = clock.instant();
    var problems = new ArrayList<Refusal.Problem>();
    if (r.subject() == LookoutSubject.VEHICLE
        && (r.plate() == null || PlateKeys.problem("plate", r.plate()) != null)) {
      problems.add(Problem.of("plate", "interdiction.refusal.lookout.plate"));
    }
    if (r.subject() == LookoutSubject.PERSON
        && r.personName() == null
        && r.documentNumber() == null) {
      problems.add(Problem.of("personName", "interdiction.refusal.lookout.person"));
    }
    if (r.reason().isEmpty() || r.reason().length() > 1000) {
      problems.add(Problem.of("reason", "interdiction.refusal.required1000"));
    }
    if (!r.expiresAt().isAfter(now)) {
      problems.add(Problem.of("expiresAt", "interdiction.refusal.notFuture"));
    } else if (r.expiresAt().isAfter(now.plus(LONGEST))) {
      problems.add(Problem.of("expiresAt", "interdiction.refusal.lookout.tooLong"));
    }
    if (r.scope() == LookoutScope.REGION
        && (r.regionIso() == null
            || posts.all().stream().noneMatch(p -> p.regionIso().equals(r.regionIso())))) {
      problems.add(Problem.of("regionIso", "interdiction.refusal.region.noPosts"));
    }
    if (r.scope() == LookoutScope.POSTS) {
      if (r.postIds().isEmpty()) {
        problems.add(Problem.of("postIds", "interdiction.refusal.post.none"));
      } else if (r.postIds().stream().anyMatch(id -> posts.byId(id).isEmpty())) {
        problems.add(Problem.of("postIds", "interdiction.refusal.post.unknown"));
      }
    }
    if (r.birthDate() != null && r.birthDate().isAfter(LocalDate.now(clock))) {
      problems.add(Problem.of("birthDate", "interdiction.refusal.future"));
    }
    if (!problems.isEmpty()) {
      throw new Refusal(problems);
    }
    boolean vehicle = r.subject() == LookoutSubject.VEHICLE;
    var l =
        new Lookout(
            new LookoutId(0),
            r.subject(),
            vehicle ? r.plate() : null,
            vehicle ? PlateKeys.key(FormInput.checked(r.plate())) : null,
            vehicle ? null : r.personName(),
            vehicle || r.personName() == null ? null : NameKeys.key(r.personName()),
            vehicle ? null : r.birthDate(),
            vehicle ? null : r.documentNumber(),
            r.reason(),
            r.scope(),
            r.scope() == LookoutScope.REGION ? r.regionIso() : null,
            r.scope() == LookoutScope.POSTS ? r.postIds() : Set.of(),
            user.username(),
            user.agency(),
            now,
            r.expiresAt(),
            null);
    LookoutId id = lookouts.insert(l);
    audit.record("LOOKOUT_ISSUED", "lookout", id, r.subject() + " " + r.scope());
    return id;
  }

  @Transactional
  public void cancel(KuzetUser user, Lookout l) {
    if (!AccessRules.mayIssueLookout(user) || !user.belongsTo(l.issuerAgency())) {
      throw new AccessDeniedException("only the issuing agency cancels a lookout");
    }
    lookouts.cancel(l.id(), clock.instant());
    audit.record("LOOKOUT_CANCELLED", "lookout", l.id(), null);
  }
}
