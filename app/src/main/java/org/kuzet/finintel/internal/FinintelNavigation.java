package org.kuzet.finintel.internal;

import java.util.Set;
import org.kuzet.identity.Role;
import org.kuzet.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Menu entries of the workbench, for financial investigators only. */
@Configuration(proxyBeanMethods = false)
class FinintelNavigation {

  @Bean
  NavigationItem finintelAlerts() {
    return new NavigationItem(
        "fin.nav.alerts", "/finintel/alerts", Set.of(Role.FINANCIAL_INVESTIGATOR), 60);
  }

  @Bean
  NavigationItem finintelCases() {
    return new NavigationItem(
        "fin.nav.cases", "/finintel/cases", Set.of(Role.FINANCIAL_INVESTIGATOR), 61);
  }

  @Bean
  NavigationItem finintelImports() {
    return new NavigationItem(
        "fin.nav.imports", "/finintel/imports", Set.of(Role.FINANCIAL_INVESTIGATOR), 62);
  }
}
