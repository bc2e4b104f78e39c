package org.kuzet.identity.internal;

import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of sign-in under {@code kuzet.identity}: the lockout after failed passwords and, per
 * OpenID Connect registration id, the logo of its button and the agency its people usually belong
 * to (a suggestion for the administrator who approves them).
 */
@ConfigurationProperties("kuzet.identity")
record IdentitySettings(Lockout lockout, Throttle throttle, Map<String, Provider> providers) {

  /** No provider settings read as none. */
  IdentitySettings(
      @DefaultValue Lockout lockout,
      @DefaultValue Throttle throttle,
      @Nullable Map<String, Provider> providers) {
    this.lockout = lockout;
    this.throttle = throttle;
    this.providers = providers == null ? Map.of() : Map.copyOf(providers);
  }

  /**
   * After {@code maxFailures} wrong passwords for one account from one address, that address is
   * locked out of the account for {@code duration}; after {@code accountMaxFailures} from all
   * addresses together, the whole account is. Failures older than {@code window} stop counting.
   */
  record Lockout(
      @DefaultValue("5") int maxFailures,
      @DefaultValue("15m") Duration duration,
      @DefaultValue("15m") Duration window,
      @DefaultValue("50") int accountMaxFailures) {
    Lockout {
      if (maxFailures < 1) {
        throw new IllegalArgumentException(
            "kuzet.identity.lockout.max-failures must be at least 1");
      }
      if (accountMaxFailures < maxFailures) {
        throw new IllegalArgumentException(
            "kuzet.identity.lockout.account-max-failures must be at least max-failures");
      }
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("kuzet.identity.lockout.duration must be positive");
      }
      if (window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("kuzet.identity.lockout.window must be positive");
      }
    }
  }

  /**
   * Per client address, whatever the username: {@code freeAttempts} failed sign-ins within {@code
   * window} pass at once; after that each attempt must wait twice as long as the one before (1 s, 2
   * s, 4 s, ... up to {@code maxDelay}) after the latest failure.
   */
  record Throttle(
      @DefaultValue("5") int freeAttempts,
      @DefaultValue("5m") Duration maxDelay,
      @DefaultValue("15m") Duration window) {
    Throttle {
      if (freeAttempts < 1) {
        throw new IllegalArgumentException(
            "kuzet.identity.throttle.free-attempts must be at least 1");
      }
      if (maxDelay.isNegative() || maxDelay.isZero() || window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException(
            "kuzet.identity.throttle max-delay and window must be positive");
      }
    }
  }

  /** Display settings of one OpenID Connect provider. */
  record Provider(@Nullable String logo, @Nullable String agency) {}

  Provider provider(String registrationId) {
    return providers.getOrDefault(registrationId, new Provider(null, null));
  }
}
