package org.kuzet.engine.finintel.io;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The whole input was refused: wrong header, broken or hostile XML, oversize. The message names the
 * line or element and the reason.
 */
public class InputRejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why, as a stable code, where the reason is one of the known few (else null). */
  private final @Nullable String code;

  /** The values the code's wording names, in order. */
  private final List<String> args;

  public InputRejectedException(String message) {
    super(message);
    this.code = null;
    this.args = List.of();
  }

  /** A refusal with a stable code and its values, and the English message. */
  public InputRejectedException(String code, List<String> args, String message) {
    super(message);
    this.code = code;
    this.args = List.copyOf(args);
  }

  /** A refusal with a stable code and its values, the English message, and what caused it. */
  public InputRejectedException(String code, List<String> args, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
    this.args = List.copyOf(args);
  }

  public @Nullable String code() {
    return code;
  }

  public List<String> args() {
    return args;
  }

  public InputRejectedException(String message, Throwable cause) {
    super(message, cause);
    this.code = null;
    this.args = List.of();
  }
}
