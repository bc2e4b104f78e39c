package org.kuzet.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class CertificateCodesTest {

  @Test
  void newCodesHaveTheFormatAndDoNotRepeat() {
    var codes = new CertificateCodes(null);
    var seen = new HashSet<String>();
    for (int i = 0; i < 2000; i++) {
      String code = codes.newCode();
      assertThat(CertificateCodes.normalise(code)).contains(code);
      assertThat(seen.add(code)).as("repeated code " + code).isTrue();
    }
  }

  @Test
  void typingSlipsAreForgivenButNotAnythingElse() {
    assertThat(CertificateCodes.normalise(" kzt-ab12-cd34-ef56 ")).contains("KZT-AB12-CD34-EF56");
    assertThat(CertificateCodes.normalise("KZT AB12 CD34 EF56")).contains("KZT-AB12-CD34-EF56");
    assertThat(CertificateCodes.normalise("KZT-AB1O-CD34-EF5I")).contains("KZT-AB10-CD34-EF51");
    assertThat(CertificateCodes.normalise("KZT-AB12-CD34")).isEmpty();
    assertThat(CertificateCodes.normalise("KZT-AB12-CD34-EF5U"))
        .as("U is not in the alphabet")
        .isEmpty();
    assertThat(CertificateCodes.normalise("x".repeat(10_000))).isEmpty();
    assertThat(CertificateCodes.normalise("' OR 1=1 --")).isEmpty();
  }
}
