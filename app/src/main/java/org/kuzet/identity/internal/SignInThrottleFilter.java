package org.kuzet.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns a password sign-in away, before its password is even checked, while its address must still
 * wait (see {@link SignInThrottle}); the sign-in page says how long.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(SignInThrottleFilter.class);

  private final SignInThrottle throttle;

  SignInThrottleFilter(SignInThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !("POST".equals(request.getMethod()) && "/login".equals(path));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var wait = throttle.waitFor(request.getRemoteAddr());
    if (wait.isZero()) {
      chain.doFilter(request, response);
      return;
    }
    log.info(
        "sign-in from {} turned away: wait {} s", request.getRemoteAddr(), wait.toSeconds() + 1);
    response.sendRedirect(request.getContextPath() + "/login?throttled");
  }
}
