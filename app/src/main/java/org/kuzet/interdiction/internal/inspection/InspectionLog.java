package org.kuzet.interdiction.internal.inspection;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kuzet.identity.AccessRules;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.KuzetUser;
import org.kuzet.interdiction.LookoutId;
import org.kuzet.interdiction.internal.lookout.FeedbackAction;
import org.kuzet.interdiction.internal.lookout.Lookout;
import org.kuzet.interdiction.internal.lookout.LookoutSubject;
import org.kuzet.interdiction.internal.lookout.Lookouts;
import org.kuzet.interdiction.internal.post.InspectionId;
import org.kuzet.interdiction.internal.post.PlateKeys;
import org.kuzet.interdiction.internal.post.Post;
import org.kuzet.interdiction.internal.post.Posts;
import org.kuzet.interdiction.internal.targeting.RiskScoring;
import org.kuzet.web.Refusal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs an inspection at a post: checks it, screens every person against the watchlists and the
 * plate and persons against the active lookouts, saves it with what was found, and raises the live
 * alerts. One transaction: an inspection is saved with its hits or not at all.
 */
@Service
public class InspectionLog {

  private final Posts posts;
  private final Inspections inspections;
  private final Lookouts lookouts;
  private final Alerts alerts;
  private final AlertStream stream;
  private final ObjectProvider<PersonScreening> screening;
  private final AuditLog audit;
  private final RiskScoring risk;
  private final Clock clock;

