package org.kuzet.interdiction.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.kuzet.interdiction.internal.inspection.AlertController;
import org.kuzet.interdiction.internal.inspection.InterdictionAccess;
import org.kuzet.interdiction.internal.lookout.Lookouts;
import org.kuzet.web.NavigationItem;
import org.kuzet.workspace.HomePanel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's menu entries and home page panels. */
@Configuration
class InterdictionHome {

  private static final Set<Role> ROLES = InterdictionAccess.ROLES;

  @Bean
  NavigationItem interdictionNavigation() {
    return new NavigationItem("interdiction.nav.posts", "/interdiction", ROLES, 20);
  }

  @Bean
  NavigationItem lookoutNavigation() {
    return new NavigationItem("interdiction.nav.lookouts", "/interdiction/lookouts", ROLES, 21);
  }

  @Bean
  HomePanel postAlertsPanel(AlertController alerts) {
    return new HomePanel() {
      @Override
      public String id() {
        return "interdiction-alerts";
      }

      @Override
      public String titleKey() {
        return "interdiction.panel.alerts";
      }

      @Override
      public String fragment() {
        return "interdiction/panels :: alerts";
      }

      @Override
      public boolean visibleTo(KuzetUser user) {
        return ROLES.stream().anyMatch(user::has);
      }

      @Override
      public Map<String, Object> model(KuzetUser user) {
        return Map.of("alerts", alerts.openFor(user));
      }

      @Override
      public int defaultOrder() {
        return 10;
      }
    };
  }

  @Bean
  HomePanel activeLookoutsPanel(Lookouts lookouts, InterdictionAccess access, Clock clock) {
    return new HomePanel() {
      @Override
      public String id() {
        return "interdiction-lookouts";
      }

      @Override
      public String titleKey() {
        return "interdiction.panel.lookouts";
      }

      @Override
      public String fragment() {
        return "interdiction/panels :: lookouts";
      }

      @Override
      public boolean visibleTo(KuzetUser user) {
        return ROLES.stream().anyMatch(user::has);
      }

      @Override
      public Map<String, Object> model(KuzetUser user) {
        return Map.of(
            "lookouts",
            lookouts.active(clock.instant(), 200).stream()
                .filter(l -> access.maySee(user, l))
                .limit(10)
                .toList());
      }

      @Override
      public int defaultOrder() {
        return 11;
      }
    };
  }
}
