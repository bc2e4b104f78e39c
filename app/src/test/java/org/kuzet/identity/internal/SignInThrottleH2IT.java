package org.kuzet.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.kuzet.identity.DemoAccounts;
import org.kuzet.testing.OnH2;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The throttle turns a guessing address away before any password is checked; others pass. */
@OnH2
class SignInThrottleH2IT {

  @Autowired MockMvc mvc;
  @Autowired SignInThrottle throttle;
  @Autowired IdentitySettings settings;
  @Autowired JdbcClient jdbc;

  static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  @Test
  void aGuessingAddressIsTurnedAwayAndToldHowLongToWait() throws Exception {
    String guesser = "192.0.2.44";
    // The test settings allow many free attempts (every MockMvc call shares one address):
    // all but the last are fed in directly, the last is a real failed sign-in.
    for (int i = 0; i < settings.throttle().freeAttempts() - 1; i++) {
      throttle.recordFailure(guesser);
    }
    mvc.perform(
            post("/login")
                .param("username", "nobody")
                .param("password", "x")
                .with(csrf())
                .with(from(guesser)))
        .andExpect(redirectedUrl("/login?error"));
    assertThat(throttle.recentFailures(guesser)).isEqualTo(settings.throttle().freeAttempts());
    // A few more, so the wait (now 2^6 s) outlasts this test on a slow machine.
    for (int i = 0; i < 6; i++) {
      throttle.recordFailure(guesser);
    }
    long failedBefore =
        jdbc.sql("SELECT COUNT(*) FROM idn_audit WHERE action = 'SIGN_IN_FAILED'")
            .query(Long.class)
            .single();
    // Even the right password is not checked now.
    mvc.perform(
            post("/login")
                .param("username", "analyst.cdc")
                .param("password", DemoAccounts.PASSWORD)
                .with(csrf())
                .with(from(guesser)))
        .andExpect(redirectedUrl("/login?throttled"));
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM idn_audit WHERE action = 'SIGN_IN_FAILED'")
                .query(Long.class)
                .single())
        .isEqualTo(failedBefore);
    String page =
        mvc.perform(get("/login").param("throttled", "").with(from(guesser)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(Jsoup.parse(page).select("#throttled").text())
        .contains("Try again in")
        .contains("seconds");

    // Another address signs in as usual.
    mvc.perform(
            post("/login")
                .param("username", "analyst.cdc")
                .param("password", DemoAccounts.PASSWORD)
                .with(csrf())
                .with(from("192.0.2.45")))
        .andExpect(redirectedUrl("/home"));
  }
}
