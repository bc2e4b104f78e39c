package org.kuzet.trafficking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** AES-256-GCM field encryption, the keyring's checks and rotation between keys. */
class FieldCipherTest {

  static final String OTHER_KEY =
      Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

  static FieldCipher cipher(String active, Map<String, String> ring) {
    return new FieldCipher(Keyring.from(new TraffickingKeySettings(active, ring)));
  }

  final FieldCipher demo = cipher("demo", Map.of("demo", Keyring.DEMO_KEY_BASE64));

  @Test
  void roundTripsCyrillicAndHidesIt() {
    String stored = demo.encrypt("Гүлнара Әбдіқызы", "tip_case.given_name_enc#7");
    assertThat(stored).startsWith("v1:demo:").doesNotContain("Гүлнара");
    assertThat(demo.decrypt(stored, "tip_case.given_name_enc#7")).isEqualTo("Гүлнара Әбдіқызы");
    // A fresh nonce every time: equal names do not give equal ciphertexts.
    assertThat(demo.encrypt("Гүлнара Әбдіқызы", "tip_case.given_name_enc#7")).isNotEqualTo(stored);
    assertThat(demo.encrypt(null, "x")).isNull();
    assertThat(demo.encrypt("  ", "x")).isNull();
  }

  @Test
  void aCiphertextMovedToAnotherRowOrAlteredDoesNotDecrypt() {
    String stored = demo.encrypt("Aigul", "tip_case.given_name_enc#7");
    assertThatThrownBy(() -> demo.decrypt(stored, "tip_case.given_name_enc#8"))
        .hasMessageContaining("integrity check");
    char[] chars = stored.toCharArray();
    int last = chars.length - 3;
    chars[last] = chars[last] == 'A' ? 'B' : 'A';
    assertThatThrownBy(() -> demo.decrypt(new String(chars), "tip_case.given_name_enc#7"))
        .hasMessageContaining("integrity check");
    assertThatThrownBy(() -> demo.decrypt("plain text", "x"))
        .hasMessageContaining("not a Kuzet ciphertext");
  }

  @Test
  void rotationReEncryptsUnderTheActiveKeyAndOldKeysStayReadable() {
    String old = demo.encrypt("Rustam", "ctx");
    var ring = Map.of("demo", Keyring.DEMO_KEY_BASE64, "k2", OTHER_KEY);
    var rotated = cipher("k2", ring);
    assertThat(rotated.isCurrent(old)).isFalse();
    assertThat(rotated.decrypt(old, "ctx")).isEqualTo("Rustam");
    String fresh = rotated.reencrypt(old, "ctx");
    assertThat(fresh).startsWith("v1:k2:");
    assertThat(rotated.isCurrent(fresh)).isTrue();
    assertThat(rotated.reencrypt(fresh, "ctx")).isSameAs(fresh);
    assertThat(rotated.decrypt(fresh, "ctx")).isEqualTo("Rustam");
    // Once the old key is removed from the ring, anything left under it is reported clearly.
    var onlyNew = cipher("k2", Map.of("k2", OTHER_KEY));
    assertThatThrownBy(() -> onlyNew.decrypt(old, "ctx"))
        .hasMessageContaining("key 'demo', which is not in kuzet.trafficking.keys.ring");
  }

  @Test
  void theKeyringRefusesBadSettingsNamingTheSetting() {
    assertThatThrownBy(() -> Keyring.from(new TraffickingKeySettings("a", Map.of())))
        .hasMessageContaining("kuzet.trafficking.keys.ring is empty");
    assertThatThrownBy(() -> Keyring.from(new TraffickingKeySettings("a", Map.of("a", "c2hvcnQ="))))
        .hasMessageContaining("kuzet.trafficking.keys.ring.a must decode to 32 bytes");
    assertThatThrownBy(
            () -> Keyring.from(new TraffickingKeySettings("a", Map.of("a", "not base64!"))))
        .hasMessageContaining("kuzet.trafficking.keys.ring.a is not valid base64");
    assertThatThrownBy(() -> Keyring.from(new TraffickingKeySettings("b", Map.of("a", OTHER_KEY))))
        .hasMessageContaining("kuzet.trafficking.keys.active is 'b'");
    assertThatThrownBy(() -> Keyring.from(new TraffickingKeySettings(null, Map.of("a", OTHER_KEY))))
        .hasMessageContaining("kuzet.trafficking.keys.active is not set");
  }

  @Test
  void productionRefusesThePublishedDemoKey() {
    var demoRing =
        Keyring.from(new TraffickingKeySettings("demo", Map.of("demo", Keyring.DEMO_KEY_BASE64)));
    assertThat(CryptoConfig.checked(demoRing, true)).isSameAs(demoRing);
    assertThatThrownBy(() -> CryptoConfig.checked(demoRing, false))
        .hasMessageContaining("published demo key");
    // Even under another id.
    var renamed =
        Keyring.from(new TraffickingKeySettings("prod", Map.of("prod", Keyring.DEMO_KEY_BASE64)));
    assertThatThrownBy(() -> CryptoConfig.checked(renamed, false))
        .hasMessageContaining("published demo key");
    // Anywhere in the ring, not only as the active key.
    var kept =
        Keyring.from(
            new TraffickingKeySettings(
                "prod", Map.of("prod", OTHER_KEY, "old", Keyring.DEMO_KEY_BASE64)));
    assertThatThrownBy(() -> CryptoConfig.checked(kept, false))
        .hasMessageContaining(
            "kuzet.trafficking.keys.ring holds the published demo key (as [old])");
    var real = Keyring.from(new TraffickingKeySettings("prod", Map.of("prod", OTHER_KEY)));
    assertThat(CryptoConfig.checked(real, false)).isSameAs(real);
    // A demo installation without keys of its own runs on the demo key; production has no such
    // fallback.
    assertThat(
            CryptoConfig.configured(new TraffickingKeySettings(null, Map.of()), true)
                .activeIsDemoKey())
        .isTrue();
    assertThatThrownBy(
            () -> CryptoConfig.configured(new TraffickingKeySettings(null, Map.of()), false))
        .hasMessageContaining("kuzet.trafficking.keys.ring is empty");
  }
}
