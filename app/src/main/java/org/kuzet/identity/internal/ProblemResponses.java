package org.kuzet.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Refusals of the security filters written as RFC 9457 problem documents, for API clients that
 * never reach a controller. The texts are fixed, so they are written without a JSON library.
 */
final class ProblemResponses {

  private ProblemResponses() {}

  static void write(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String title,
      String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\""
                + title
                + "\",\"status\":"
                + status
                + ",\"detail\":\""
                + detail
                + "\",\"instance\":\""
                + request.getRequestURI().replaceAll("[\"\\\\\\p{Cntrl}]", "")
                + "\"}");
  }

  /**
   * An API request that a browser cannot have sent on its own: it carries a bearer token, or no
   * cookie that could hold a session.
   */
  static boolean isCookielessApiCall(HttpServletRequest request) {
    if (!isApi(request)) {
      return false;
    }
    String authorization = request.getHeader("Authorization");
    boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    return bearer || request.getCookies() == null || request.getCookies().length == 0;
  }

  static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/actuator/");
  }
}
