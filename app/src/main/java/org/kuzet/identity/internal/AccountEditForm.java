package org.kuzet.identity.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.Role;

/** An administrator's change to an existing account: name, e-mail, agency and roles. */
public class AccountEditForm {

  @NotBlank(message = "must not be blank") @Size(max = 200, message = "must be at most 200 characters") private String displayName = "";

  @Email(message = "must be an e-mail address") @Size(max = 200, message = "must be at most 200 characters") private @Nullable String email;

  @NotBlank(message = "must not be blank") private String agency = "";

  private Set<Role> roles = EnumSet.noneOf(Role.class);

  static AccountEditForm of(Accounts.AccountView account) {
    var form = new AccountEditForm();
    form.setDisplayName(account.displayName());
    form.setEmail(account.email());
    form.setAgency(account.agency().value());
    form.setRoles(account.roles());
    return form;
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
}
