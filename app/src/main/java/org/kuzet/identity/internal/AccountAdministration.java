package org.kuzet.identity.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AccessRules;
import org.kuzet.identity.AccountApproved;
import org.kuzet.identity.Agencies;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.kuzet.identity.TokenScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;

/**
 * What administrators do to accounts, and what people do to their own: every change is checked here
 * (whoever calls, page or API) and written to the audit log in the same transaction. Checks that
 * fail are reported on the form's fields; nothing is saved then.
 */
@Service
class AccountAdministration {

  private final Accounts accounts;
  private final Agencies agencies;
  private final PasswordEncoder encoder;
  private final AuditLog audit;
  private final ApiTokens tokens;
  private final ApplicationEventPublisher events;
  private final PendingChanges pending;

  AccountAdministration(
      Accounts accounts,
      Agencies agencies,
      PasswordEncoder encoder,
      AuditLog audit,
      ApiTokens tokens,
      ApplicationEventPublisher events,
      PendingChanges pending) {
    this.pending = pending;
    this.accounts = accounts;
    this.agencies = agencies;
    this.encoder = encoder;
    this.audit = audit;
    this.tokens = tokens;
    this.events = events;
  }

  // ---- administrators -------------------------------------------------------------------

  /** Creates a local account when the form passes every check; returns its id, or -1. */
  @Transactional
  long create(AccountForm form, Errors errors) {
    KuzetUser admin = requireAdministrator();
    if (!errors.hasFieldErrors("username") && accounts.exists(form.getUsername())) {
      errors.rejectValue("username", "account.usernameTaken", "is already taken");
    }
    checkAgency(form.getAgency(), errors);
    checkPassword(form.getUsername(), form.getPassword(), "password", errors);
    if (errors.hasErrors()) {
      return -1;
    }
    // Victim-record access needs a second administrator: the account is created without it,
    // waiting for approval when that was its only role, and the role is requested.
    boolean caseworker = form.getRoles().contains(Role.TIP_CASEWORKER);
    var roles = EnumSet.noneOf(Role.class);
    roles.addAll(form.getRoles());
    roles.remove(Role.TIP_CASEWORKER);
    long id =
        accounts.create(
            form.getUsername(),
            form.getDisplayName(),
            form.getEmail(),
            AgencyCode.of(form.getAgency()),
            roles.isEmpty() ? Accounts.PENDING : Accounts.ACTIVE,
            encoder.encode(form.getPassword()),
            roles);
    audit.recordFacts(
        "ACCOUNT_CREATED",
        "account",
        id,
        AuditDetail.of("account.created", form.getUsername(), form.getAgency(), roles.toString()));
    if (caseworker) {
      var requested = new AccountEditForm();
      requested.setDisplayName(form.getDisplayName());
      requested.setEmail(form.getEmail());
      requested.setAgency(form.getAgency());
      requested.setRoles(form.getRoles());
      ChangeId change =
          pending.request(
              id, requested, roles.isEmpty(), PendingChanges.VICTIM_RECORDS, admin.accountId());
      audit.recordFacts(
          "ACCOUNT_CHANGE_REQUESTED",
          "account",
          id,
          AuditDetail.of(
              "account.changeRequestedRoles",
              form.getUsername(),
              String.valueOf(form.getRoles()),
              PendingChanges.VICTIM_RECORDS,
              change.value()));
    }
    return id;
  }

  /** What {@link #update} did: saved, sent to a second administrator, or refused on the form. */
  enum Outcome {
    SAVED,
    AWAITS_SECOND_ADMINISTRATOR,
    INVALID
  }

  /**
   * Saves name, e-mail, agency and roles; with {@code approve}, also lets a pending account in. A
   * change one administrator may not make alone (see {@link #secondAdministratorNeeded}) is saved
   * as a request instead, and applied when another administrator approves it.
   */
  @Transactional
  Outcome update(long id, AccountEditForm form, boolean approve, Errors errors) {
    KuzetUser admin = requireAdministrator();
    var before = accounts.view(id).orElseThrow(() -> notFound("account " + id));
    check(before, form, approve, errors);
    if (errors.hasErrors()) {
      return Outcome.INVALID;
    }
    String reason = secondAdministratorNeeded(admin, before, form, approve);
    if (reason != null) {
      ChangeId change = pending.request(id, form, approve, reason, admin.accountId());
      audit.recordFacts(
          "ACCOUNT_CHANGE_REQUESTED",
          "account",
          id,
          describe("account.changeRequested", before, form, reason, change.value()));
      return Outcome.AWAITS_SECOND_ADMINISTRATOR;
    }
    apply(admin, before, form, approve);
    return Outcome.SAVED;
  }

