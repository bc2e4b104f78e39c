package org.kuzet.trafficking.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The keyring that encrypts victims' personal fields ({@code kuzet.trafficking.keys}): key ids
 * mapped to base64-encoded 256-bit AES keys, and the id of the key new ciphertext is written with.
 * Older keys stay in the ring until every ciphertext has been re-encrypted.
 */
@ConfigurationProperties("kuzet.trafficking.keys")
record TraffickingKeySettings(@Nullable String active, @Nullable Map<String, String> ring) {

  TraffickingKeySettings {
    ring = ring == null ? Map.of() : Map.copyOf(ring);
  }
}
