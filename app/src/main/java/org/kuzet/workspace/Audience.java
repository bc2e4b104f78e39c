package org.kuzet.workspace;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;

/**
 * Who receives a notification: users holding one of {@code roles}, of {@code agency} (any agency
 * when null), and, when {@code username} is set, only that user. The source module states the same
 * role and agency its record's access rule demands, so a notification never reaches someone who
 * could not open the record, even a named user whose agency or roles have since changed.
 */
public record Audience(@Nullable String username, Set<Role> roles, @Nullable AgencyCode agency) {

  public Audience {
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("an audience names at least one role");
    }
    roles = Set.copyOf(roles);
    if (username != null && username.isBlank()) {
      throw new IllegalArgumentException("a recipient's username must not be blank");
    }
  }

  /** Everyone of the agency holding one of the roles. */
  public static Audience agency(AgencyCode agency, Role... roles) {
    return new Audience(null, roles(roles), agency);
  }

  /** Everyone holding one of the roles, whatever their agency (e.g. administrators). */
  public static Audience anyAgency(Role... roles) {
    return new Audience(null, roles(roles), null);
  }

  /** One user, as long as they still belong to the agency and hold one of the roles. */
  public static Audience user(String username, AgencyCode agency, Role... roles) {
    return new Audience(username, roles(roles), agency);
  }

  /** Whether the user is in this audience. */
  public boolean includes(KuzetUser user) {
    return (username == null || username.equals(user.username()))
        && (agency == null || user.belongsTo(agency))
        && roles.stream().anyMatch(user::has);
  }

  private static Set<Role> roles(Role... roles) {
    return roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles);
  }
}
