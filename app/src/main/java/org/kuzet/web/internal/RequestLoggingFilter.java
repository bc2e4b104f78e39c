package org.kuzet.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the signed-in user (by password, provider or API token) and a request id into the logging
 * context, so every log line says who did what in which request, and logs each API call with its
 * status. Unordered filters run after the security filters, which establish the user.
 */
@Component
class RequestLoggingFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger("org.kuzet.api");

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    MDC.put("user", CurrentUser.get().map(KuzetUser::username).orElse("anonymous"));
    MDC.put(
        "request",
        request.getMethod()
            + " "
            + request.getRequestURI()
            + " "
            + UUID.randomUUID().toString().substring(0, 8));
    try {
      chain.doFilter(request, response);
    } finally {
      if (request.getRequestURI().startsWith("/api/")) {
        // Scripts leave no other trace in the log: one line per call, who and with what outcome.
        log.info(
            "api {} {} -> {}", request.getMethod(), request.getRequestURI(), response.getStatus());
      }
      MDC.remove("user");
      MDC.remove("request");
    }
  }
}
