package org.kuzet.identity.internal;

import java.io.Serializable;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** An account signed in with its password (or, in tests, set up directly). */
public record LocalKuzetUser(
    long accountId,
    String username,
    String displayName,
    AgencyCode agency,
    Set<Role> roles,
    String password,
    boolean enabled,
    boolean locked)
    implements KuzetUser, UserDetails, Serializable {

  public LocalKuzetUser {
    roles = Set.copyOf(roles);
  }

  /** A signed-in user without a password, as tests and API tokens need. */
  public static LocalKuzetUser of(
      long accountId, String username, AgencyCode agency, Set<Role> roles) {
    return new LocalKuzetUser(accountId, username, username, agency, roles, "", true, false);
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return roles.stream()
        .map(r -> new SimpleGrantedAuthority(r.authority()))
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public String getPassword() {
    return password;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isAccountNonLocked() {
    return !locked;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public String toString() {
    // Never print the password hash.
    return "LocalKuzetUser[" + username + ", " + agency + ", " + roles + "]";
  }
}
