package org.kuzet.identity.internal;

import org.kuzet.identity.KuzetUser;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request authenticated by a personal API token: the account, its roles and agency. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

  private final LocalKuzetUser user;

  ApiTokenAuthentication(LocalKuzetUser user) {
    super(user.getAuthorities());
    this.user = user;
    setAuthenticated(true);
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
