package org.kuzet.identity.internal;

import static org.mockito.Mockito.mock;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Set;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.Role;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The application's own security filter chain ({@link SecurityConfig}, with the URL rules of {@code
 * AccessRules}) for a {@code @WebMvcTest} slice, without the database behind sign-in: the slice's
 * requests are signed in as a made-up user ({@link #signedIn}), whom the account refresh leaves
 * alone, and no password, token or identity provider is ever checked.
 */
@TestConfiguration
@Import(SecurityConfig.class)
public class WebSliceSecurity {

  @Bean
  Accounts accounts() {
    // Knows no account: a made-up user is left as signed in (AccountRefreshFilter).
    return mock(Accounts.class);
  }

  @Bean
  ApiTokens apiTokens() {
    return mock(ApiTokens.class);
  }

  @Bean
  FederatedAccounts federatedAccounts() {
    return mock(FederatedAccounts.class);
  }

  @Bean
  SignInThrottle signInThrottle() {
    return mock(SignInThrottle.class);
  }

  /** A request signed in as a user of this agency with these roles, unknown to any database. */
  public static RequestPostProcessor signedIn(String username, AgencyCode agency, Role... roles) {
    return user(
        LocalKuzetUser.of(-Math.abs(username.hashCode()) - 1, username, agency, Set.of(roles)));
  }
}