  InspectionLog(
      Posts posts,
      Inspections inspections,
      Lookouts lookouts,
      Alerts alerts,
      AlertStream stream,
      ObjectProvider<PersonScreening> screening,
      AuditLog audit,
      RiskScoring risk,
      Clock clock) {
    this.risk = risk;
    this.posts = posts;
    this.inspections = inspections;
    this.lookouts = lookouts;
    this.alerts = alerts;
    this.stream = stream;
    this.screening = screening;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Logs the inspection for the user.
   *
   * @param confirmedDuplicate true when the officer has seen the duplicate warning and confirms
   * @throws AccessDeniedException when the user may not work at the post
   * @throws Refusal naming each field at fault
   */
  @Transactional
  public LogOutcome log(KuzetUser user, NewInspection in, boolean confirmedDuplicate) {
    Post post =
        posts
            .byId(in.postId())
            .orElseThrow(() -> Refusal.of("postId", "interdiction.refusal.post.missing"));
    if (!AccessRules.mayLogAtPost(user, post.agency())) {
      throw new AccessDeniedException(
          "only officers of " + post.agency() + " log at " + post.code());
    }
    Instant now = clock.instant();
    InspectionRules.check(in, now);
    String plateKey = PlateKeys.key(in.plate());

    Optional<InspectionId> earlier = inspections.sameMinute(post.id(), plateKey, in.inspectedAt());
    if (earlier.isPresent() && !confirmedDuplicate) {
      return new LogOutcome.DuplicateSuspected(earlier.get());
    }

    // Checks first, so the inspection row is written once with its hit count.
    PersonScreening screener = screening.getIfAvailable();
    List<PersonScreening.Screened> screened =
        screener == null
            ? List.of()
            : screener.screenAll(
                in.persons().stream()
                    .map(
                        p ->
                            new PersonScreening.Query(
                                p.name(), p.birthDate(), p.nationality(), p.documentNumber()))
                    .toList());
    boolean wasScreened = PersonMatching.screened(screener != null, in.persons(), screened);
    List<Lookout> vehicleLookouts =
        lookouts.activeForPlate(plateKey, in.inspectedAt()).stream()
            .filter(l -> l.reaches(post))
            .toList();
    PersonMatching.Keys keys = PersonMatching.keysOf(in.persons());
    List<Lookout> personLookouts =
        lookouts.activeForPersons(keys.documents(), keys.nameKeys(), in.inspectedAt()).stream()
            .filter(l -> l.subject() == LookoutSubject.PERSON && l.reaches(post))
            .toList();

    int hitCount =
        vehicleLookouts.size()
            + screened.stream().mapToInt(s -> s.hits().size()).sum()
            + PersonMatching.count(in.persons(), personLookouts);
    InspectionId id =
        inspections.insert(
            in,
            plateKey,
            hitCount,
            earlier.orElse(null),
            wasScreened,
            user.username(),
            post.agency(),
            now);

    // The score the officer saw while typing, kept with the inspection for the rules' hit rates.
    risk.store(id, risk.score(RiskInputs.of(in)), now);
    List<Hit> hits = new ArrayList<>();
    List<Alert> raised = new ArrayList<>();
    for (Lookout l : vehicleLookouts) {
      LookoutReason why =
          LookoutReason.plate(
              l.id().value(), in.plate(), String.valueOf(l.plate()), l.issuedBy(), l.reason());
      Hit h =
          save(
              new Hit(
                  0,
                  id,
                  null,
                  "LOOKOUT",
                  "LOGGING",
                  null,
                  l.id().toString(),
                  l.plate(),
                  100,
                  why.english(),
                  null,
                  l.id(),
                  now,
                  why.stored()));
      hits.add(h);
      raised.addAll(
          lookoutAlerts(
              post,
              l,
              id,
              h,
              AlertSummary.lookoutVehicle(l.id().value(), in.plate(), post.name()),
              now));
    }
    for (int i = 0; i < in.persons().size(); i++) {
      NewPerson p = in.persons().get(i);
      long personId = inspections.insertPerson(id, post.id(), in.inspectedAt(), p);
      if (i < screened.size()) {
        PersonScreening.Screened s = screened.get(i);
        for (PersonScreening.Found f : s.hits()) {
          Hit h =
              save(
                  new Hit(
                      0,
                      id,
                      personId,
                      "WATCHLIST",
                      "LOGGING",
                      f.listName(),
                      f.entryId(),
                      f.matchedName(),
                      f.score(),
                      f.explanation(),
                      s.versionsText(),
                      null,
                      now,
                      f.explanationFacts()));
          hits.add(h);
          raised.add(
              alerts.insert(
                  AlertKind.WATCHLIST_HIT,
                  post,
                  post.agency(),
                  null,
                  id,
                  h.id(),
                  null,
                  AlertSummary.watchlist(
                      p.name(), f.listName(), f.entryId(), f.matchedName(), f.score(), post.name()),
                  now));
        }
      }
      for (Lookout l : personLookouts) {
        LookoutReason why = PersonMatching.why(p, l);
        if (why == null) {
          continue;
        }
        Hit h =
            save(
                new Hit(
                    0,
                    id,
                    personId,
                    "LOOKOUT",
                    "LOGGING",
                    null,
                    l.id().toString(),
                    l.personName(),
                    100,
                    why.english(),
                    null,
                    l.id(),
                    now,
                    why.stored()));
        hits.add(h);
        raised.addAll(
            lookoutAlerts(
                post,
                l,
                id,
                h,
                AlertSummary.lookoutPerson(l.id().value(), p.name(), post.name()),
                now));
      }
    }
    audit.recordFacts(
        "INSPECTION_LOGGED",
        "inspection",
        id,
        earlier.isPresent()
            ? AuditDetail.of(
                "inspection.loggedDuplicate",
                post.code(),
                in.plate(),
                in.persons().size(),
                hits.size(),
                earlier.get().value())
            : AuditDetail.of(
                "inspection.logged", post.code(), in.plate(), in.persons().size(), hits.size()));
    stream.publishAfterCommit(raised);
    return new LogOutcome.Logged(id, hits, wasScreened);
  }

  /** The post's answer to a lookout that matched one of its inspections. */
  @Transactional
  public void recordFeedback(
      KuzetUser user, Inspection in, LookoutId lookoutId, FeedbackAction action, String note) {
    lookouts.insertFeedback(lookoutId, in.id(), action, note, user.username(), clock.instant());
    audit.recordFacts(
        "LOOKOUT_FEEDBACK",
        "lookout",
        lookoutId,
        AuditDetail.of("lookout.feedback", in.id().value(), action.name()));
  }

  private Hit save(Hit h) {
    long hitId = inspections.insertHit(h);
    return new Hit(
        hitId,
        h.inspectionId(),
        h.personId(),
        h.kind(),
        h.foundBy(),
        h.listName(),
        h.entryId(),
        h.matchedName(),
        h.score(),
        h.explanation(),
        h.listVersions(),
        h.lookoutId(),
        h.foundAt(),
        h.explanationFacts());
  }

  /** The post and, when it is someone else, the issuer. */
  private List<Alert> lookoutAlerts(
      Post post, Lookout l, InspectionId inspectionId, Hit h, AlertSummary summary, Instant now) {
    List<Alert> out = new ArrayList<>();
    out.add(
        alerts.insert(
            AlertKind.LOOKOUT_MATCH,
            post,
            post.agency(),
            null,
            inspectionId,
            h.id(),
            l.id(),
            summary,
            now));
    out.add(
        alerts.insert(
            AlertKind.LOOKOUT_MATCH,
            post,
            l.issuerAgency(),
            l.issuedBy(),
            inspectionId,
            h.id(),
            l.id(),
            summary,
            now));
    return out;
  }
}
