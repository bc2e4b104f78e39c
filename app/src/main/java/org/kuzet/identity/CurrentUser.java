package org.kuzet.identity;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is asking, taken from the security context of the current request. */
public final class CurrentUser {

  private CurrentUser() {}

  public static Optional<KuzetUser> get() {
    return from(SecurityContextHolder.getContext().getAuthentication());
  }

  public static Optional<KuzetUser> from(@Nullable Authentication authentication) {
    if (authentication != null && authentication.getPrincipal() instanceof KuzetUser user) {
      return Optional.of(user);
    }
    return Optional.empty();
  }

  /** The signed-in user; refuses the request when there is none. */
  public static KuzetUser require() {
    return get().orElseThrow(() -> new AccessDeniedException("sign-in required"));
  }
}
