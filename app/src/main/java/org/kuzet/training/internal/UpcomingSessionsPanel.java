package org.kuzet.training.internal;

import java.util.Map;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.kuzet.workspace.HomePanel;
import org.springframework.stereotype.Component;

/** "Upcoming training sessions" on a coordinator's home page: their centers' next sessions. */
@Component
class UpcomingSessionsPanel implements HomePanel {

  private final TrainingViews views;

  UpcomingSessionsPanel(TrainingViews views) {
    this.views = views;
  }

  @Override
  public String id() {
    return "training-upcoming";
  }

  @Override
  public String titleKey() {
    return "panel.trainingUpcoming";
  }

  @Override
  public String fragment() {
    return "training/panels :: upcoming";
  }

  @Override
  public boolean visibleTo(KuzetUser user) {
    return user.has(Role.TRAINING_COORDINATOR);
  }

  @Override
  public Map<String, Object> model(KuzetUser user) {
    return Map.of("rows", views.upcoming(user, 5));
  }

  @Override
  public int defaultOrder() {
    return 20;
  }
}
