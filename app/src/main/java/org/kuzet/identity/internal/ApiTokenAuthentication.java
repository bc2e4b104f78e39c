package org.kuzet.identity.internal;

import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.TokenScope;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request authenticated by a personal API token: the account, its roles and agency, and the
 * token's scope.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

  private final LocalKuzetUser user;
  private final TokenScope scope;

  ApiTokenAuthentication(LocalKuzetUser user, TokenScope scope) {
    super(user.getAuthorities());
    this.user = user;
    this.scope = scope;
    setAuthenticated(true);
  }

  TokenScope scope() {
    return scope;
  }

  @Override
  public Object getCredentials() {
    // The token is never kept after the lookup.
    return "";
  }

  @Override
  public KuzetUser getPrincipal() {
    return user;
  }
}
