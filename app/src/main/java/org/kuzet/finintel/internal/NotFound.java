package org.kuzet.finintel.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A workbench record that does not exist. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotFound extends RuntimeException {
  private static final long serialVersionUID = 1L;

  NotFound(String what, long id) {
    super(what + " " + id + " does not exist");
  }
}
