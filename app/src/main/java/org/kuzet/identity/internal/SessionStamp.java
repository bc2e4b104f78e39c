package org.kuzet.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a signed-in session remembers of its sign-in: the account's session epoch then (a password
 * change or reset raises it, ending older sessions) and when it happened (a fresh sign-in stands in
 * for the password where an account has none).
 */
final class SessionStamp {

  static final String EPOCH = "kuzet.sessionEpoch";
  static final String SIGNED_IN_AT = "kuzet.signedInAt";

  private SessionStamp() {}

  static void stamp(HttpServletRequest request, int epoch, Instant now) {
    HttpSession session = request.getSession();
    session.setAttribute(EPOCH, epoch);
    session.setAttribute(SIGNED_IN_AT, now);
  }

  /** Keeps the current session across a change that ends the others. */
  static void restamp(@Nullable HttpSession session, int epoch) {
    if (session != null) {
      session.setAttribute(EPOCH, epoch);
    }
  }

  /** The epoch the session signed in under; null for a session that never recorded one. */
  static @Nullable Integer epoch(HttpSession session) {
    return session.getAttribute(EPOCH) instanceof Integer i ? i : null;
  }

  /** Whether the session signed in within {@code within}. */
  static boolean signedInWithin(@Nullable HttpSession session, Duration within, Instant now) {
    return session != null
        && session.getAttribute(SIGNED_IN_AT) instanceof Instant at
        && at.isAfter(now.minus(within));
  }
}
