package org.kuzet.identity.internal;

import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of sign-in under {@code kuzet.identity}: the lockout after failed passwords and, per
 * OpenID Connect registration id, the logo of its button and the agency its people usually
 * belong to (a suggestion for the administrator who approves them).
 */
@ConfigurationProperties("kuzet.identity")
record IdentitySettings(@DefaultValue Lockout lockout, @Nullable Map<String, Provider> providers) {

  IdentitySettings {
    providers = providers == null ? Map.of() : Map.copyOf(providers);
  }

  /** After {@code maxFailures} wrong passwords in a row the account is locked for {@code duration}. */
  record Lockout(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration duration) {
    Lockout {
      if (maxFailures < 1) {
        throw new IllegalArgumentException("kuzet.identity.lockout.max-failures must be at least 1");
      }
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("kuzet.identity.lockout.duration must be positive");
      }
    }
  }

  /** Display settings of one OpenID Connect provider. */
  record Provider(@Nullable String logo, @Nullable String agency) {}

  Provider provider(String registrationId) {
    return providers.getOrDefault(registrationId, new Provider(null, null));
  }
}
