package org.kuzet.engine.finintel.io;

/**
 * The whole input was refused: wrong header, broken or hostile XML, oversize. The message names
 * the line or element and the reason.
 */
public class InputRejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InputRejectedException(String message) {
    super(message);
  }

  public InputRejectedException(String message, Throwable cause) {
    super(message, cause);
  }
}
