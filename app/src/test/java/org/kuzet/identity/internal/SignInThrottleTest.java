package org.kuzet.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Growing delays per address, and failures that stop counting after the window. */
class SignInThrottleTest {

  Instant now = Instant.parse("2026-12-07T09:00:00Z");
  final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };

  final SignInThrottle throttle =
      new SignInThrottle(
          new IdentitySettings.Throttle(5, Duration.ofMinutes(5), Duration.ofMinutes(15)), clock);

  @Test
  void theFirstFailuresPassThenEachAttemptWaitsTwiceAsLong() {
    for (int i = 0; i < 5; i++) {
      assertThat(throttle.waitFor("10.0.0.1")).isZero();
      throttle.recordFailure("10.0.0.1");
    }
    assertThat(throttle.waitFor("10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
    now = now.plusSeconds(1);
    throttle.recordFailure("10.0.0.1");
    assertThat(throttle.waitFor("10.0.0.1")).isEqualTo(Duration.ofSeconds(2));
    now = now.plusSeconds(2);
    throttle.recordFailure("10.0.0.1");
    assertThat(throttle.waitFor("10.0.0.1")).isEqualTo(Duration.ofSeconds(4));
    // Another address is not slowed down.
    assertThat(throttle.waitFor("10.0.0.2")).isZero();
    // Never longer than the maximum.
    assertThat(throttle.delay(20)).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void failuresOlderThanTheWindowAreForgotten() {
    for (int i = 0; i < 8; i++) {
      throttle.recordFailure("10.0.0.3");
    }
    assertThat(throttle.waitFor("10.0.0.3")).isPositive();
    now = now.plus(Duration.ofMinutes(16));
    assertThat(throttle.waitFor("10.0.0.3")).isZero();
  }
}
