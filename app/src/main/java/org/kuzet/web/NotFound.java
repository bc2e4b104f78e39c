package org.kuzet.web;

/**
 * No such record, or one the user may not know exists: both answer 404 (an HTML page, or a problem
 * document on {@code /api/**}), so that nobody learns from the answer that another agency holds a
 * record. The message names the record for logs and API callers.
 */
public class NotFound extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotFound(String what) {
    super(what + " not found");
  }

  public NotFound(String what, long id) {
    this(what + " " + id);
  }
}
