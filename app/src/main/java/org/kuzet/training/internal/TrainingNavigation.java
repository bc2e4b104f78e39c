package org.kuzet.training.internal;

import java.util.Set;
import org.kuzet.identity.Role;
import org.kuzet.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The "Training" entry of the main navigation, for coordinators and program managers. */
@Configuration(proxyBeanMethods = false)
class TrainingNavigation {

  @Bean
  NavigationItem trainingNavigationItem() {
    return new NavigationItem(
        "nav.training", "/training", Set.of(Role.TRAINING_COORDINATOR, Role.PROGRAM_MANAGER), 60);
  }
}
