package org.kuzet.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing from one client address, whatever usernames it tries: a few failed sign-ins
 * pass at once, then each further attempt must wait twice as long as the one before. Failures older
 * than the window are forgotten. Kept in memory: a restart forgets it, which costs an attacker
 * nothing they could not get by waiting, and the per-account lockout in the database still holds.
 */
@Component
class SignInThrottle {

  /** At most this many addresses are remembered; the stalest are dropped first. */
  static final int MAX_ADDRESSES = 100_000;

  private final IdentitySettings.Throttle settings;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  @Autowired
  SignInThrottle(IdentitySettings settings, Clock clock) {
    this(settings.throttle(), clock);
  }

  SignInThrottle(IdentitySettings.Throttle settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /** How long the address must still wait before its next attempt; zero when it may try now. */
  Duration waitFor(String address) {
    var recent = failures.get(address);
    if (recent == null) {
      return Duration.ZERO;
    }
    synchronized (recent) {
      Instant now = clock.instant();
      forgetOld(recent, now);
      int beyond = recent.size() - settings.freeAttempts();
      if (beyond < 0) {
        return Duration.ZERO;
      }
      Instant allowedAt = recent.peekLast().plus(delay(beyond));
      return allowedAt.isAfter(now) ? Duration.between(now, allowedAt) : Duration.ZERO;
    }
  }

  /** 1 s for the first attempt past the free ones, doubling, never more than the maximum. */
  Duration delay(int beyondFree) {
    if (beyondFree >= 30) {
      return settings.maxDelay();
    }
    Duration d = Duration.ofSeconds(1L << beyondFree);
    return d.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : d;
  }

  /** Failed sign-ins from the address that still count. */
  int recentFailures(String address) {
    var recent = failures.get(address);
    if (recent == null) {
      return 0;
    }
    synchronized (recent) {
      forgetOld(recent, clock.instant());
      return recent.size();
    }
  }

  void recordFailure(String address) {
    if (failures.size() >= MAX_ADDRESSES) {
      forgetStale();
    }
    var recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
    synchronized (recent) {
      Instant now = clock.instant();
      forgetOld(recent, now);
      recent.addLast(now);
      // Only the count within the window matters; keep the deque bounded.
      while (recent.size() > settings.freeAttempts() + 40) {
        recent.removeFirst();
      }
    }
  }

  private void forgetOld(Deque<Instant> recent, Instant now) {
    Instant cutoff = now.minus(settings.window());
    while (!recent.isEmpty() && recent.peekFirst().isBefore(cutoff)) {
      recent.removeFirst();
    }
  }

  private void forgetStale() {
    Instant now = clock.instant();
    failures
        .entrySet()
        .removeIf(
            e -> {
              synchronized (e.getValue()) {
                forgetOld(e.getValue(), now);
                return e.getValue().isEmpty();
              }
            });
    if (failures.size() >= MAX_ADDRESSES) {
      failures.clear();
    }
  }
}
