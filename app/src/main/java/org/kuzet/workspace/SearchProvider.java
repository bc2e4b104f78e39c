package org.kuzet.workspace;

import java.util.List;
import org.kuzet.identity.KuzetUser;

/**
 * A module's part of the one search box and of the person page. A module declares one as a bean in
 * its own internal package; the workspace asks every provider and groups what they return.
 *
 * <p>A provider returns only what the user may see under the module's own access rules, looks
 * records up through indexed normalised keys (never by scanning its tables), and never throws for a
 * query it cannot use: it returns nothing.
 */
public interface SearchProvider {

  /** The module's name, for the audit log and the benchmark: "interdiction", "finintel" ... */
  String module();

  /** Hits for the query that this user may see. */
  List<SearchHit> search(SearchQuery query, KuzetUser user);

  /**
   * Everything about this person that this user may see in the module. {@code name} is the name as
   * the user opened the page with (its key is {@code person.nameKey()}).
   */
  List<PersonRecord> personRecords(PersonKey person, String name, KuzetUser user);

  /** Brings the provider's search indexes up to date; run once in the background at start-up. */
  default void warmUp() {}

  /**
   * Indexes again the names that changed in place (renamed or erased records), after the module
   * published {@link SearchNamesChanged}; runs once that transaction has committed.
   */
  default void namesChanged() {}
}
