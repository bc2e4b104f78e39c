package org.kuzet.identity.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing, needed by the web app and by the commands that run without it; and the
 * publisher of sign-in events, which {@link SignInEvents} writes to the audit log.
 */
@Configuration
class PasswordHashing {

  /**
   * Spring's publisher announces only the failures it knows by class; a provider's refusal (an
   * OAuth2AuthenticationException, e.g. for a disabled account) would pass unaudited.
   */
  @Bean
  DefaultAuthenticationEventPublisher authenticationEventPublisher(
      ApplicationEventPublisher events) {
    var publisher = new DefaultAuthenticationEventPublisher(events);
    publisher.setDefaultAuthenticationFailureEvent(
        AuthenticationFailureServiceExceptionEvent.class);
    return publisher;
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    // bcrypt by default, with the algorithm named in each hash so it can be raised later; at
    // most one check per processor at a time (see BoundedPasswordEncoder).
    return new BoundedPasswordEncoder(
        PasswordEncoderFactories.createDelegatingPasswordEncoder(),
        Runtime.getRuntime().availableProcessors());
  }
}
