package org.kuzet.identity.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.Role;

/**
 * A new local account as an administrator enters it, on the page or through the API. Beyond these
 * annotations, {@link AccountAdministration} checks that the username is free, the agency exists
 * and the password meets {@link PasswordRules}.
 */
public class AccountForm {

  @NotBlank(message = "must not be blank") @Pattern(
      regexp = "[a-z0-9][a-z0-9._@-]{2,99}",
      message = "3-100 lower-case letters, digits, '.', '_', '@' or '-'")
  private String username = "";

  @NotBlank(message = "must not be blank") @Size(max = 200, message = "must be at most 200 characters") private String displayName = "";

  @Email(message = "must be an e-mail address") @Size(max = 200, message = "must be at most 200 characters") private @Nullable String email;

  @NotBlank(message = "must not be blank") private String agency = "";

  @NotEmpty(message = "choose at least one role") private Set<Role> roles = EnumSet.noneOf(Role.class);

  @NotBlank(message = "must not be blank") private String password = "";

  public String getUsername() {
    return username;
  }

  public void setUsername(@Nullable String username) {
    this.username = username == null ? "" : username.strip();
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(@Nullable String displayName) {
    this.displayName = displayName == null ? "" : displayName.strip();
  }

  public @Nullable String getEmail() {
    return email;
  }

  public void setEmail(@Nullable String email) {
    this.email = email == null || email.isBlank() ? null : email.strip();
  }

  public String getAgency() {
    return agency;
  }

  public void setAgency(@Nullable String agency) {
    this.agency = agency == null ? "" : agency.strip();
  }

  public Set<Role> getRoles() {
    return roles;
  }

  public void setRoles(@Nullable Set<Role> roles) {
    this.roles =
        roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(@Nullable String password) {
    this.password = password == null ? "" : password;
  }
}
