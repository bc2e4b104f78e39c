package org.kuzet.watchlist.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.engine.screening.BirthDate;
import org.kuzet.engine.screening.ScreeningHit;
import org.kuzet.engine.screening.ScreeningQuery;
import org.kuzet.identity.AccessRules;
import org.kuzet.identity.KuzetUser;
import org.kuzet.web.Formats;
import org.kuzet.workspace.PersonKey;
import org.kuzet.workspace.PersonRecord;
import org.kuzet.workspace.SearchHit;
import org.kuzet.workspace.SearchKind;
import org.kuzet.workspace.SearchProvider;
import org.kuzet.workspace.SearchQuery;
import org.springframework.stereotype.Component;

/**
 * The watchlists' part of the search box and the person page: entries of the active lists that the
 * name matches, found by the screening engine's own in-memory index (the lists are not in tables).
 * Shown to the roles that may screen or manage lists, as the screening page is.
 */
@Component
class WatchlistSearch implements SearchProvider {

  private final ActiveLists lists;

  WatchlistSearch(ActiveLists lists) {
    this.lists = lists;
  }

  @Override
  public String module() {
    return "watchlist";
  }

  private static boolean mayLook(KuzetUser user) {
    return AccessRules.mayScreen(user) || AccessRules.mayManageWatchlists(user);
  }

  @Override
  public List<SearchHit> search(SearchQuery q, KuzetUser user) {
    if (!mayLook(user) || !q.hasName()) {
      return List.of();
    }
    return distinct(lists.screen(ScreeningQuery.of(q.text())).hits()).stream()
        .limit(q.limit())
        .map(
            h ->
                new SearchHit(
                    SearchKind.WATCHLIST_ENTRY,
                    module(),
                    h.primaryName(),
                    "search.detail.watchlistEntry",
                    List.of(
                        h.listName(),
                        h.entryId(),
                        Formats.code("watchlist.kind.", h.kind().name()),
                        h.score(),
                        h.matchedName()),
                    "/watchlists/lists/" + h.listName(),
                    null))
        .toList();
  }

  @Override
  public List<PersonRecord> personRecords(PersonKey person, String name, KuzetUser user) {
    if (!mayLook(user)) {
      return List.of();
    }
    BirthDate born = person.birthDate() == null ? null : BirthDate.of(person.birthDate());
    return distinct(lists.screen(new ScreeningQuery(name, born, null, null)).hits()).stream()
        .map(
            h ->
                new PersonRecord(
                    "search.section.watchlistEntries",
                    null,
                    h.primaryName(),
                    "search.detail.watchlistEntry",
                    List.of(
                        h.listName(),
                        h.entryId(),
                        Formats.code("watchlist.kind.", h.kind().name()),
                        h.score(),
                        h.matchedName()),
                    "/watchlists/lists/" + h.listName()))
        .toList();
  }

  /** One hit per list entry, the best scoring. */
  private static List<ScreeningHit> distinct(List<ScreeningHit> hits) {
    Map<String, ScreeningHit> best = new LinkedHashMap<>();
    for (ScreeningHit h : hits) {
      best.merge(h.listName() + "/" + h.entryId(), h, (a, b) -> a.score() >= b.score() ? a : b);
    }
    return List.copyOf(best.values());
  }
}
