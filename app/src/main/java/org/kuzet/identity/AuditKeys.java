package org.kuzet.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The HMAC-SHA256 keys that seal the audit chain, by key id, and the one new entries are sealed
 * with. The keys live in configuration, never in the database: someone who can write to the
 * database but does not hold a key cannot rewrite entries and recompute their seals.
 */
final class AuditKeys {

  static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

  /**
   * The demo installation's key. It is published in the source code, so it protects nothing:
   * production refuses to start while it is anywhere in the ring.
   */
  static final String DEMO_KEY_ID = "demo";

  static final String DEMO_KEY_BASE64 = "a3V6ZXQtZGVtby1hdWRpdC1rZXktcHVibGlzaGVkLTIwMjY=";

  private final Map<String, SecretKeySpec> keys;
  private final String activeId;

  private AuditKeys(Map<String, SecretKeySpec> keys, String activeId) {
    this.keys = keys;
    this.activeId = activeId;
  }

  /** The demo installation's ring: the published demo key only. */
  static AuditKeys demo() {
    return from(new AuditSettings.Keys(DEMO_KEY_ID, Map.of(DEMO_KEY_ID, DEMO_KEY_BASE64)));
  }

  /** Reads and checks the configured ring; the message names the setting that is wrong. */
  static AuditKeys from(AuditSettings.Keys settings) {
    var ring = settings.ring();
    if (ring == null || ring.isEmpty()) {
      throw new IllegalStateException(
          "kuzet.audit.keys.ring is empty: configure at least one HMAC key (base64 of 32 random"
              + " bytes), see docs/operations.md, section 'Audit log'");
    }
    var keys = new LinkedHashMap<String, SecretKeySpec>();
    ring.forEach(
        (id, base64) -> {
          if (!KEY_ID.matcher(id).matches()) {
            throw new IllegalStateException(
                "kuzet.audit.keys.ring: key id '"
                    + id
                    + "' must be 1-32 letters, digits, '_' or '-'");
          }
          keys.put(id, new SecretKeySpec(decode(id, base64), "HmacSHA256"));
        });
    String active = settings.active();
    if (active == null || active.isBlank()) {
      throw new IllegalStateException(
          "kuzet.audit.keys.active is not set: name the key id new audit entries are sealed with");
    }
    if (!keys.containsKey(active)) {
      throw new IllegalStateException(
          "kuzet.audit.keys.active is '" + active + "' but the ring holds only " + keys.keySet());
    }
    return new AuditKeys(Map.copyOf(keys), active);
  }

  private static byte[] decode(String id, @Nullable String base64) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("kuzet.audit.keys.ring." + id + " is not valid base64", e);
    }
    if (bytes.length < 32) {
      throw new IllegalStateException(
          "kuzet.audit.keys.ring." + id + " must decode to at least 32 bytes, got " + bytes.length);
    }
    return bytes;
  }

  String activeId() {
    return activeId;
  }

  boolean has(String id) {
    return keys.containsKey(id);
  }

  Set<String> ids() {
    return keys.keySet();
  }

  /** The ids of ring keys that are the published demo key (whatever id they were given). */
  Set<String> demoKeyIds() {
    byte[] demo = Base64.getDecoder().decode(DEMO_KEY_BASE64);
    var found = new TreeSet<String>();
    keys.forEach(
        (id, key) -> {
          if (Arrays.equals(key.getEncoded(), demo)) {
            found.add(id);
          }
        });
    return found;
  }

  /** HMAC-SHA256 of the text under the key with this id, as 64 hex digits. */
  String mac(String keyId, String text) {
    var key = keys.get(keyId);
    if (key == null) {
      throw new IllegalArgumentException("no audit key '" + keyId + "' in kuzet.audit.keys.ring");
    }
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
