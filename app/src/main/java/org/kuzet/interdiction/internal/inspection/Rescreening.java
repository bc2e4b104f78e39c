package org.kuzet.interdiction.internal.inspection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kuzet.interdiction.internal.post.InterdictionSettings;
import org.kuzet.interdiction.internal.post.Post;
import org.kuzet.interdiction.internal.post.PostId;
import org.kuzet.interdiction.internal.post.Posts;
import org.kuzet.watchlist.WatchlistActivated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a watchlist version becomes active, screens again the people inspected in the last {@code
 * kuzet.interdiction.rescreen-days} days; a hit not recorded before is stored with the inspection
 * (found by RESCREEN) and becomes an alert for the post.
 */
@Service
public class Rescreening {

  private static final Logger log = LoggerFactory.getLogger(Rescreening.class);
  static final int PAGE = 1000;

  private final Inspections inspections;
  private final Posts posts;
  private final Alerts alerts;
  private final AlertStream stream;
  private final ObjectProvider<PersonScreening> screening;
  private final InterdictionSettings settings;
  private final Clock clock;

  Rescreening(
      Inspections inspections,
      Posts posts,
      Alerts alerts,
      AlertStream stream,
      ObjectProvider<PersonScreening> screening,
      InterdictionSettings settings,
      Clock clock) {
    this.clock = clock;
    this.inspections = inspections;
    this.posts = posts;
    this.alerts = alerts;
    this.stream = stream;
    this.screening = screening;
    this.settings = settings;
  }

  /** Runs after the activation has committed, in its own transaction. */
  @ApplicationModuleListener
  void on(WatchlistActivated event) {
    Result r = rescreenSince(clock.instant().minus(Duration.ofDays(settings.rescreenDays())));
    log.info(
        "rescreened {} persons after {} {} became active: {} new hits",
        r.persons(),
        event.listName(),
        event.version().substring(0, Math.min(12, event.version().length())),
        r.newHits());
  }

  /** What a rescreening did. */
  public record Result(int persons, int newHits) {}

  @Transactional
  public Result rescreenSince(Instant since) {
    PersonScreening screener = screening.getIfAvailable();
    if (screener == null) {
      return new Result(0, 0);
    }
    int persons = 0, found = 0;
    long after = 0;
    Map<PostId, Post> postById = new HashMap<>();
    posts.all().forEach(p -> postById.put(p.id(), p));
    while (true) {
      List<Inspections.ScreenablePerson> page = inspections.inspectedSince(since, after, PAGE);
      if (page.isEmpty()) {
        break;
      }
      found += screen(screener, page, postById);
      persons += page.size();
      after = page.get(page.size() - 1).personId();
    }
    return new Result(persons, found);
  }

  private int screen(
      PersonScreening screener,
      List<Inspections.ScreenablePerson> page,
      Map<PostId, Post> postById) {
    List<PersonScreening.Query> queries =
        page.stream()
            .map(
                p ->
                    new PersonScreening.Query(
                        p.name(), p.birthDate(), p.nationality(), p.documentNumber()))
            .toList();
    List<PersonScreening.Screened> results = screener.screenAll(queries);
    Instant now = clock.instant();
    List<Alert> raised = new ArrayList<>();
    int found = 0;
    for (int i = 0; i < page.size(); i++) {
      Inspections.ScreenablePerson p = page.get(i);
      PersonScreening.Screened s = results.get(i);
      for (PersonScreening.Found f : s.hits()) {
        if (inspections.hasWatchlistHit(p.personId(), f.listName(), f.entryId())) {
          continue;
        }
        long hitId =
            inspections.insertHit(
                new Hit(
                    0,
                    p.inspectionId(),
                    p.personId(),
                    "WATCHLIST",
                    "RESCREEN",
                    f.listName(),
                    f.entryId(),
                    f.matchedName(),
                    f.score(),
                    f.explanation(),
                    s.versionsText(),
                    null,
                    now,
                    f.explanationFacts()));
        inspections.addHits(p.inspectionId(), 1);
        Post post = Objects.requireNonNull(postById.get(p.postId()), "every post is indexed");
        raised.add(
            alerts.insert(
                AlertKind.RESCREEN_HIT,
                post,
                post.agency(),
                null,
                p.inspectionId(),
                hitId,
                null,
                AlertSummary.rescreen(
                    p.name(), post.name(), f.listName(), f.entryId(), f.matchedName(), f.score()),
                now));
        found++;
      }
    }
    stream.publishAfterCommit(raised);
    return found;
  }
}
