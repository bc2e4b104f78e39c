package org.kuzet.program.internal;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Small lookups the record pages share. */
final class ProgramPagesSupport {

  private ProgramPagesSupport() {}

  static Optional<Long> parseId(String id) {
    try {
      return Optional.of(Long.parseLong(id));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  static Map<ProjectId, String> projectCodes(Projects projects) {
    return projects.visible(Scope.EVERYTHING).stream()
        .collect(Collectors.toMap(Project::id, Project::code));
  }
}
