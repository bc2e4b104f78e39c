package org.kuzet.identity.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import org.kuzet.identity.AccountAwaitingApproval;
import org.kuzet.identity.Agencies;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maps a person who signed in through an OpenID Connect provider to their Kuzet account. A
 * returning person (same provider, same subject) gets their account; an unknown person gets a new
 * account waiting for approval, which sees nothing until an administrator assigns agency and roles.
 * The provider's claims never grant roles.
 */
@Service
class FederatedAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

  private static final Logger log = LoggerFactory.getLogger(FederatedAccounts.class);
  static final AgencyCode UNASSIGNED = AgencyCode.of("UNASSIGNED");

  private final OidcUserService provider = new OidcUserService();
  private final Accounts accounts;
  private final Agencies agencies;
  private final AuditLog audit;
  private final IdentitySettings settings;
  private final ApplicationEventPublisher events;

  FederatedAccounts(
      Accounts accounts,
      Agencies agencies,
      AuditLog audit,
      IdentitySettings settings,
      ApplicationEventPublisher events) {
    this.accounts = accounts;
    this.agencies = agencies;
    this.audit = audit;
    this.settings = settings;
    this.events = events;
  }

  @Override
  @Transactional
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser oidc = provider.loadUser(request);
    String registration = request.getClientRegistration().getRegistrationId();
    String subject = oidc.getSubject();
    long accountId =
        accounts.findFederated(registration, subject).orElseGet(() -> enrol(registration, oidc));
    var account =
        accounts
            .findById(accountId)
            .orElseThrow(() -> refuse("account_missing", "the linked account no longer exists"));
    if (!account.isEnabled()) {
      throw refuse("account_disabled", "the account " + account.username() + " is disabled");
    }
    return new FederatedKuzetUser(account, oidc);
  }

  /** First sign-in of this person: a pending account, linked to the provider's subject. */
  private long enrol(String registration, OidcUser oidc) {
    String username = uniqueUsername(registration, oidc);
    String displayName = firstNonBlank(oidc.getFullName(), oidc.getPreferredUsername(), username);
    String suggested = settings.provider(registration).agency();
    AgencyCode agency =
        suggested != null && agencies.exists(AgencyCode.of(suggested))
            ? AgencyCode.of(suggested)
            : UNASSIGNED;
    long id =
        accounts.create(
            username,
            clip(displayName, 200),
            oidc.getEmail() == null ? null : clip(oidc.getEmail(), 200),
            agency,
            Accounts.PENDING,
            null,
            Set.of());
    accounts.linkFederated(registration, oidc.getSubject(), id);
    audit.recordAs(
        username,
        agency.value(),
        "ACCOUNT_REQUESTED",
        "account",
        Long.toString(id),
        "first sign-in through " + registration + ", waiting for approval");
    log.info("new account '{}' from provider {} waits for approval", username, registration);
    events.publishEvent(new AccountAwaitingApproval(id, username, clip(displayName, 200)));
    return id;
  }

  /** The provider's preferred username or e-mail, made safe and unique: "ivanov", "ivanov-2". */
  private String uniqueUsername(String registration, OidcUser oidc) {
    String wanted =
        firstNonBlank(
            oidc.getPreferredUsername(), oidc.getEmail(), registration + "-" + oidc.getSubject());
    String base =
        Normalizer.normalize(wanted, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9._@-]", "-");
    base = clip(base.isBlank() ? registration + "-user" : base, 90);
    String candidate = base;
    for (int n = 2; accounts.exists(candidate); n++) {
      candidate = base + "-" + n;
    }
    return candidate;
  }

  private static OAuth2AuthenticationException refuse(String code, String message) {
    return new OAuth2AuthenticationException(new OAuth2Error(code, message, null), message);
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return "";
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
