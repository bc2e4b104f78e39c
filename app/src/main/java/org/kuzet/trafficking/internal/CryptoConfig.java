package org.kuzet.trafficking.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the field cipher from {@code kuzet.trafficking.keys}. A demo installation may run on the
 * published demo key and says so in the log; production refuses to start with it.
 */
@Configuration(proxyBeanMethods = false)
class CryptoConfig {

  private static final Logger log = LoggerFactory.getLogger(CryptoConfig.class);

  @Bean
  FieldCipher fieldCipher(
      TraffickingKeySettings settings, @Value("${kuzet.demo.enabled:false}") boolean demo) {
    return new FieldCipher(checked(Keyring.from(settings), demo));
  }

  static Keyring checked(Keyring keyring, boolean demo) {
    if (keyring.activeIsDemoKey()) {
      if (!demo) {
        throw new IllegalStateException(
            "kuzet.trafficking.keys.active ('" + keyring.activeId() + "') is the published demo"
                + " key: production needs its own 256-bit key (see docs/operations.md, section 'Trafficking encryption keys',"
                + " 'Encryption keys')");
      }
      log.warn(
          "DEMO INSTALLATION: victim records are encrypted with the published demo key '{}'."
              + " Never store real cases here.",
          keyring.activeId());
    }
    return keyring;
  }
}
