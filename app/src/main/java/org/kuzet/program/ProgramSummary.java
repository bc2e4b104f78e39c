package org.kuzet.program;

import java.util.Map;
import java.util.Set;
import org.kuzet.identity.AgencyCode;

/**
 * A program as other modules see it: its code, country, names by language ({@code en}, {@code ru},
 * {@code kk}, where written) and the agencies implementing its projects — the partners who may read
 * its records under {@link org.kuzet.identity.AccessRules#mayReadProject}.
 */
public record ProgramSummary(
    String code,
    String countryCode,
    Map<String, String> names,
    Set<AgencyCode> implementingAgencies,
    boolean onFactsheet) {

  public ProgramSummary {
    names = Map.copyOf(names);
    implementingAgencies = Set.copyOf(implementingAgencies);
  }

  /** The name in the language, English when not translated, the code when unnamed. */
  public String name(String lang) {
    String n = names.get(lang);
    if (n == null || n.isBlank()) {
      n = names.get("en");
    }
    return n == null || n.isBlank() ? code : n;
  }
}
