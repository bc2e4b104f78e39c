package org.kuzet.identity.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.Agencies;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.IdempotentCalls;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The identity API: who am I, and account creation for administrators' scripts. */
@RestController
@Tag(name = "identity", description = "Accounts and the signed-in user")
class IdentityApi {

  /** The caller as Kuzet sees them. */
  record Me(
      long id,
      String username,
      String displayName,
      String agency,
      String agencyName,
      Set<Role> roles) {}

  /** An account as the API shows it: never the password. */
  record AccountSummary(
      long id,
      String username,
      String displayName,
      @Nullable String email,
      String agency,
      String status,
      Set<Role> roles) {}

  private final Agencies agencies;
  private final AccountAdministration administration;
  private final Accounts accounts;
  private final IdempotentCalls idempotent;

  IdentityApi(Agencies agencies, AccountAdministration administration, Accounts accounts, IdempotentCalls idempotent) {
    this.agencies = agencies;
    this.administration = administration;
    this.accounts = accounts;
    this.idempotent = idempotent;
  }

  @GetMapping("/api/me")
  @Operation(summary = "The signed-in user or the owner of the API token: agency and roles")
  Me me() {
    KuzetUser user = CurrentUser.require();
    return new Me(
        user.accountId(),
        user.username(),
        user.displayName(),
        user.agency().value(),
        agencies.name(user.agency()),
        user.roles());
  }

  @GetMapping("/api/admin/accounts")
  @Operation(summary = "All accounts (administrators)")
  List<AccountSummary> accounts() {
    return accounts.all().stream().map(IdentityApi::summary).toList();
  }

  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/admin/accounts")
  @Operation(summary = "Create a local account (administrators); 400 names each invalid field")
  ResponseEntity<AccountSummary> create(
      @RequestHeader(name = IdempotentCalls.HEADER, required = false) @Nullable String key,
      @Valid @RequestBody AccountForm form, BindingResult errors)
      throws BindException {
    if (errors.hasErrors()) {
      throw new BindException(errors);
    }
    // Only the request's digest is kept with the key, never the password. A refused form rolls
    // the key back with everything else, so a corrected retry may use the same key.
    try {
      return idempotent.create(key, "POST /api/admin/accounts", form, AccountSummary.class, () -> {
        long id = administration.create(form, errors);
        if (errors.hasErrors()) {
          throw new Rejected(new BindException(errors));
        }
        var created = accounts.view(id).orElseThrow();
        return ResponseEntity.created(URI.create("/api/admin/accounts/" + id)).body(summary(created));
      });
    } catch (Rejected e) {
      throw e.errors;
    }
  }

  /** Carries a refused form out of the creating transaction, which it rolls back. */
  private static final class Rejected extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient BindException errors;

    Rejected(BindException errors) {
      super(errors.getMessage(), null, false, false);
      this.errors = errors;
    }
  }

  private static AccountSummary summary(Accounts.AccountView a) {
    return new AccountSummary(
        a.id(), a.username(), a.displayName(), a.email(), a.agency().value(), a.status(), a.roles());
  }
}
