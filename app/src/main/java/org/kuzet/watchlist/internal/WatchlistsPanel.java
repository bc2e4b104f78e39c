package org.kuzet.watchlist.internal;

import java.util.Map;
import org.kuzet.identity.AccessRules;
import org.kuzet.identity.KuzetUser;
import org.kuzet.workspace.HomePanel;
import org.springframework.stereotype.Component;

/** Home panel "Watchlists": the active version of each list and when it became active. */
@Component
class WatchlistsPanel implements HomePanel {

  private final ListVersions versions;

  WatchlistsPanel(ListVersions versions) {
    this.versions = versions;
  }

  @Override
  public String id() {
    return "watchlists";
  }

  @Override
  public String titleKey() {
    return "watchlist.panel.title";
  }

  @Override
  public String fragment() {
    return "watchlist/panels :: watchlists";
  }

  @Override
  public boolean visibleTo(KuzetUser user) {
    return AccessRules.mayManageWatchlists(user);
  }

  @Override
  public Map<String, Object> model(KuzetUser user) {
    return Map.of("active", versions.activeVersions());
  }

  @Override
  public int defaultOrder() {
    return 60;
  }
}
