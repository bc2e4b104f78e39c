package org.kuzet.web;

import java.util.Set;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;

/**
 * An entry of the main navigation. Each module declares its own as a bean; the layout shows the
 * entries whose roles the signed-in user holds, ordered by {@code order}.
 */
public record NavigationItem(String messageKey, String path, Set<Role> roles, int order) {

  public NavigationItem {
    roles = Set.copyOf(roles);
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("navigation path must start with '/': " + path);
    }
  }

  public boolean visibleTo(KuzetUser user) {
    return roles.isEmpty() ? !user.roles().isEmpty() : roles.stream().anyMatch(user::has);
  }
}
