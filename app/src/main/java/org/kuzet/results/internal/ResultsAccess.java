package org.kuzet.results.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AccessRules;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.kuzet.program.ProgramManagement;
import org.kuzet.program.ProgramSummary;
import org.kuzet.web.NotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees which program's results, following the program office's rules: program managers and
 * administrators every program, a partner the programs whose projects its agency implements (read
 * only, with the funding of those projects only); another partner's program answers 404.
 */
@Component
class ResultsAccess {

  private final ProgramManagement programs;

  ResultsAccess(ProgramManagement programs) {
    this.programs = programs;
  }

  List<ProgramSummary> visiblePrograms(KuzetUser user) {
    if (seesEverything(user)) {
      return programs.programs();
    }
    if (user.has(Role.PARTNER)) {
      return programs.programs().stream()
          .filter(p -> AccessRules.mayReadProject(user, p.implementingAgencies()))
          .toList();
    }
    throw new AccessDeniedException("results are for the program office and its partners");
  }

  ProgramSummary requireProgram(KuzetUser user, String code) {
    return visiblePrograms(user).stream()
        .filter(p -> p.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new NotFound("results record"));
  }

  /** The country's programs this user sees; 404 when none. */
  List<ProgramSummary> requireCountry(KuzetUser user, String country) {
    var list = visiblePrograms(user).stream().filter(p -> p.countryCode().equals(country)).toList();
    if (list.isEmpty()) {
      throw new NotFound("results record");
    }
    return list;
  }

  boolean seesEverything(KuzetUser user) {
    return user.hasAny(Role.PROGRAM_MANAGER, Role.ADMINISTRATOR);
  }

  /** Whose projects' funding the user sees: null for everything, the partner's agency otherwise. */
  @Nullable AgencyCode fundingScope(KuzetUser user) {
    return seesEverything(user) ? null : user.agency();
  }

  boolean mayEdit(KuzetUser user) {
    return AccessRules.mayEditResults(user);
  }

  void requireEditor(KuzetUser user) {
    if (!mayEdit(user)) {
      throw new AccessDeniedException("only program managers and administrators change results");
    }
  }
}
