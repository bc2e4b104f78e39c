package org.kuzet.identity.internal;

import java.util.Set;
import org.kuzet.identity.Agencies;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrator of a production installation, from {@code KUZET_ADMIN_USERNAME} and
 * {@code KUZET_ADMIN_PASSWORD}. Created only while the installation has no active administrator
 * (the first start); after that the variables change nothing, so a password changed on the account
 * page is never reset by a restart.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

  private final Accounts accounts;
  private final Agencies agencies;
  private final PasswordEncoder encoder;
  private final AuditLog audit;
  private final String username;
  private final String password;
  private final String displayName;
  private final String agency;

  AdminBootstrap(
      Accounts accounts,
      Agencies agencies,
      PasswordEncoder encoder,
      AuditLog audit,
      @Value("${kuzet.admin.username:}") String username,
      @Value("${kuzet.admin.password:}") String password,
      @Value("${kuzet.admin.display-name:Administrator}") String displayName,
      @Value("${kuzet.admin.agency:INL}") String agency) {
    this.accounts = accounts;
    this.agencies = agencies;
    this.encoder = encoder;
    this.audit = audit;
    this.username = username.strip();
    this.password = password;
    this.displayName = displayName.strip();
    this.agency = agency.strip();
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (username.isEmpty() || password.isEmpty()) {
      return;
    }
    if (accounts.countActiveAdministrators() > 0 || accounts.exists(username)) {
      log.info("administrator bootstrap: an administrator exists already; nothing to do");
      return;
    }
    var problems = PasswordRules.check(username, password);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "KUZET_ADMIN_PASSWORD "
              + problems.get(0).message()
              + "; the administrator was not created");
    }
    AgencyCode code = AgencyCode.of(agency);
    if (!agencies.exists(code)) {
      throw new IllegalStateException("KUZET_ADMIN_AGENCY " + agency + " is not a known agency");
    }
    long id =
        accounts.create(
            username,
            displayName.isEmpty() ? username : displayName,
            null,
            code,
            Accounts.ACTIVE,
            encoder.encode(password),
            Set.of(Role.ADMINISTRATOR));
    audit.recordFactsAs(
        "system",
        null,
        "ACCOUNT_CREATED",
        "account",
        Long.toString(id),
        AuditDetail.of("account.bootstrap", username));
    log.warn("administrator bootstrap: created administrator '{}'", username);
  }
}
