package org.kuzet.training.internal;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Issues certificate verification codes and checks them. A code is {@code KZT-XXXX-XXXX-XXXX} in
 * Crockford's base-32 (no I, L, O or U, so it survives being read aloud or retyped): 60 random
 * bits, far too many to guess one.
 */
@Component
class CertificateCodes {

  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final Pattern FORMAT =
      Pattern.compile("KZT-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");

  /** What a code says. */
  enum Verdict {
    VALID,
    REVOKED,
    UNKNOWN
  }

  /** The answer of the public check: a verdict and, for a real certificate, its course and date. */
  record Verification(Verdict verdict, Optional<Certificates.PublicView> certificate) {}

  private final Certificates certificates;
  private final SecureRandom random = new SecureRandom();

  CertificateCodes(Certificates certificates) {
    this.certificates = certificates;
  }

  CertificateId issue(EnrolmentId enrolmentId, LocalDate on) {
    var existing = certificates.ofEnrolment(enrolmentId);
    if (existing.isPresent()) {
      return existing.get().id();
    }
    String code;
    do {
      code = newCode();
    } while (certificates.codeExists(code));
    return certificates.insert(enrolmentId, code, on);
  }

  String newCode() {
    var sb = new StringBuilder("KZT");
    for (int group = 0; group < 3; group++) {
      sb.append('-');
      for (int i = 0; i < 4; i++) {
        sb.append(ALPHABET.charAt(random.nextInt(32)));
      }
    }
    return sb.toString();
  }

  /**
   * Tidies what a person typed: upper case, no spaces, and the letters people confuse with digits
   * (O, I, L) read as Crockford does. Returns empty when it cannot be a code at all.
   */
  static Optional<String> normalise(String typed) {
    if (typed.length() > 64) {
      return Optional.empty();
    }
    String s = typed.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s]", "");
    if (s.startsWith("KZT")) {
      String rest =
          s.substring(3).replace("-", "").replace('O', '0').replace('I', '1').replace('L', '1');
      if (rest.length() == 12) {
        s = "KZT-" + rest.substring(0, 4) + "-" + rest.substring(4, 8) + "-" + rest.substring(8);
      }
    }
    return FORMAT.matcher(s).matches() ? Optional.of(s) : Optional.empty();
  }

  Verification verify(String typed) {
    var view = normalise(typed).flatMap(certificates::publicView);
    if (view.isEmpty()) {
      return new Verification(Verdict.UNKNOWN, Optional.empty());
    }
    return new Verification(view.get().revoked() ? Verdict.REVOKED : Verdict.VALID, view);
  }
}
