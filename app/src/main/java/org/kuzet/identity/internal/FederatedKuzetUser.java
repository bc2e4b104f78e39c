package org.kuzet.identity.internal;

import java.io.Serializable;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through an OpenID Connect provider, mapped to their Kuzet account: the
 * provider's tokens and claims, with the account's agency and roles (none while pending).
 */
final class FederatedKuzetUser implements KuzetUser, OidcUser, Serializable {

  private final LocalKuzetUser account;
  private final OidcUser oidc;

  FederatedKuzetUser(LocalKuzetUser account, OidcUser oidc) {
    this.account = account;
    this.oidc = oidc;
  }

  FederatedKuzetUser withAccount(LocalKuzetUser updated) {
    return new FederatedKuzetUser(updated, oidc);
  }

  @Override
  public long accountId() {
    return account.accountId();
  }

  @Override
  public String username() {
    return account.username();
  }

  @Override
  public String displayName() {
    return account.displayName();
  }

  @Override
  public AgencyCode agency() {
    return account.agency();
  }

  @Override
  public Set<Role> roles() {
    return account.roles();
  }

  @Override
  public Map<String, Object> getClaims() {
    return oidc.getClaims();
  }

  @Override
  public @Nullable OidcUserInfo getUserInfo() {
    return oidc.getUserInfo();
  }

  @Override
  public OidcIdToken getIdToken() {
    return oidc.getIdToken();
  }

  @Override
  public Map<String, Object> getAttributes() {
    return oidc.getAttributes();
  }

  /** The account's roles, never anything the provider claims: Kuzet decides who may do what. */
  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return account.getAuthorities();
  }

  /** The account's username, which log lines and the audit log name. */
  @Override
  public String getName() {
    return account.username();
  }

  @Override
  public String toString() {
    return "FederatedKuzetUser[" + username() + ", " + agency() + ", " + roles() + "]";
  }
}
