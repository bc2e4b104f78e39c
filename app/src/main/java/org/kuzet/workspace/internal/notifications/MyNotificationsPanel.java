package org.kuzet.workspace.internal.notifications;

import java.util.Map;
import org.kuzet.identity.KuzetUser;
import org.kuzet.workspace.HomePanel;
import org.springframework.stereotype.Component;

/** "My notifications": the unread notifications of the kinds the user chose for the home page. */
@Component
class MyNotificationsPanel implements HomePanel {

  private final NotificationCenter center;

  MyNotificationsPanel(NotificationCenter center) {
    this.center = center;
  }

  @Override
  public String id() {
    return "my-notifications";
  }

  @Override
  public String titleKey() {
    return "notifications.panel.title";
  }

  @Override
  public String fragment() {
    return "workspace/notifications :: panel";
  }

  @Override
  public boolean visibleTo(KuzetUser user) {
    return !user.roles().isEmpty();
  }

  @Override
  public Map<String, Object> model(KuzetUser user) {
    return Map.of("notices", center.forHome(user, 10), "kinds", center.homeKinds(user));
  }

  @Override
  public int defaultOrder() {
    return 5;
  }
}
