package org.kuzet.watchlist;

import java.util.List;
import java.util.Map;
import org.kuzet.engine.screening.ScreeningQuery;

/**
 * Screens names against the active watchlist versions. A Spring bean: inject it.
 *
 * <p>Each call uses one immutable snapshot of the active lists, so a result never mixes versions,
 * and activation of a new version (see {@link WatchlistActivated}) never blocks screening. The
 * caller records who screened whom; this service only answers.
 */
public interface WatchlistScreening {

  /** Hits for one query at the engine's default threshold, with the list versions used. */
  ScreeningResult screen(ScreeningQuery query);

  /** Hits for several queries, all against the same list versions; results in query order. */
  List<ScreeningResult> screenAll(List<ScreeningQuery> queries);

  /** List name to active version (SHA-256), for display and for recording. */
  Map<String, String> activeVersions();
}
