package org.kuzet.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the signed-in user and a request id into the logging context, so every log line says who
 * did what in which request. Unordered filters run after the security filters, which establish
 * the user.
 */
@Component
class RequestLoggingFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    MDC.put("user", CurrentUser.get().map(KuzetUser::username).orElse("anonymous"));
    MDC.put(
        "request",
        request.getMethod() + " " + request.getRequestURI() + " " + UUID.randomUUID().toString().substring(0, 8));
    try {
      chain.doFilter(request, response);
    } finally {
      MDC.remove("user");
      MDC.remove("request");
    }
  }
}
