package org.kuzet.trafficking.internal;

import java.util.List;

/**
 * One thing wrong with what a caseworker entered: the field (as the API names it), the message
 * key that explains it in the officer's language, and the message's arguments.
 */
record Problem(String field, String key, List<Object> args) {

  Problem {
    args = List.copyOf(args);
  }

  static Problem of(String field, String key, Object... args) {
    return new Problem(field, key, List.of(args));
  }
}
