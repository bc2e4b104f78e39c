package org.kuzet.trafficking.internal;

import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The AES-256 keys victims' personal fields are encrypted with, by key id, and the active one.
 * Every ciphertext names its key id, so keys can be rotated without a flag day.
 */
final class Keyring {

  static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

  /**
   * The demo installation's key. It is published in the source code, so it protects nothing:
   * production refuses to start while it is the active key.
   */
  static final String DEMO_KEY_ID = "demo";

  static final String DEMO_KEY_BASE64 = "a3V6ZXQtZGVtby1rZXktbm90LWEtc2VjcmV0LTIwMDk=";

  private final Map<String, SecretKey> keys;
  private final String activeId;

  private Keyring(Map<String, SecretKey> keys, String activeId) {
    this.keys = keys;
    this.activeId = activeId;
  }

  /** Reads and checks the configured ring; the message names the setting that is wrong. */
  static Keyring from(TraffickingKeySettings settings) {
    var ring = settings.ring();
    if (ring == null || ring.isEmpty()) {
      throw new IllegalStateException(
          "kuzet.trafficking.keys.ring is empty: configure at least one 256-bit AES key"
              + " (base64), see docs/operations.md, section 'Trafficking encryption keys'");
    }
    var keys = new LinkedHashMap<String, SecretKey>();
    ring.forEach(
        (id, base64) -> {
          if (!KEY_ID.matcher(id).matches()) {
            throw new IllegalStateException(
                "kuzet.trafficking.keys.ring: key id '"
                    + id
                    + "' must be 1-32 letters, digits, '_' or '-'");
          }
          keys.put(id, new SecretKeySpec(decode(id, base64), "AES"));
        });
    String active = settings.active();
    if (active == null || active.isBlank()) {
      throw new IllegalStateException(
          "kuzet.trafficking.keys.active is not set: name the key id to encrypt with");
    }
    if (!keys.containsKey(active)) {
      throw new IllegalStateException(
          "kuzet.trafficking.keys.active is '"
              + active
              + "' but the ring holds only "
              + keys.keySet());
    }
    return new Keyring(Map.copyOf(keys), active);
  }

  private static byte[] decode(String id, @Nullable String base64) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "kuzet.trafficking.keys.ring." + id + " is not valid base64", e);
    }
    if (bytes.length != 32) {
      throw new IllegalStateException(
          "kuzet.trafficking.keys.ring."
              + id
              + " must decode to 32 bytes (AES-256), got "
              + bytes.length);
    }
    return bytes;
  }

  String activeId() {
    return activeId;
  }

  SecretKey active() {
    return Objects.requireNonNull(keys.get(activeId), "the constructor checks the active key");
  }

  @Nullable SecretKey key(String id) {
    return keys.get(id);
  }

  Set<String> ids() {
    return keys.keySet();
  }

  /** The ids under which the published demo key sits in the ring. */
  Set<String> demoKeyIds() {
    byte[] demo = Base64.getDecoder().decode(DEMO_KEY_BASE64);
    var ids = new TreeSet<String>();
    keys.forEach(
        (id, key) -> {
          if (Arrays.equals(key.getEncoded(), demo)) {
            ids.add(id);
          }
        });
    return ids;
  }

  /** Whether the active key is the published demo key. */
  boolean activeIsDemoKey() {
    return Arrays.equals(active().getEncoded(), Base64.getDecoder().decode(DEMO_KEY_BASE64));
  }
}
