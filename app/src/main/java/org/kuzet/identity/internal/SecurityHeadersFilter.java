package org.kuzet.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A Content-Security-Policy and a Referrer-Policy on every response. Scripts run only from Kuzet's
 * own files, plus the page's own inline script blocks that carry this request's nonce (request
 * attribute {@code cspNonce}, written by the templates as {@code th:attr="nonce=${cspNonce}"}).
 * Styles may be inline: ECharts, Leaflet and Cytoscape.js set them on the elements they draw.
 * Charts export as {@code data:} and {@code blob:} images. Nothing is loaded from another site,
 * framed by one, or posted to one.
 */
final class SecurityHeadersFilter extends OncePerRequestFilter {

  static final String NONCE = "cspNonce";
  private static final SecureRandom RANDOM = new SecureRandom();

  static String policy(String nonce) {
    return "default-src 'self'; "
        + "script-src 'self' 'nonce-"
        + nonce
        + "'; "
        + "style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data: blob:; "
        + "font-src 'self'; "
        + "connect-src 'self'; "
        + "object-src 'none'; "
        + "base-uri 'self'; "
        + "form-action 'self'; "
        + "frame-ancestors 'self'";
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    String nonce = Base64.getEncoder().encodeToString(bytes);
    request.setAttribute(NONCE, nonce);
    response.setHeader("Content-Security-Policy", policy(nonce));
    response.setHeader("Referrer-Policy", "same-origin");
    chain.doFilter(request, response);
  }
}
