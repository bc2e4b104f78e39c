package org.kuzet.identity.internal;

import org.kuzet.identity.AuditLog;
import org.kuzet.identity.DemoAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates the demo accounts on a demo installation; never runs in production. */
@Component
@Order(0)
@ConditionalOnProperty(name = "kuzet.demo.enabled", havingValue = "true")
class IdentityDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(IdentityDemoData.class);

  private final Accounts accounts;
  private final PasswordEncoder encoder;
  private final AuditLog audit;

  IdentityDemoData(Accounts accounts, PasswordEncoder encoder, AuditLog audit) {
    this.accounts = accounts;
    this.encoder = encoder;
    this.audit = audit;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    String hash = null;
    int created = 0;
    for (var demo : DemoAccounts.ALL) {
      if (accounts.exists(demo.username())) {
        continue;
      }
      if (hash == null) {
        hash = encoder.encode(DemoAccounts.PASSWORD);
      }
      long id =
          accounts.create(
              demo.username(), demo.displayName(), demo.agency(), "ACTIVE", hash, demo.roles());
      audit.recordAs(
          "system", null, "ACCOUNT_CREATED", "account", Long.toString(id), "demo account " + demo.username());
      created++;
    }
    if (created > 0) {
      log.warn(
          "DEMO INSTALLATION: created {} demo accounts, all with the password '{}'",
          created,
          DemoAccounts.PASSWORD);
    }
  }
}
