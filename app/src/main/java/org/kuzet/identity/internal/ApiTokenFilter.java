package org.kuzet.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.kuzet.identity.TokenScope;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} on the API and actuator endpoints as the
 * token's account, with that account's current roles and agency. Nothing is kept in a session: each
 * call carries its token. A token that is unknown, revoked, expired, or belongs to an account that
 * is disabled or not yet approved gets 401 at once; a call outside the token's {@link TokenScope}
 * (module, or a change with a read-only token) gets 403 before it reaches anything.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

  private final ApiTokens tokens;
  private final Accounts accounts;

  ApiTokenFilter(ApiTokens tokens, Accounts accounts) {
    this.tokens = tokens;
    this.accounts = accounts;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !ProblemResponses.isApi(request);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      chain.doFilter(request, response);
      return;
    }
    String secret = header.substring(7).strip();
    var grant =
        secret.isEmpty() || secret.length() > 200
            ? Optional.<ApiTokens.Grant>empty()
            : tokens.grantOf(secret);
    if (grant.isPresent() && grant.get().expired()) {
      response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      ProblemResponses.write(request, response, 401, "Unauthorized", "API token expired");
      return;
    }
    var user =
        grant
            .flatMap(g -> accounts.findById(g.accountId()))
            .filter(u -> u.isEnabled() && !u.roles().isEmpty());
    if (user.isEmpty()) {
      response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      ProblemResponses.write(
          request, response, 401, "Unauthorized", "invalid or revoked API token");
      return;
    }
    TokenScope scope = grant.get().scope();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String module = TokenScope.moduleOf(path);
    if (!scope.permits(module, request.getMethod())) {
      response.setHeader("WWW-Authenticate", "Bearer error=\"insufficient_scope\"");
      ProblemResponses.write(
          request,
          response,
          403,
          "Forbidden",
          "the token's scope ("
              + scope.stored()
              + ") does not allow "
              + request.getMethod()
              + " in "
              + module);
      return;
    }
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(new ApiTokenAuthentication(user.get(), scope));
    SecurityContextHolder.setContext(context);
    chain.doFilter(request, response);
  }
}