  private void check(
      Accounts.AccountView before, AccountEditForm form, boolean approve, Errors errors) {
    checkAgency(form.getAgency(), errors);
    if (approve || !before.pending()) {
      if (FederatedAccounts.UNASSIGNED.value().equals(form.getAgency())) {
        errors.rejectValue(
            "agency", "account.agencyRequired", "choose the agency this person works for");
      }
      if (form.getRoles().isEmpty()) {
        errors.rejectValue("roles", "account.rolesRequired", "choose at least one role");
      }
    }
    if (before.roles().contains(Role.ADMINISTRATOR)
        && !form.getRoles().contains(Role.ADMINISTRATOR)
        && !before.disabled()
        && accounts.countActiveAdministrators() <= 1) {
      errors.rejectValue(
          "roles", "account.lastAdministrator", "the last administrator must stay one");
    }
  }

  /**
   * Why this change needs a second administrator, or null when one may make it: changing one's own
   * roles or agency, and giving anyone victim-record access (the TIP caseworker role, or an
   * existing caseworker's move to another agency, or letting a waiting caseworker in).
   */
  static @Nullable String secondAdministratorNeeded(
      KuzetUser admin, Accounts.AccountView before, AccountEditForm form, boolean approve) {
    var reasons = new ArrayList<String>();
    boolean agencyChanges = !before.agency().value().equals(form.getAgency());
    if (before.id() == admin.accountId()
        && (agencyChanges || !before.roles().equals(form.getRoles()))) {
      reasons.add(PendingChanges.OWN_ACCOUNT);
    }
    if (form.getRoles().contains(Role.TIP_CASEWORKER)
        && (!before.roles().contains(Role.TIP_CASEWORKER)
            || agencyChanges
            || (approve && before.pending()))) {
      reasons.add(PendingChanges.VICTIM_RECORDS);
    }
    return reasons.isEmpty() ? null : String.join(",", reasons);
  }

  private void apply(
      KuzetUser admin, Accounts.AccountView before, AccountEditForm form, boolean approve) {
    long id = before.id();
    accounts.update(
        id,
        form.getDisplayName(),
        form.getEmail(),
        AgencyCode.of(form.getAgency()),
        form.getRoles());
    audit.recordFacts("ACCOUNT_UPDATED", "account", id, describe("account.updated", before, form));
    if (approve && before.pending()) {
      accounts.setStatus(id, Accounts.ACTIVE);
      audit.recordFacts(
          "ACCOUNT_APPROVED",
          "account",
          id,
          AuditDetail.of("account.approved", before.username(), admin.username()));
      events.publishEvent(new AccountApproved(id, before.username()));
    }
  }

  /**
   * The facts of a change: the account, its agency and roles before and after, then {@code more};
   * the key gains "Named" when the display name changes too.
   */
  private static AuditDetail describe(
      String key, Accounts.AccountView before, AccountEditForm form, Object... more) {
    List<Object> args =
        new ArrayList<>(
            List.of(
                before.username(),
                before.agency().toString(),
                String.valueOf(form.getAgency()),
                before.roles().toString(),
                String.valueOf(form.getRoles())));
    args.addAll(List.of(more));
    boolean named = !Objects.equals(before.displayName(), form.getDisplayName());
    return new AuditDetail(named ? key + "Named" : key, args);
  }

  /**
   * A second administrator approves a waiting change: it is checked again against the account as it
   * is now, then applied. The administrator who asked cannot approve it.
   */
  @Transactional
  void approveChange(ChangeId changeId, Errors errors) {
    KuzetUser admin = requireAdministrator();
    var change = pending.lockWaiting(changeId).orElseThrow(() -> notFound("change " + changeId));
    if (change.requestedBy() == admin.accountId()) {
      throw new AccessDeniedException("a second administrator must approve this change");
    }
    var before =
        accounts
            .view(change.accountId())
            .orElseThrow(() -> notFound("account " + change.accountId()));
    var form = change.form();
    check(before, form, change.approve(), errors);
    if (errors.hasErrors()) {
      return;
    }
    pending.decide(changeId, PendingChanges.APPROVED, admin.accountId());
    audit.recordFacts(
        "ACCOUNT_CHANGE_APPROVED",
        "account",
        change.accountId(),
        AuditDetail.of(
            "account.changeApproved",
            changeId.value(),
            change.requestedByUsername(),
            admin.username()));
    apply(admin, before, form, change.approve());
  }

