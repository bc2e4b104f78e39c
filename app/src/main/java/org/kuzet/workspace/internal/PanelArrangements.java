package org.kuzet.workspace.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.identity.KuzetUser;
import org.kuzet.workspace.HomePanel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Which panels each user shows, in which order (table {@code wsp_home_panel}). */
@Repository
class PanelArrangements {

  /** A panel as placed on one user's page. */
  record Placed(HomePanel panel, boolean visible) {}

  private final JdbcClient jdbc;
  private final List<HomePanel> panels;

  PanelArrangements(JdbcClient jdbc, List<HomePanel> panels) {
    this.jdbc = jdbc;
    this.panels = panels.stream().sorted(Comparator.comparingInt(HomePanel::defaultOrder)).toList();
  }

  /** Every panel this user may see, in their order; panels they never arranged come last. */
  List<Placed> arrangementOf(KuzetUser user) {
    Map<String, Boolean> stored = new LinkedHashMap<>();
    jdbc.sql("SELECT panel_id, visible FROM wsp_home_panel WHERE account_id = ? ORDER BY position")
        .param(user.accountId())
        .query((rs, n) -> Map.entry(rs.getString(1), rs.getBoolean(2)))
        .list()
        .forEach(e -> stored.put(e.getKey(), e.getValue()));
    var allowed = panels.stream().filter(p -> p.visibleTo(user)).toList();
    var result = new ArrayList<Placed>();
    stored.forEach(
        (id, visible) ->
            allowed.stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .ifPresent(p -> result.add(new Placed(p, visible))));
    allowed.stream()
        .filter(p -> !stored.containsKey(p.id()))
        .forEach(p -> result.add(new Placed(p, true)));
    return result;
  }

  /** Moves a panel one place up (-1) or down (+1) on the user's page. */
  @Transactional
  void move(KuzetUser user, String panelId, int delta) {
    var placed = new ArrayList<>(arrangementOf(user));
    int i = indexOf(placed, panelId);
    int j = i + delta;
    if (i < 0 || j < 0 || j >= placed.size()) {
      return;
    }
    var tmp = placed.get(i);
    placed.set(i, placed.get(j));
    placed.set(j, tmp);
    save(user, placed);
  }

  /** Shows a hidden panel or hides a shown one. */
  @Transactional
  void toggle(KuzetUser user, String panelId) {
    var placed = new ArrayList<>(arrangementOf(user));
    int i = indexOf(placed, panelId);
    if (i < 0) {
      return;
    }
    placed.set(i, new Placed(placed.get(i).panel(), !placed.get(i).visible()));
    save(user, placed);
  }

  private static int indexOf(List<Placed> placed, String panelId) {
    for (int i = 0; i < placed.size(); i++) {
      if (placed.get(i).panel().id().equals(panelId)) {
        return i;
      }
    }
    return -1;
  }

  private void save(KuzetUser user, List<Placed> placed) {
    jdbc.sql("DELETE FROM wsp_home_panel WHERE account_id = ?").param(user.accountId()).update();
    for (int pos = 0; pos < placed.size(); pos++) {
      jdbc.sql(
              "INSERT INTO wsp_home_panel (account_id, panel_id, position, visible) VALUES (?, ?, ?, ?)")
          .params(user.accountId(), placed.get(pos).panel().id(), pos, placed.get(pos).visible())
          .update();
    }
  }
}
