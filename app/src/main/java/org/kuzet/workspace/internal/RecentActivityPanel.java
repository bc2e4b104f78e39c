package org.kuzet.workspace.internal;

import java.util.Map;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.KuzetUser;
import org.kuzet.workspace.HomePanel;
import org.springframework.stereotype.Component;

/** "My recent activity": the user's own latest audit entries. */
@Component
class RecentActivityPanel implements HomePanel {

  private final AuditLog audit;

  RecentActivityPanel(AuditLog audit) {
    this.audit = audit;
  }

  @Override
  public String id() {
    return "recent-activity";
  }

  @Override
  public String titleKey() {
    return "panel.recentActivity";
  }

  @Override
  public String fragment() {
    return "workspace/panels :: recentActivity";
  }

  @Override
  public boolean visibleTo(KuzetUser user) {
    return true;
  }

  @Override
  public Map<String, Object> model(KuzetUser user) {
    return Map.of("entries", audit.search(user.username(), null, null, 10));
  }

  @Override
  public int defaultOrder() {
    return 900;
  }
}