  /** Any administrator, the one who asked included, may turn a waiting change down. */
  @Transactional
  void rejectChange(ChangeId changeId) {
    KuzetUser admin = requireAdministrator();
    var change = pending.lockWaiting(changeId).orElseThrow(() -> notFound("change " + changeId));
    pending.decide(changeId, PendingChanges.REJECTED, admin.accountId());
    audit.recordFacts(
        "ACCOUNT_CHANGE_REJECTED",
        "account",
        change.accountId(),
        AuditDetail.of(
            "account.changeRejected",
            changeId.value(),
            change.requestedByUsername(),
            admin.username()));
  }

  @Transactional
  void disable(long id) {
    KuzetUser admin = requireAdministrator();
    var account = accounts.view(id).orElseThrow(() -> notFound("account " + id));
    if (account.id() == admin.accountId()) {
      throw new IllegalArgumentException("you cannot disable your own account");
    }
    accounts.setStatus(id, Accounts.DISABLED);
    audit.record("ACCOUNT_DISABLED", "account", id, account.username());
  }

  @Transactional
  void enable(long id) {
    requireAdministrator();
    var account = accounts.view(id).orElseThrow(() -> notFound("account " + id));
    // An account that was never approved goes back to waiting, not straight in.
    accounts.setStatus(id, account.roles().isEmpty() ? Accounts.PENDING : Accounts.ACTIVE);
    audit.record("ACCOUNT_ENABLED", "account", id, account.username());
  }

  @Transactional
  void unlock(long id) {
    requireAdministrator();
    var account = accounts.view(id).orElseThrow(() -> notFound("account " + id));
    accounts.resetFailures(id);
    audit.record("ACCOUNT_UNLOCKED", "account", id, account.username());
  }

  /** An administrator sets a new password, e.g. for someone who forgot theirs. */
  @Transactional
  boolean resetPassword(long id, PasswordForm form, Errors errors) {
    requireAdministrator();
    var account = accounts.view(id).orElseThrow(() -> notFound("account " + id));
    checkPassword(account.username(), form.getPassword(), "password", errors);
    if (!form.getPassword().equals(form.getConfirm())) {
      errors.rejectValue("confirm", "password.mismatch", "does not match the new password");
    }
    if (errors.hasErrors()) {
      return false;
    }
    accounts.setPasswordHash(id, hash(form.getPassword()));
    accounts.resetFailures(id);
    // Whoever knew the old password may also hold its tokens and sessions: end them all.
    int revoked = tokens.revokeAll(id);
    accounts.endSessions(id);
    audit.recordFacts(
        "PASSWORD_RESET",
        "account",
        id,
        AuditDetail.of("account.passwordReset", account.username(), revoked));
    return true;
  }

  // ---- everyone, for their own account ---------------------------------------------------

  @Transactional
  boolean changeOwnPassword(PasswordForm form, Errors errors) {
    KuzetUser me = CurrentUser.require();
    var stored = accounts.findById(me.accountId()).orElseThrow(() -> notFound("your account"));
    if (stored.getPassword().isEmpty()) {
      errors.rejectValue(
          "current", "password.noLocalPassword", "you sign in through your organisation");
      return false;
    }
    if (!encoder.matches(form.getCurrent(), stored.getPassword())) {
      errors.rejectValue("current", "password.wrongCurrent", "is not your current password");
    }
    checkPassword(me.username(), form.getPassword(), "password", errors);
    if (!form.getPassword().equals(form.getConfirm())) {
      errors.rejectValue("confirm", "password.mismatch", "does not match the new password");
    }
    if (!errors.hasFieldErrors("password") && form.getPassword().equals(form.getCurrent())) {
      errors.rejectValue("password", "password.unchanged", "must differ from the current password");
    }
    if (errors.hasErrors()) {
      return false;
    }
    accounts.setPasswordHash(me.accountId(), hash(form.getPassword()));
    // A changed password is often a suspected leak: its tokens and other sessions end with it.
    int revoked = tokens.revokeAll(me.accountId());
    accounts.endSessions(me.accountId());
    audit.recordFacts(
        "PASSWORD_CHANGED",
        "account",
        me.accountId(),
        AuditDetail.of("account.passwordChanged", revoked));
    return true;
  }

