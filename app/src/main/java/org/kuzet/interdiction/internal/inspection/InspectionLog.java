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
    Post post = loggablePost(user, in);
    Instant now = clock.instant();
    InspectionRules.check(in, now);
    String plateKey = PlateKeys.key(in.plate());

    Optional<InspectionId> earlier = inspections.sameMinute(post.id(), plateKey, in.inspectedAt());
    if (earlier.isPresent() && !confirmedDuplicate) {
      return new LogOutcome.DuplicateSuspected(earlier.get());
    }

    // Checks first, so the inspection row is written once with its hit count.
    LoggingChecks checks = check(post, in, plateKey);
    InspectionId id =
        inspections.insert(
            in,
            plateKey,
            checks.hitCount(in.persons()),
            earlier.orElse(null),
            checks.wasScreened(),
            user.username(),
            post.agency(),
            now);

    // The score the officer saw while typing, kept with the inspection for the rules' hit rates.
    risk.store(id, risk.score(RiskInputs.of(in)), now);
    List<Hit> hits = new ArrayList<>();
    List<Alert> raised = new ArrayList<>();
    for (Lookout l : checks.vehicleLookouts()) {
      Hit h = save(FoundHits.vehicle(id, l, in.plate(), now));
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
      PersonScreening.Screened s = checks.screenedAt(i);
      if (s != null) {
        for (PersonScreening.Found f : s.hits()) {
          Hit h = save(FoundHits.watchlist(id, personId, s, f, now));
          hits.add(h);
          raised.add(watchlistAlert(post, p, f, id, h, now));
        }
      }
      for (Lookout l : checks.personLookouts()) {
        Optional<Hit> found = FoundHits.person(id, personId, p, l, now);
        if (found.isEmpty()) {
          continue;
        }
        Hit h = save(found.get());
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
        LoggingAudit.ACTION,
        LoggingAudit.TARGET,
        id,
        LoggingAudit.detail(post.code(), in, hits.size(), earlier.orElse(null)));
    stream.publishAfterCommit(raised);
    return new LogOutcome.Logged(id, hits, checks.wasScreened());
  }

  /** The post of the inspection, where the user must be one of its agency's officers. */
  private Post loggablePost(KuzetUser user, NewInspection in) {
    Post post =
        posts
            .byId(in.postId())
            .orElseThrow(() -> Refusal.of("postId", "interdiction.refusal.post.missing"));
    if (!AccessRules.mayLogAtPost(user, post.agency())) {
      throw new AccessDeniedException(
          "only officers of " + post.agency() + " log at " + post.code());
    }
    return post;
  }

  /** Screens every person against the watchlists and looks up the active lookouts. */
  private LoggingChecks check(Post post, NewInspection in, String plateKey) {
    PersonScreening screener = screening.getIfAvailable();
    List<PersonScreening.Screened> screened =
        screener == null ? null : screener.screenAll(LoggingChecks.queries(in.persons()));
    PersonMatching.Keys keys = PersonMatching.keysOf(in.persons());
    return LoggingChecks.of(
        post,
        in.persons(),
        screened,
        lookouts.activeForPlate(plateKey, in.inspectedAt()),
        lookouts.activeForPersons(keys.documents(), keys.nameKeys(), in.inspectedAt()));
  }

  /** The post's alert for a person who matched a watchlist entry. */
  private Alert watchlistAlert(
      Post post, NewPerson p, PersonScreening.Found f, InspectionId id, Hit h, Instant now) {
    return alerts.insert(
        AlertKind.WATCHLIST_HIT,
        post,
        post.agency(),
        null,
        id,
        h.id(),
        null,
        AlertSummary.watchlist(
            p.name(), f.listName(), f.entryId(), f.matchedName(), f.score(), post.name()),
        now);
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
    return FoundHits.saved(h, inspections.insertHit(h));
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
