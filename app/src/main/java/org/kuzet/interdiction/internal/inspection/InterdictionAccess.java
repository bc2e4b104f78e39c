package org.kuzet.interdiction.internal.inspection;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.kuzet.identity.AccessRules;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.kuzet.interdiction.internal.lookout.Lookout;
import org.kuzet.interdiction.internal.post.Post;
import org.kuzet.interdiction.internal.post.Posts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which posts, alerts and lookouts a user may see, on top of {@link AccessRules}. */
@Service
public class InterdictionAccess {

  /** The roles that work with interdiction: its menu, home panels and notices. */
  public static final Set<Role> ROLES =
      Set.of(Role.CHECKPOINT_OFFICER, Role.BORDER_OFFICER, Role.ANALYST);

  private final Posts posts;
  private final Alerts alerts;
  private final AuditLog audit;
  private final Clock clock;

  InterdictionAccess(Posts posts, Alerts alerts, AuditLog audit, Clock clock) {
    this.clock = clock;
    this.posts = posts;
    this.alerts = alerts;
    this.audit = audit;
  }

  /**
   * The posts whose alerts a user follows: the posts they staff, or, for users not assigned to a
   * post (analysts, commanders), every post their agency operates.
   */
  List<Long> alertPosts(KuzetUser user) {
    List<Post> staffed =
        posts.staffedBy(user.username()).stream()
            .filter(p -> AccessRules.mayWorkAtPost(user, p.agency()))
            .toList();
    List<Post> chosen = staffed.isEmpty() ? posts.operatedBy(user.agency()) : staffed;
    return chosen.stream()
        .filter(p -> AccessRules.mayWorkAtPost(user, p.agency()))
        .map(p -> p.id().value())
        .toList();
  }

  /** A lookout is visible to its issuer's agency and to the agencies of the posts it reaches. */
  public boolean maySee(KuzetUser user, Lookout l) {
    if (!user.hasAny(Role.CHECKPOINT_OFFICER, Role.BORDER_OFFICER, Role.ANALYST)) {
      return false;
    }
    if (user.belongsTo(l.issuerAgency())) {
      return true;
    }
    return posts.all().stream().anyMatch(p -> l.reaches(p) && user.belongsTo(p.agency()));
  }

  @Transactional
  void acknowledge(KuzetUser user, Alert alert) {
    if (alerts.acknowledge(alert.id(), user.username(), clock.instant())) {
      audit.record("ALERT_ACKNOWLEDGED", "alert", alert.id(), alert.kind().name());
    }
  }
}
