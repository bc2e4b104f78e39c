package org.kuzet.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes an administrator's changes take effect at the next request of a signed-in person, not only
 * at their next sign-in: a disabled account is signed out, an approved one gets its roles, a
 * changed agency or role set replaces the one in the session, and a session signed in before the
 * password was changed or reset (elsewhere) is signed out.
 */
final class AccountRefreshFilter extends OncePerRequestFilter {

  private final Accounts accounts;
  private final HttpSessionSecurityContextRepository sessions =
      new HttpSessionSecurityContextRepository();

  AccountRefreshFilter(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/css/")
        || path.startsWith("/js/")
        || path.startsWith("/images/")
        || path.startsWith("/webjars/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && !(auth instanceof ApiTokenAuthentication)) {
      CurrentUser.from(auth).ifPresent(user -> refresh(request, response, auth, user));
    }
    chain.doFilter(request, response);
  }

  private void refresh(
      HttpServletRequest request,
      HttpServletResponse response,
      Authentication auth,
      KuzetUser user) {
    // An id the database does not know (a test's made-up user) is left alone.
    var current = accounts.current(user.accountId()).orElse(null);
    if (current == null) {
      return;
    }
    var stored = current.user();
    var session = request.getSession(false);
    if (session != null) {
      Integer signedInUnder = SessionStamp.epoch(session);
      if (signedInUnder == null) {
        // Signed in before sessions were stamped: from now on this one is covered too.
        SessionStamp.restamp(session, current.sessionEpoch());
      } else if (signedInUnder != current.sessionEpoch()) {
        // The password was changed or reset since this session signed in.
        signOut(request);
        return;
      }
    }
    if (!stored.isEnabled()) {
      signOut(request);
      return;
    }
    if (stored.roles().equals(user.roles())
        && stored.agency().equals(user.agency())
        && stored.displayName().equals(user.displayName())) {
      return;
    }
    Authentication fresh;
    if (auth instanceof OAuth2AuthenticationToken oauth
        && auth.getPrincipal() instanceof FederatedKuzetUser federated) {
      var updated = federated.withAccount(stored);
      fresh =
          new OAuth2AuthenticationToken(
              updated, updated.getAuthorities(), oauth.getAuthorizedClientRegistrationId());
    } else {
      fresh =
          UsernamePasswordAuthenticationToken.authenticated(stored, null, stored.getAuthorities());
    }
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(fresh);
    SecurityContextHolder.setContext(context);
    sessions.saveContext(context, request, response);
  }

  private static void signOut(HttpServletRequest request) {
    SecurityContextHolder.clearContext();
    var session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }
}
