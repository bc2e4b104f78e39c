package org.kuzet.testing;

import org.kuzet.identity.internal.Accounts;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signs a MockMvc request in as a demo account (see {@link org.kuzet.identity.DemoAccounts}),
 * loaded from the database with its real id, agency and roles. Autowire it into a test.
 */
@Component
public class As {

  private final Accounts accounts;

  As(Accounts accounts) {
    this.accounts = accounts;
  }

  public RequestPostProcessor user(String username) {
    return SecurityMockMvcRequestPostProcessors.user(
        accounts
            .findByUsername(username)
            .orElseThrow(() -> new IllegalArgumentException("no demo account " + username)));
  }
}
