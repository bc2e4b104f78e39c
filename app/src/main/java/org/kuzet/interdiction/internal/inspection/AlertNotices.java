package org.kuzet.interdiction.internal.inspection;

import java.util.List;
import org.kuzet.identity.Role;
import org.kuzet.interdiction.internal.post.PostNames;
import org.kuzet.workspace.Audience;
import org.kuzet.workspace.NewNotification;
import org.kuzet.workspace.NotificationKind;

/**
 * An alert as a notification center entry. The audience is the alert's own: the interdiction roles
 * of the post's agency ({@code AccessRules.mayWorkAtPost}), or the lookout's issuer within their
 * agency, who is sent to the lookout (the inspection belongs to the post's agency).
 */
final class AlertNotices {

  private static final Role[] ROLES = InterdictionAccess.ROLES.toArray(Role[]::new);

  private AlertNotices() {}

  static NewNotification of(Alert alert) {
    NotificationKind kind =
        alert.kind() == AlertKind.LOOKOUT_MATCH
            ? NotificationKind.LOOKOUT_HIT
            : NotificationKind.WATCHLIST_HIT;
    String source = "interdiction-alert:" + alert.id();
    // Worded in each reader's language from the alert's facts, the post by its name in that
    // language when the notification is shown; the sentence stays for the record.
    AlertSummary facts = alert.facts();
    String key = facts == null ? null : facts.key();
    List<Object> args =
        facts == null
            ? List.of()
            : List.of(
                facts.arguments(
                    PostNames.of(alert.postId(), facts.args().get(facts.shape().post))));
    if (alert.recipient() != null && alert.lookoutId() != null) {
      return new NewNotification(
          kind,
          alert.summary(),
          key,
          args,
          "/interdiction/lookouts/" + alert.lookoutId(),
          Audience.user(alert.recipient(), alert.agency(), ROLES),
          source);
    }
    return new NewNotification(
        kind,
        alert.summary(),
        key,
        args,
        "/interdiction/inspections/" + alert.inspectionId(),
        Audience.agency(alert.agency(), ROLES),
        source);
  }
}
