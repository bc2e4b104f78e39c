package org.kuzet.identity.internal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.internal.demo.IdentityDemoData;
import org.kuzet.testing.OnH2;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * KUZET_DEMO_TOKEN on a demo installation: that value is an API token of the demo administrator.
 */
@OnH2
class DemoTokenH2IT {

  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired AuditLog audit;
  @Autowired ApiTokens tokens;
  @Autowired Clock clock;

  void startWith(String demoToken) {
    new IdentityDemoData(accounts, encoder, audit, tokens, demoToken, clock).run(null);
  }

  @Test
  void theDemoTokenActsAsTheDemoAdministratorAndAChangedValueReplacesIt() throws Exception {
    String first = "demo-" + UUID.randomUUID();
    startWith(first);
    startWith(first); // a restart with the same value changes nothing
    mvc.perform(get("/api/me").header("Authorization", "Bearer " + first))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.username").value("admin"))
        .andExpect(jsonPath("$.roles[0]").value("ADMINISTRATOR"));

    String second = "demo-" + UUID.randomUUID();
    startWith(second);
    mvc.perform(get("/api/me").header("Authorization", "Bearer " + first))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/me").header("Authorization", "Bearer " + second))
        .andExpect(status().isOk());

    // Too short to be a secret: ignored.
    startWith("short");
    mvc.perform(get("/api/me").header("Authorization", "Bearer short"))
        .andExpect(status().isUnauthorized());
  }
}
