package org.kuzet.trafficking.internal;

import java.util.Set;
import org.kuzet.identity.Role;
import org.kuzet.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Menu entries: cases for caseworkers, the anonymised statistics for the program office. */
@Configuration(proxyBeanMethods = false)
class TraffickingNavigation {

  @Bean
  NavigationItem traffickingCases() {
    return new NavigationItem(
        "tip.nav.cases", "/trafficking/cases", Set.of(Role.TIP_CASEWORKER), 80);
  }

  @Bean
  NavigationItem traffickingStatistics() {
    return new NavigationItem(
        "tip.nav.statistics",
        "/trafficking/statistics",
        Set.of(Role.PROGRAM_MANAGER, Role.PARTNER),
        81);
  }
}
