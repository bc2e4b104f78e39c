package org.kuzet.training.internal;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public page on which anyone (an employer, another agency) confirms a certificate by its code:
 * valid, revoked or unknown, with the course and date at most — never the person.
 */
@Controller
class CertificateVerificationController {

  private static final Logger log =
      LoggerFactory.getLogger(CertificateVerificationController.class);

  private final CertificateCodes codes;

  CertificateVerificationController(CertificateCodes codes) {
    this.codes = codes;
  }

  @GetMapping("/certificates/verify")
  String verify(@RequestParam(name = "code", required = false) @Nullable String code, Model model) {
    if (code != null && !code.isBlank()) {
      var verification = codes.verify(code);
      model.addAttribute("code", code.length() > 64 ? code.substring(0, 64) : code.strip());
      model.addAttribute("verification", verification);
      log.info("certificate check: {}", verification.verdict());
    }
    return "certificates/verify";
  }
}
