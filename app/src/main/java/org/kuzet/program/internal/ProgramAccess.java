package org.kuzet.program.internal;

import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AccessRules;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.kuzet.web.NotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Applies the program policies of {@link AccessRules} to records: who may edit, and which projects
 * a partner may read. A project outside a partner's reach answers 404, so its existence does not
 * leak.
 */
@Component
class ProgramAccess {

  private final Projects projects;

  ProgramAccess(Projects projects) {
    this.projects = projects;
  }

  Scope scopeOf(KuzetUser user) {
    if (user.has(Role.PROGRAM_MANAGER)) {
      return Scope.EVERYTHING;
    }
    if (user.has(Role.PARTNER)) {
      return Scope.partner(user.agency());
    }
    throw new AccessDeniedException("program records are for program managers and partners");
  }

  boolean mayEdit(KuzetUser user) {
    return AccessRules.mayEditProgram(user);
  }

  void requireEditor(KuzetUser user) {
    if (!mayEdit(user)) {
      throw new AccessDeniedException("only program managers change program records");
    }
  }

  /** The project, if this user may read it; 404 otherwise. */
  Project requireProject(KuzetUser user, ProjectId projectId) {
    scopeOf(user);
    var project = projects.find(projectId).orElseThrow(() -> new NotFound("program record"));
    var implementing =
        project.implementing().stream().map(AgencyCode::of).collect(Collectors.toSet());
    if (!AccessRules.mayReadProject(user, implementing)) {
      throw new NotFound("program record");
    }
    return project;
  }

  /** For records that may hang off no project: only the program managers read those. */
  void requireOptionalProject(KuzetUser user, @Nullable ProjectId projectId) {
    if (projectId == null) {
      if (!scopeOf(user).everything()) {
        throw new NotFound("program record");
      }
    } else {
      requireProject(user, projectId);
    }
  }
}
