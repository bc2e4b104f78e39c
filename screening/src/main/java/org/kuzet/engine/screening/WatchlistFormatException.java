package org.kuzet.engine.screening;

import org.jspecify.annotations.Nullable;

/**
 * A list file that cannot be trusted: malformed, truncated, oversized or hostile (a DOCTYPE or
 * external entity in XML). Nothing of such a file is returned; whatever version was active stays
 * active.
 */
public class WatchlistFormatException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final String location;
  private final String reason;

  /**
   * @param file the file name
   * @param location where in the file (for example "line 12", "line 40, column 7, element
   *     INDIVIDUAL"); may be empty
   * @param reason what is wrong
   */
  public WatchlistFormatException(String file, String location, String reason) {
    this(file, location, reason, null);
  }

  public WatchlistFormatException(
      String file, String location, String reason, @Nullable Throwable cause) {
    super(
        file + (location == null || location.isEmpty() ? "" : ", " + location) + ": " + reason,
        cause);
    this.file = file;
    this.location = location == null ? "" : location;
    this.reason = reason;
  }

  /** The file name. */
  public String file() {
    return file;
  }

  /** Where in the file, or empty. */
  public String location() {
    return location;
  }

  /** What is wrong. */
  public String reason() {
    return reason;
  }

  /** The file, the place when there is one, and the reason; never null. */
  @Override
  public String getMessage() {
    return file + (location.isEmpty() ? "" : ", " + location) + ": " + reason;
  }
}
