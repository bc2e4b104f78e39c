package org.kuzet.identity.internal.demo;

import java.time.Clock;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.DemoAccounts;
import org.kuzet.identity.TokenScope;
import org.kuzet.identity.internal.Accounts;
import org.kuzet.identity.internal.ApiTokens;
import org.kuzet.identity.internal.TokenId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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
public class IdentityDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(IdentityDemoData.class);
  static final String DEMO_TOKEN_NAME = "KUZET_DEMO_TOKEN";

  private final Accounts accounts;
  private final PasswordEncoder encoder;
  private final AuditLog audit;
  private final ApiTokens tokens;
  private final String demoToken;
  private final Clock clock;

  public IdentityDemoData(
      Accounts accounts,
      PasswordEncoder encoder,
      AuditLog audit,
      ApiTokens tokens,
      @Value("${kuzet.demo.token:}") String demoToken,
      Clock clock) {
    this.clock = clock;
    this.accounts = accounts;
    this.encoder = encoder;
    this.audit = audit;
    this.tokens = tokens;
    this.demoToken = demoToken.strip();
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
      audit.recordFactsAs(
          "system",
          null,
          "ACCOUNT_CREATED",
          "account",
          Long.toString(id),
          AuditDetail.of("account.demo", demo.username()));
      created++;
    }
    if (created > 0) {
      log.warn(
          "DEMO INSTALLATION: created {} demo accounts, all with the password '{}'",
          created,
          DemoAccounts.PASSWORD);
    }
    if (!demoToken.isEmpty()) {
      installDemoToken();
    }
  }

  /** KUZET_DEMO_TOKEN: that value becomes an API token of the demo administrator. */
  private void installDemoToken() {
    if (demoToken.length() < 16) {
      log.warn("KUZET_DEMO_TOKEN ignored: it must be at least 16 characters long");
      return;
    }
    long admin = accounts.findByUsername("admin").orElseThrow().accountId();
    if (!tokens.exists(demoToken)) {
      TokenId id =
          tokens.store(
              admin,
              DEMO_TOKEN_NAME,
              demoToken,
              TokenScope.FULL,
              Accounts.now(clock).plusDays(ApiTokens.DEFAULT_DAYS));
      audit.recordFactsAs(
          "system",
          null,
          "TOKEN_CREATED",
          "api-token",
          id.toString(),
          AuditDetail.of("token.demo"));
    }
    // A changed KUZET_DEMO_TOKEN replaces the previous value.
    tokens.revokeOthersNamed(admin, DEMO_TOKEN_NAME, demoToken);
    log.warn("DEMO INSTALLATION: KUZET_DEMO_TOKEN is an API token of the demo administrator");
  }
}
