package org.kuzet.web.internal;

import java.util.Set;
import org.kuzet.identity.Role;
import org.kuzet.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Navigation entries of the platform itself. Identity's pages are listed here rather than in
 * identity, because identity must not depend on the web module (the web module reads identity).
 */
@Configuration
class CoreNavigation {

  @Bean
  NavigationItem administrationNavigation() {
    return new NavigationItem("nav.administration", "/admin", Set.of(Role.ADMINISTRATOR), 1000);
  }
}
