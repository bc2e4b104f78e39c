package org.kuzet.identity;

import java.util.Arrays;
import java.util.Set;

/**
 * A signed-in person as every module sees them, whether they signed in with a password, an OpenID
 * Connect provider or an API token.
 */
public interface KuzetUser {

  long accountId();

  String username();

  String displayName();

  AgencyCode agency();

  /** Empty while an administrator has not yet approved a federated account. */
  Set<Role> roles();

  default boolean has(Role role) {
    return roles().contains(role);
  }

  default boolean hasAny(Role... wanted) {
    return Arrays.stream(wanted).anyMatch(roles()::contains);
  }

  default boolean belongsTo(AgencyCode other) {
    return agency().equals(other);
  }
}
