package org.kuzet.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kuzet.identity.TokenScope;
import org.kuzet.testing.OnH2;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A token's expiry is read against the clock the application is given, not the machine's. */
@OnH2
class ApiTokenExpiryH2IT {

  @Autowired JdbcClient jdbc;

  @Test
  void aTokenReadsAsExpiredOnlyOnceTheClockPassesItsExpiry() {
    long admin =
        jdbc.sql("SELECT id FROM idn_account WHERE username = 'admin'").query(Long.class).single();
    Instant created = Instant.parse("2026-03-01T08:00:00Z");
    var made =
        tokens(created)
            .create(admin, "clock-" + UUID.randomUUID(), TokenScope.FULL, Duration.ofDays(7));
    assertThat(made.expiresAt()).isEqualTo(created.plus(Duration.ofDays(7)));

    var dayBefore = tokens(made.expiresAt().minus(Duration.ofDays(1)));
    var view = dayBefore.of(admin).stream().filter(t -> t.id().equals(made.id())).findFirst();
    assertThat(view).hasValueSatisfying(t -> assertThat(t.expired()).isFalse());
    assertThat(view).hasValueSatisfying(t -> assertThat(t.active()).isTrue());
    assertThat(dayBefore.grantOf(made.secret()))
        .hasValueSatisfying(g -> assertThat(g.expired()).isFalse());

    var dayAfter = tokens(made.expiresAt().plus(Duration.ofDays(1)));
    view = dayAfter.of(admin).stream().filter(t -> t.id().equals(made.id())).findFirst();
    assertThat(view).hasValueSatisfying(t -> assertThat(t.expired()).isTrue());
    assertThat(view).hasValueSatisfying(t -> assertThat(t.active()).isFalse());
    assertThat(dayAfter.grantOf(made.secret()))
        .hasValueSatisfying(g -> assertThat(g.expired()).isTrue());

    assertThat(dayAfter.revoke(admin, made.id())).isTrue();
  }

  private ApiTokens tokens(Instant now) {
    return new ApiTokens(jdbc, Clock.fixed(now, ZoneOffset.UTC));
  }
}
