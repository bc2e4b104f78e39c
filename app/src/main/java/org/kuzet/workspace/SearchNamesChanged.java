package org.kuzet.workspace;

/**
 * Names that a module's search provider indexes changed other than by records being added (a
 * project renamed, a victim's personal data erased). The module publishes it in the transaction
 * that changes them; once that commits, the workspace has the module's provider bring its index up
 * to date ({@link SearchProvider#namesChanged}), so the search box finds a record under its new
 * name, and no longer under the old one, at once. New records need no event: a provider catches up
 * with them before each search.
 *
 * @param module the provider's {@link SearchProvider#module() module name}, e.g. "program"
 */
public record SearchNamesChanged(String module) {

  public SearchNamesChanged {
    if (module == null || module.isBlank() || module.length() > 40) {
      throw new IllegalArgumentException("a module name is 1-40 characters");
    }
  }
}
