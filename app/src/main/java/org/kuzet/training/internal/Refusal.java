package org.kuzet.training.internal;

/**
 * A request the training rules refuse (bad dates, a duplicate enrolment, a full session ...).
 * Carries a message key of {@code i18n/training} and its arguments so that pages can say what is
 * wrong in the user's language; {@link #getMessage()} names the key for logs and API callers.
 */
class Refusal extends RuntimeException {

  private final String key;
  private final Object[] args;

  Refusal(String key, Object... args) {
    super(key);
    this.key = key;
    this.args = args.clone();
  }

  String key() {
    return key;
  }

  Object[] args() {
    return args.clone();
  }
}