  @Transactional
  void setOwnLanguage(Locale locale) {
    KuzetUser me = CurrentUser.require();
    accounts.setLocale(me.accountId(), locale.getLanguage());
    audit.record("LANGUAGE_CHANGED", "account", me.accountId(), locale.getLanguage());
  }

  /**
   * A new personal API token when the form passes every check, or null; the secret is in the result
   * and nowhere else. The password is asked again; an account that signs in only through its
   * organisation must have signed in within the last {@link #FRESH_SIGN_IN} instead.
   */
  @Transactional
  ApiTokens.@Nullable NewToken createOwnToken(TokenForm form, boolean freshSignIn, Errors errors) {
    KuzetUser me = CurrentUser.require();
    var stored = accounts.findById(me.accountId()).orElseThrow(() -> notFound("your account"));
    if (form.getName().isEmpty()) {
      errors.rejectValue("name", "token.nameRequired", "give the token a name");
    } else if (form.getName().length() > 100) {
      errors.rejectValue("name", "token.nameTooLong", "must be at most 100 characters long");
    }
    if (!ApiTokens.VALIDITY_DAYS.contains(form.getDays())) {
      errors.rejectValue(
          "days", "token.daysInvalid", "choose one of " + ApiTokens.VALIDITY_DAYS + " days");
    }
    if (!form.getAccess().equals("read") && !form.getAccess().equals("write")) {
      errors.rejectValue("access", "token.accessInvalid", "choose read only or read and write");
    }
    if (!TokenScope.MODULES.containsAll(form.getModules())) {
      errors.rejectValue("modules", "token.moduleUnknown", "names a module Kuzet does not have");
    }
    if (stored.getPassword().isEmpty()) {
      if (!freshSignIn) {
        errors.rejectValue("password", "token.signInAgain", "sign in again, then create the token");
      }
    } else if (!encoder.matches(form.getPassword(), stored.getPassword())) {
      errors.rejectValue("password", "password.wrongCurrent", "is not your current password");
      audit.recordFacts(
          "TOKEN_REFUSED", "account", me.accountId(), AuditDetail.of("token.wrongPassword"));
    }
    if (errors.hasErrors()) {
      return null;
    }
    var scope = form.scope();
    var token =
        tokens.create(me.accountId(), form.getName(), scope, Duration.ofDays(form.getDays()));
    audit.recordFacts(
        "TOKEN_CREATED",
        "api-token",
        token.id(),
        AuditDetail.of(
            "token.created",
            form.getName(),
            scope.stored().substring(0, scope.stored().indexOf(':')),
            scope.stored().substring(scope.stored().indexOf(':') + 1),
            token.expiresAt().toString()));
    return token;
  }

  static final Duration FRESH_SIGN_IN = Duration.ofMinutes(10);

  @Transactional
  void revokeOwnToken(TokenId tokenId) {
    KuzetUser me = CurrentUser.require();
    if (!tokens.revoke(me.accountId(), tokenId)) {
      throw notFound("token " + tokenId);
    }
    audit.record("TOKEN_REVOKED", "api-token", tokenId, null);
  }

  // ---- checks ----------------------------------------------------------------------------

  private void checkAgency(String agency, Errors errors) {
    if (errors.hasFieldErrors("agency")) {
      return;
    }
    try {
      if (!agencies.exists(AgencyCode.of(agency))) {
        errors.rejectValue("agency", "account.agencyUnknown", "is not a known agency");
      }
    } catch (IllegalArgumentException e) {
      errors.rejectValue("agency", "account.agencyUnknown", "is not a known agency");
    }
  }

  static void checkPassword(String username, String password, String field, Errors errors) {
    if (errors.hasFieldErrors(field)) {
      return;
    }
    for (var violation : PasswordRules.check(username, password)) {
      errors.rejectValue(field, violation.code(), violation.message());
    }
  }

  private static KuzetUser requireAdministrator() {
    KuzetUser user = CurrentUser.require();
    if (!AccessRules.mayAdministerAccounts(user)) {
      throw new AccessDeniedException("only administrators manage accounts");
    }
    return user;
  }

  /** No such record: pages answer the not-found page, the API a problem document (404). */
  static ResponseStatusException notFound(String what) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, what + " not found");
  }

  static Set<Role> allRoles() {
    return EnumSet.allOf(Role.class);
  }

  /** The stored form of a password: the encoder answers null only for a null password. */
  private String hash(String password) {
    return Objects.requireNonNull(encoder.encode(password), "the encoder gave no hash");
  }
}
