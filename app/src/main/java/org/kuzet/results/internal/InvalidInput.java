package org.kuzet.results.internal;

/** A form value that cannot be saved: the field, and a message key of {@code i18n/results} with its arguments. */
class InvalidInput extends RuntimeException {

  private final String field;
  private final String key;
  private final transient Object[] args;

  InvalidInput(String field, String key, Object... args) {
    super(field + ": " + key);
    this.field = field;
    this.key = key;
    this.args = args;
  }

  String field() {
    return field;
  }

  String key() {
    return key;
  }

  Object[] args() {
    return args;
  }
}
