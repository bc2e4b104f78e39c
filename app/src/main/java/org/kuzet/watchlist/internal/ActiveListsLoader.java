package org.kuzet.watchlist.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Builds the screening engine from the active list versions once at start-up, before the demo data
 * (order 20) and before other modules' start-up work screens anybody.
 */
@Component
@Order(5)
class ActiveListsLoader implements ApplicationRunner {

  private final WatchlistManagement management;
  private final BatchScreenings batches;

  ActiveListsLoader(WatchlistManagement management, BatchScreenings batches) {
    this.management = management;
    this.batches = batches;
  }

  @Override
  public void run(ApplicationArguments args) {
    management.loadActiveVersions();
    batches.failInterrupted();
  }
}
