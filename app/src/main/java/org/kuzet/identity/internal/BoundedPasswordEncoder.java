package org.kuzet.identity.internal;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Hashes and checks passwords at most as many at a time as there are processors; the rest wait
 * their turn without using the CPU. bcrypt is slow on purpose (about 0.1 s of one core per check at
 * the default work factor): when a hundred people sign in together, a hundred checks at once would
 * share the cores with every page being opened, and every page would wait for them. Queued this way
 * the sign-ins take as long in total, and pages keep their share. The work factor is the
 * delegate's; this class never weakens it.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

  private final PasswordEncoder delegate;
  private final Semaphore permits;

  BoundedPasswordEncoder(PasswordEncoder delegate, int concurrent) {
    this.delegate = delegate;
    this.permits = new Semaphore(Math.max(1, concurrent), true);
  }

  @Override
  public @Nullable String encode(@Nullable CharSequence rawPassword) {
    return bounded(() -> delegate.encode(rawPassword));
  }

  @Override
  public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
    return bounded(() -> delegate.matches(rawPassword, encodedPassword));
  }

  @Override
  public boolean upgradeEncoding(@Nullable String encodedPassword) {
    return delegate.upgradeEncoding(encodedPassword);
  }

  private <T> T bounded(Supplier<T> work) {
    permits.acquireUninterruptibly();
    try {
      return work.get();
    } finally {
      permits.release();
    }
  }
}
