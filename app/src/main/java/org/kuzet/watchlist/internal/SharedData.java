package org.kuzet.watchlist.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finds the repository's sibling data folder {@code shared/data} by walking up from the working
 * directory, so it resolves from the repository root, a module folder or a CI checkout alike.
 */
final class SharedData {

  private SharedData() {}

  /** The configured folder when given, else the first {@code shared/data} found walking up. */
  static Optional<Path> locate(@Nullable String configured) {
    if (configured != null && !configured.isBlank()) {
      Path p = Path.of(configured).toAbsolutePath().normalize();
      return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("data");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
