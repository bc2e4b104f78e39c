package org.kuzet.training.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such training record (or one the user may not know exists). */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotFound extends RuntimeException {
  NotFound(String what, long id) {
    super(what + " " + id + " not found");
  }
}
