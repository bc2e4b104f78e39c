package org.kuzet.trafficking.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such case, or one of another agency: both answer 404, so a caseworker cannot learn that
 * another agency holds a record.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class CaseNotFound extends RuntimeException {

  CaseNotFound(long id) {
    super("no victim case " + id);
  }
}
