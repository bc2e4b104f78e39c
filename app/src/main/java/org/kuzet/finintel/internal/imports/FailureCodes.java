package org.kuzet.finintel.internal.imports;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Why a whole import failed, as a stable code with its values (the engine's {@code
 * InputRejectedException} codes, and the application's own below), worded on the import page by
 * {@code fin.importFailure.<code>}. The English message stays for the record and the API.
 */
final class FailureCodes {

  /** The application stopped while the import ran. */
  static final String INTERRUPTED = "INTERRUPTED";

  /** The database could not be reached; the value is how many minutes the import waited. */
  static final String OUTAGE = "OUTAGE";

  /** Any other reason: the page shows the English message as written. */
  static final String OTHER = "OTHER";

  /** Separates the stored values (a character no file name or column holds). */
  private static final String SEPARATOR = "\u001F";

  private FailureCodes() {}

  static String stored(List<String> args) {
    return String.join(SEPARATOR, args);
  }

  static List<String> args(@Nullable String stored) {
    return stored == null || stored.isEmpty()
        ? List.of()
        : Arrays.asList(stored.split(SEPARATOR, -1));
  }
}
