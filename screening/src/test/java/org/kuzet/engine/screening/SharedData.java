package org.kuzet.engine.screening;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared data folder: walks up from the working directory to a sibling {@code
 * shared/data}.
 */
public final class SharedData {

  private SharedData() {}

  /** {@code shared/data/<relative>}; fails loudly when the data is missing. */
  public static Path path(String relative) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("shared").resolve("data");
      if (Files.isDirectory(candidate)) {
        Path p = candidate.resolve(relative);
        if (!Files.exists(p)) {
          throw new IllegalStateException("shared data " + p + " is missing");
        }
        return p;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException(
        "no shared/data folder above "
            + Path.of("").toAbsolutePath()
            + ": the real watchlists and benchmarks are needed for these tests");
  }
}
