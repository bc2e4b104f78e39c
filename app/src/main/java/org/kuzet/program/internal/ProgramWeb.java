package org.kuzet.program.internal;

import java.util.Set;
import org.kuzet.identity.Role;
import org.kuzet.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The program office's entry in the main navigation. */
@Configuration
class ProgramWeb {

  @Bean
  NavigationItem programNavigation() {
    return new NavigationItem(
        "nav.program", "/program", Set.of(Role.PROGRAM_MANAGER, Role.PARTNER), 20);
  }
}
