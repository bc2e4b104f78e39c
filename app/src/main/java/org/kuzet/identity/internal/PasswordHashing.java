package org.kuzet.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing, needed by the web app and by the commands that run without it. */
@Configuration
class PasswordHashing {

  @Bean
  PasswordEncoder passwordEncoder() {
    // bcrypt by default, with the algorithm named in each hash so it can be raised later.
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}
