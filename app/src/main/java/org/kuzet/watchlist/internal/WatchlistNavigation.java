package org.kuzet.watchlist.internal;

import static org.kuzet.identity.Role.ADMINISTRATOR;
import static org.kuzet.identity.Role.ANALYST;
import static org.kuzet.identity.Role.BORDER_OFFICER;
import static org.kuzet.identity.Role.CHECKPOINT_OFFICER;
import static org.kuzet.identity.Role.FINANCIAL_INVESTIGATOR;

import java.util.Set;
import org.kuzet.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's menu entries: screening for the roles that screen, lists for their managers. */
@Configuration
class WatchlistNavigation {

  @Bean
  NavigationItem screeningNavigation() {
    return new NavigationItem(
        "watchlist.nav.screening",
        "/screening",
        Set.of(CHECKPOINT_OFFICER, BORDER_OFFICER, ANALYST, FINANCIAL_INVESTIGATOR),
        40);
  }

  @Bean
  NavigationItem watchlistsNavigation() {
    return new NavigationItem(
        "watchlist.nav.lists", "/watchlists", Set.of(ANALYST, ADMINISTRATOR), 41);
  }
}
