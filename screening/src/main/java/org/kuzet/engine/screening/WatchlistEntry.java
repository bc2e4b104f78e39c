package org.kuzet.engine.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One designated person, entity, vessel or aircraft of a {@link Watchlist}.
 *
 * @param id the list's own identifier: the UN reference number ({@code QDi.001}), OFAC's entity
 *     number ({@code ent_num}), or a national list's {@code id} column
 * @param kind what is designated
 * @param primaryName the name as the list gives it first
 * @param aliases other names (a.k.a., f.k.a., original script), without the primary name
 * @param birthDates known or approximate birth dates (persons)
 * @param nationalities nationalities or citizenships as written in the list
 * @param documents passport, identity and registration numbers, as written in the list
 */
public record WatchlistEntry(
    String id,
    EntryKind kind,
    String primaryName,
    List<String> aliases,
    List<BirthDate> birthDates,
    List<String> nationalities,
    List<String> documents) {

  public WatchlistEntry {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("entry id is blank");
    }
    if (primaryName == null || primaryName.isBlank()) {
      throw new IllegalArgumentException("entry " + id + " has no name");
    }
    Objects.requireNonNull(kind, "kind");
    aliases = List.copyOf(aliases);
    birthDates = List.copyOf(birthDates);
    nationalities = List.copyOf(nationalities);
    documents = List.copyOf(documents);
  }

  /** The primary name followed by the aliases. */
  public List<String> names() {
    List<String> all = new ArrayList<>(aliases.size() + 1);
    all.add(primaryName);
    all.addAll(aliases);
    return all;
  }
}
