package org.kuzet.workspace.internal.search;

import org.kuzet.workspace.SearchNamesChanged;
import org.kuzet.workspace.SearchProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the search indexes following names changed in place: when a module publishes {@link
 * SearchNamesChanged}, its provider indexes them again once that change has committed. A failure
 * leaves the publication incomplete, so the event publication registry delivers it again.
 */
@Component
class SearchIndexing {

  private static final Logger log = LoggerFactory.getLogger(SearchIndexing.class);

  private final Search search;

  SearchIndexing(Search search) {
    this.search = search;
  }

  @ApplicationModuleListener
  void on(SearchNamesChanged event) {
    for (SearchProvider p : search.providers()) {
      if (p.module().equals(event.module())) {
        long t0 = System.nanoTime();
        p.namesChanged();
        log.debug(
            "search index of {} follows changed names in {} ms",
            p.module(),
            (System.nanoTime() - t0) / 1_000_000);
      }
    }
  }
}
