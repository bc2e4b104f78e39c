package org.kuzet.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The production start refuses every unsafe setting (see also {@link ProductionStartIT}). */
class ProductionCheckTest {

  static MockEnvironment production() {
    return new MockEnvironment()
        .withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/kuzet")
        .withProperty("kuzet.admin.username", "aigerim.admin")
        .withProperty("kuzet.admin.password", "Irtysh-river-in-spring-1997")
        .withProperty("kuzet.demo.enabled", "false")
        .withProperty("kuzet.demo.token", "")
        .withProperty("server.servlet.session.cookie.secure", "true")
        .withProperty("kuzet.audit.keys.active", "a2026")
        .withProperty("kuzet.audit.keys.ring.a2026", OWN_AUDIT_KEY);
  }

  static final String OWN_AUDIT_KEY = "5mT0wQ1bq0oJ2m0l7x4YkX8w1c9H2v3n6Rz0p4s8e2U=";

  @Test
  void aProperProductionSetupMayStart() {
    assertThat(ProductionCheck.problems(production())).isEmpty();
  }

  @Test
  void refusesAnythingButPostgres() {
    assertThat(ProductionCheck.problems(production().withProperty("spring.datasource.url", "")))
        .singleElement()
        .asString()
        .contains("KUZET_DB_URL must name a PostgreSQL database")
        .contains("not set");
    assertThat(
            ProductionCheck.problems(
                production().withProperty("spring.datasource.url", "jdbc:h2:file:./data/kuzet")))
        .singleElement()
        .asString()
        .contains("jdbc:h2:file:./data/kuzet");
  }

  @Test
  void refusesAMissingOrWeakAdministratorBootstrap() {
    assertThat(ProductionCheck.problems(production().withProperty("kuzet.admin.password", "")))
        .singleElement()
        .asString()
        .contains("KUZET_ADMIN_USERNAME and KUZET_ADMIN_PASSWORD must be set");
    assertThat(
            ProductionCheck.problems(
                production().withProperty("kuzet.admin.password", "password1234")))
        .singleElement()
        .asString()
        .contains("KUZET_ADMIN_PASSWORD is too common");
    // A one-off command (audit verify) needs the database only.
    assertThat(
            ProductionCheck.problems(
                production()
                    .withProperty("kuzet.admin.password", "")
                    .withProperty("kuzet.command", "audit-verify")))
        .isEmpty();
  }

  @Test
  void refusesDemoDataDemoTokensAndInsecureCookies() {
    assertThat(
            ProductionCheck.problems(
                production()
                    .withProperty("kuzet.demo.enabled", "true")
                    .withProperty("kuzet.demo.token", "0123456789abcdef")
                    .withProperty("server.servlet.session.cookie.secure", "false")))
        .hasSize(3)
        .anyMatch(p -> p.contains("never creates demo accounts"))
        .anyMatch(p -> p.contains("KUZET_DEMO_TOKEN"))
        .anyMatch(p -> p.contains("cookie.secure"));
  }

  @Test
  void refusesAMissingOrPublishedAuditKey() {
    var env =
        new MockEnvironment()
            .withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/kuzet")
            .withProperty("kuzet.admin.username", "aigerim.admin")
            .withProperty("kuzet.admin.password", "Irtysh-river-in-spring-1997")
            .withProperty("server.servlet.session.cookie.secure", "true");
    assertThat(ProductionCheck.problems(env))
        .singleElement()
        .asString()
        .contains("kuzet.audit.keys must be set");
    // The published demo key, active or merely kept in the ring, is refused.
    assertThat(
            ProductionCheck.problems(
                production()
                    .withProperty(
                        "kuzet.audit.keys.ring.old",
                        "a3V6ZXQtZGVtby1hdWRpdC1rZXktcHVibGlzaGVkLTIwMjY=")))
        .singleElement()
        .asString()
        .contains("kuzet.audit.keys.ring holds the published demo key (as [old])");
    assertThat(
            ProductionCheck.problems(production().withProperty("kuzet.audit.keys.active", "nope")))
        .singleElement()
        .asString()
        .contains("kuzet.audit.keys.active is 'nope'");
  }
}
