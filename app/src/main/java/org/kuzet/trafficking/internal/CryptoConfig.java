package org.kuzet.trafficking.internal;

import java.util.Map;
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
  Keyring traffickingKeyring(
      TraffickingKeySettings settings, @Value("${kuzet.demo.enabled:false}") boolean demo) {
    return checked(configured(settings, demo), demo);
  }

  @Bean
  FieldCipher fieldCipher(Keyring traffickingKeyring) {
    return new FieldCipher(traffickingKeyring);
  }

  /**
   * The configured ring; a demo installation that configures none gets the published demo key. The
   * demo key is not in the shared settings file, so it never ends up in a production ring merged
   * from several configuration sources.
   */
  static Keyring configured(TraffickingKeySettings settings, boolean demo) {
    if (demo && (settings.ring() == null || settings.ring().isEmpty())) {
      return Keyring.from(
          new TraffickingKeySettings(
              Keyring.DEMO_KEY_ID, Map.of(Keyring.DEMO_KEY_ID, Keyring.DEMO_KEY_BASE64)));
    }
    return Keyring.from(settings);
  }

  static Keyring checked(Keyring keyring, boolean demo) {
    if (!demo && !keyring.demoKeyIds().isEmpty()) {
      // Anywhere in the ring, not only as the active key: a value written under it can be read by
      // anyone.
      throw new IllegalStateException(
          "kuzet.trafficking.keys.ring holds the published demo key (as "
              + keyring.demoKeyIds()
              + "):"
              + " production needs keys of its own; re-encrypt anything under it and remove it"
              + " (see docs/operations.md, section 'Trafficking encryption keys')");
    }
    if (keyring.activeIsDemoKey()) {
      log.warn(
          "DEMO INSTALLATION: victim records are encrypted with the published demo key '{}'."
              + " Never store real cases here.",
          keyring.activeId());
    }
    return keyring;
  }
}
