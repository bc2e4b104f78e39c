package org.kuzet.trafficking.internal;

import java.util.Map;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.kuzet.workspace.HomePanel;
import org.springframework.stereotype.Component;

/** "My open referrals" on a caseworker's home page: case references only, never names. */
@Component
class OpenReferralsPanel implements HomePanel {

  private final CaseManagement management;

  OpenReferralsPanel(CaseManagement management) {
    this.management = management;
  }

  @Override
  public String id() {
    return "tip-open-referrals";
  }

  @Override
  public String titleKey() {
    return "tip.panel.openReferrals";
  }

  @Override
  public String fragment() {
    return "trafficking/panels :: openReferrals";
  }

  @Override
  public boolean visibleTo(KuzetUser user) {
    return user.has(Role.TIP_CASEWORKER);
  }

  @Override
  public Map<String, Object> model(KuzetUser user) {
    return Map.of("referrals", management.openReferrals(user, 10));
  }

  @Override
  public int defaultOrder() {
    return 20;
  }
}
