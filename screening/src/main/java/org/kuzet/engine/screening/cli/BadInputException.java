package org.kuzet.engine.screening.cli;

/** Input the command cannot use; reported on standard error with exit code 2. */
public final class BadInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BadInputException(String message) {
    super(message);
  }

  public BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
