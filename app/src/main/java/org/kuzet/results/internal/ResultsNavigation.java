package org.kuzet.results.internal;

import java.util.Set;
import org.kuzet.identity.Role;
import org.kuzet.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The "Results" entry of the main navigation. */
@Configuration(proxyBeanMethods = false)
class ResultsNavigation {

  @Bean
  NavigationItem resultsNavigationItem() {
    return new NavigationItem(
        "results.nav",
        "/results",
        Set.of(Role.PROGRAM_MANAGER, Role.PARTNER, Role.ADMINISTRATOR),
        25);
  }
}
