package org.kuzet.engine.finintel.io;

import java.util.Objects;

/** A row a reader skipped: the 1-based line in the file where it starts and why. */
public record RowError(long line, String reason) {
  public RowError {
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return "line " + line + ": " + reason;
  }
}
