package org.kuzet.trafficking.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.jspecify.annotations.Nullable;

/**
 * Encrypts one personal field with AES-256-GCM. The stored form is {@code v1:<key id>:<base64 of
 * 12-byte nonce + ciphertext + 16-byte tag>}. The field's context (table, column, row id) is bound
 * in as associated data, so a ciphertext copied into another row or column does not decrypt: it
 * fails loudly instead of showing one victim's data on another's record.
 */
final class FieldCipher {

  private static final String PREFIX = "v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final Keyring keyring;
  private final SecureRandom random = new SecureRandom();

  FieldCipher(Keyring keyring) {
    this.keyring = keyring;
  }

  String activeKeyId() {
    return keyring.activeId();
  }

  /** Ciphertext of {@code plaintext} under the active key; null and blank stay null. */
  @Nullable String encrypt(@Nullable String plaintext, String context) {
    if (plaintext == null || plaintext.isBlank()) {
      return null;
    }
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    String keyId = keyring.activeId();
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, keyring.active(), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(aad(keyId, context));
      byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
      return PREFIX + keyId + ":" + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
    }
  }

  /** The plaintext of a stored field; null stays null. */
  @Nullable String decrypt(@Nullable String stored, String context) {
    if (stored == null) {
      return null;
    }
    String keyId = keyIdOf(stored);
    SecretKey key = keyring.key(keyId);
    if (key == null) {
      throw new IllegalStateException(
          "a field of "
              + context
              + " is encrypted with key '"
              + keyId
              + "', which is not in kuzet.trafficking.keys.ring "
              + keyring.ids()
              + ": put the old key back until the rotation has finished");
    }
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(stored.substring(PREFIX.length() + keyId.length() + 1));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("a field of " + context + " is not valid ciphertext", e);
    }
    if (raw.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new IllegalStateException("a field of " + context + " is truncated ciphertext");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, raw, 0, NONCE_BYTES));
      cipher.updateAAD(aad(keyId, context));
      byte[] plain = cipher.doFinal(raw, NONCE_BYTES, raw.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (AEADBadTagException e) {
      throw new IllegalStateException(
          "a field of " + context + " fails its integrity check: it was altered or moved", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
    }
  }

  /** Whether a stored field is already under the active key (null counts as current). */
  boolean isCurrent(@Nullable String stored) {
    return stored == null || keyIdOf(stored).equals(keyring.activeId());
  }

  /** The stored field re-encrypted under the active key, or unchanged when it already is. */
  @Nullable String reencrypt(@Nullable String stored, String context) {
    return isCurrent(stored) ? stored : encrypt(decrypt(stored, context), context);
  }

  static String keyIdOf(String stored) {
    int end = stored.indexOf(':', PREFIX.length());
    if (!stored.startsWith(PREFIX) || end < 0) {
      throw new IllegalStateException("not a Kuzet ciphertext (expected 'v1:<key id>:...')");
    }
    return stored.substring(PREFIX.length(), end);
  }

  private static byte[] aad(String keyId, String context) {
    return ("kuzet-tip:" + keyId + ":" + context).getBytes(StandardCharsets.UTF_8);
  }
}
