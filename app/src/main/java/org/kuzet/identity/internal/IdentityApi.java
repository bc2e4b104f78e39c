package org.kuzet.identity.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.Agencies;
import org.kuzet.identity.ApiLists;
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
import org.springframework.web.bind.annotation.RequestParam;
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
  private final ApiLists lists;

  IdentityApi(
      Agencies agencies,
      AccountAdministration administration,
      Accounts accounts,
      IdempotentCalls idempotent,
      ApiLists lists) {
    this.lists = lists;
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

  /**
   * The accounts list's envelope as the OpenAPI document shows it: the body is the web module's
   * {@code ListPage} of {@link AccountSummary}, built through {@link ApiLists}, under the name
   * springdoc gives every other list's page (ApiListsTest keeps the two alike).
   */
  @Schema(name = "ListPageAccountSummary")
  record AccountPage(
      List<AccountSummary> items,
      int page,
      int size,
      String sort,
      long total,
      boolean totalExact) {}

  /**
   * The fields the accounts list may be sorted by; the first (pending first, then active) is the
   * default.
   */
  static LinkedHashMap<String, Comparator<AccountSummary>> accountOrder() {
    var order = new LinkedHashMap<String, Comparator<AccountSummary>>();
    Comparator<AccountSummary> byId = Comparator.comparingLong(AccountSummary::id);
    order.put(
        "status",
        Comparator.comparingInt((AccountSummary a) -> statusRank(a.status()))
            .thenComparing(AccountSummary::username)
            .thenComparing(byId));
    order.put("username", Comparator.comparing(AccountSummary::username).thenComparing(byId));
    order.put("displayName", Comparator.comparing(AccountSummary::displayName).thenComparing(byId));
    order.put(
        "agency",
        Comparator.comparing(AccountSummary::agency)
            .thenComparing(AccountSummary::username)
            .thenComparing(byId));
    order.put("id", byId);
    return order;
  }

  private static int statusRank(String status) {
    return switch (status) {
      case "PENDING" -> 0;
      case "ACTIVE" -> 1;
      default -> 2;
    };
  }

  @GetMapping("/api/admin/accounts")
  @Operation(summary = "All accounts (administrators), a page at a time")
  @ApiResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = AccountPage.class)))
  Object accounts(
      @Parameter(
              description = "page number, from 0",
              schema = @Schema(type = "integer", minimum = "0", defaultValue = "0"))
          @RequestParam(required = false)
          @Nullable String page,
      @Parameter(
              description = "items per page",
              schema =
                  @Schema(type = "integer", minimum = "1", maximum = "200", defaultValue = "50"))
          @RequestParam(required = false)
          @Nullable String size,
      @Parameter(
              description = "field and direction; default status,asc (pending first)",
              schema =
                  @Schema(
                      type = "string",
                      defaultValue = "status,asc",
                      allowableValues = {
                        "status,asc", "status,desc", "username,asc", "username,desc",
                            "displayName,asc",
                        "displayName,desc", "agency,asc", "agency,desc", "id,asc", "id,desc"
                      }))
          @RequestParam(required = false)
          @Nullable String sort) {
    return lists.page(
        page,
        size,
        sort,
        accountOrder(),
        false,
        accounts.all().stream().map(IdentityApi::summary).toList());
  }

  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/admin/accounts")
  @Operation(summary = "Create a local account (administrators); 400 names each invalid field")
  ResponseEntity<AccountSummary> create(
      @RequestHeader(name = IdempotentCalls.HEADER, required = false) @Nullable String key,
      @Valid @RequestBody AccountForm form,
      BindingResult errors)
      throws BindException {
    if (errors.hasErrors()) {
      throw new BindException(errors);
    }
    // Only the request's digest is kept with the key, never the password. A refused form rolls
    // the key back with everything else, so a corrected retry may use the same key.
    try {
      return idempotent.create(
          key,
          "POST /api/admin/accounts",
          form,
          AccountSummary.class,
          () -> {
            long id = administration.create(form, errors);
            if (errors.hasErrors()) {
              throw new Rejected(new BindException(errors));
            }
            var created = accounts.view(id).orElseThrow();
            return ResponseEntity.created(URI.create("/api/admin/accounts/" + id))
                .body(summary(created));
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
        a.id(),
        a.username(),
        a.displayName(),
        a.email(),
        a.agency().value(),
        a.status(),
        a.roles());
  }
}
