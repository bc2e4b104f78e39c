package org.kuzet.workspace.internal.search;

import org.kuzet.workspace.SearchProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.stereotype.Component;

/**
 * Brings every provider's search index up to date once the application is up, in the background, so
 * that the first search after a start (or after a large import) does not wait for it. One-off
 * commands ({@code --kuzet.command}) skip it.
 */
@Component
@EnableScheduling // providers rebuild their indexes on a schedule (renamed records)
class SearchWarmUp {

  private static final Logger log = LoggerFactory.getLogger(SearchWarmUp.class);

  private final Search search;
  private final String command;

  SearchWarmUp(Search search, @Value("${kuzet.command:}") String command) {
    this.search = search;
    this.command = command;
  }

  @EventListener(ApplicationReadyEvent.class)
  void warmUp() {
    if (!command.isBlank()) {
      return;
    }
    Thread worker =
        new Thread(
            () -> {
              for (SearchProvider p : search.providers()) {
                long t0 = System.nanoTime();
                try {
                  p.warmUp();
                  log.info(
                      "search index of {} ready in {} ms",
                      p.module(),
                      (System.nanoTime() - t0) / 1_000_000);
                } catch (RuntimeException e) {
                  log.warn(
                      "search index of {} could not be brought up to date: {}",
                      p.module(),
                      e.toString());
                }
              }
            },
            "search-warm-up");
    worker.setDaemon(true);
    worker.start();
  }
}
