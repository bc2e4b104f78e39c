package org.kuzet.identity.internal;

import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every sign-in, successful or not, goes into the audit log; wrong passwords count towards the
 * lockout. Spring Security publishes these events for password and OpenID Connect sign-ins alike
 * (API tokens are checked on every call and are not sign-ins).
 */
@Component
class SignInEvents {

  private static final Logger log = LoggerFactory.getLogger(SignInEvents.class);

  private final Accounts accounts;
  private final AuditLog audit;
  private final IdentitySettings settings;
  private final SignInThrottle throttle;

  SignInEvents(
      Accounts accounts, AuditLog audit, IdentitySettings settings, SignInThrottle throttle) {
    this.accounts = accounts;
    this.audit = audit;
    this.settings = settings;
    this.throttle = throttle;
  }

  /**
   * The client address of a sign-in: the connection's remote address, which Tomcat or Spring
   * replace with the forwarded client only when {@code server.forward-headers-strategy} says so.
   */
  static String address(Authentication auth) {
    return auth.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
        ? d.getRemoteAddress()
        : "unknown";
  }

  @EventListener
  @Transactional
  void succeeded(AuthenticationSuccessEvent event) {
    var auth = event.getAuthentication();
    CurrentUser.from(auth)
        .ifPresent(
            user -> {
              accounts.resetFailures(user.accountId(), address(auth));
              audit.recordFactsAs(
                  user.username(),
                  user.agency().value(),
                  "SIGN_IN",
                  "account",
                  Long.toString(user.accountId()),
                  signInDetail(auth, user.roles().isEmpty()));
            });
  }

  @EventListener
  @Transactional
  void failed(AbstractAuthenticationFailureEvent event) {
    var auth = event.getAuthentication();
    String name = auth.getName() == null ? "" : auth.getName().strip();
    if (name.isEmpty()) {
      name = method(auth);
    }
    var exception = event.getException();
    String reason =
        exception instanceof LockedException
            ? "account locked"
            : event instanceof AuthenticationFailureBadCredentialsEvent
                ? "wrong username or password"
                : exception.getMessage();
    boolean known =
        exception instanceof LockedException
            || event instanceof AuthenticationFailureBadCredentialsEvent;
    if (known && method(auth).equals("password")) {
      // Worded for each reader from facts; other failures keep the message they came with.
      audit.recordFactsAs(
          name,
          null,
          "SIGN_IN_FAILED",
          "account",
          null,
          AuditDetail.of(
              exception instanceof LockedException
                  ? "signInFailed.locked"
                  : "signInFailed.wrongPassword"));
    } else {
      audit.recordAs(name, null, "SIGN_IN_FAILED", "account", null, method(auth) + ": " + reason);
    }
    log.info("sign-in failed for '{}': {}", name, reason);
    if (event instanceof AuthenticationFailureBadCredentialsEvent
        || exception instanceof LockedException) {
      throttle.recordFailure(address(auth));
    }
    if (event instanceof AuthenticationFailureBadCredentialsEvent) {
      var lockout = settings.lockout();
      String address = address(auth);
      switch (accounts.recordFailure(name, address, lockout)) {
        case ADDRESS_LOCKED -> {
          audit.recordFactsAs(
              "system",
              null,
              "ACCOUNT_LOCKED",
              "account",
              name,
              AuditDetail.of(
                  "account.lockedAddress",
                  lockout.maxFailures(),
                  address,
                  lockout.duration().toMinutes()));
          log.warn("account '{}' locked for {} from {}", name, lockout.duration(), address);
        }
        case ACCOUNT_LOCKED -> {
          audit.recordFactsAs(
              "system",
              null,
              "ACCOUNT_LOCKED",
              "account",
              name,
              AuditDetail.of(
                  "account.lockedEverywhere",
                  lockout.accountMaxFailures(),
                  lockout.window().toMinutes(),
                  lockout.duration().toMinutes()));
          log.warn("account '{}' locked for {} from every address", name, lockout.duration());
        }
        case COUNTED, UNKNOWN_ACCOUNT -> {}
      }
    }
  }

  /**
   * How the user signed in (a password, or the identity provider's id), and whether they wait for
   * approval.
   */
  static AuditDetail signInDetail(Authentication auth, boolean waiting) {
    String method = method(auth);
    String suffix = waiting ? "Waiting" : "";
    return method.startsWith("provider ")
        ? AuditDetail.of("signIn.provider" + suffix, method.substring("provider ".length()))
        : AuditDetail.of("signIn.password" + suffix);
  }

  private static String method(Authentication auth) {
    if (auth instanceof OAuth2LoginAuthenticationToken t) {
      return "provider " + t.getClientRegistration().getRegistrationId();
    }
    if (auth instanceof OAuth2AuthenticationToken t) {
      return "provider " + t.getAuthorizedClientRegistrationId();
    }
    return "password";
  }
}
