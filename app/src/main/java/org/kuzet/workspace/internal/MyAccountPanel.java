package org.kuzet.workspace.internal;

import java.util.Map;
import org.kuzet.identity.KuzetUser;
import org.kuzet.workspace.HomePanel;
import org.springframework.stereotype.Component;

/** "My account": who I am, my agency and roles. */
@Component
class MyAccountPanel implements HomePanel {

  @Override
  public String id() {
    return "my-account";
  }

  @Override
  public String titleKey() {
    return "panel.myAccount";
  }

  @Override
  public String fragment() {
    return "workspace/panels :: myAccount";
  }

  @Override
  public boolean visibleTo(KuzetUser user) {
    return true;
  }

  @Override
  public Map<String, Object> model(KuzetUser user) {
    return Map.of("user", user);
  }

  @Override
  public int defaultOrder() {
    return 1000;
  }
}
