package org.kuzet.training.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import org.kuzet.identity.Agencies;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.KuzetUser;
import org.kuzet.web.NotFound;
import org.kuzet.web.PdfDocuments;
import org.kuzet.web.Refusal;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Certificates after issue: the PDF for the trainee, and revocation with a reason. */
@Service
class CertificateManagement {

  /** Everything a certificate shows; the PDF and the session page read it. */
  record Issued(
      Certificate certificate,
      Enrolment enrolment,
      TrainingSession session,
      Course course,
      Center center) {}

  private final Certificates certificates;
  private final Enrolments enrolments;
  private final Sessions sessions;
  private final Courses courses;
  private final Centers centers;
  private final PdfDocuments pdf;
  private final Agencies agencies;
  private final AuditLog audit;
  private final Clock clock;
  private final String publicBaseUrl;

  CertificateManagement(
      Certificates certificates,
      Enrolments enrolments,
      Sessions sessions,
      Courses courses,
      Centers centers,
      PdfDocuments pdf,
      Agencies agencies,
      AuditLog audit,
      @Qualifier("trainingClock") Clock clock,
      @Value("${kuzet.public-url:}") String publicBaseUrl) {
    this.certificates = certificates;
    this.enrolments = enrolments;
    this.sessions = sessions;
    this.courses = courses;
    this.centers = centers;
    this.pdf = pdf;
    this.agencies = agencies;
    this.audit = audit;
    this.clock = clock;
    this.publicBaseUrl =
        publicBaseUrl.endsWith("/")
            ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
            : publicBaseUrl;
  }

  Issued issued(KuzetUser user, CertificateId certificateId) {
    var c =
        certificates
            .find(certificateId)
            .orElseThrow(() -> new NotFound("certificate", certificateId.value()));
    var e = enrolments.find(c.enrolmentId()).orElseThrow();
    var s = sessions.find(e.sessionId()).orElseThrow();
    var center = centers.find(s.centerId()).orElseThrow();
    TrainingAccess.requireRead(user, center, audit);
    return new Issued(c, e, s, courses.find(s.courseId()).orElseThrow(), center);
  }

  /** The certificate as a PDF; each download is audited, since it carries a person's name. */
  @Transactional(noRollbackFor = TrainingAccess.OtherAgencyRecord.class)
  byte[] pdf(KuzetUser user, CertificateId certificateId, Locale locale) {
    Issued issued = issued(user, certificateId);
    var vars = new LinkedHashMap<String, Object>();
    vars.put("issued", issued);
    vars.put("agencyName", agencies.name(issued.enrolment().trainee().agency(), locale));
    vars.put("verifyUrl", baseUrl() + "/certificates/verify?code=" + issued.certificate().code());
    byte[] bytes = pdf.render("certificates/certificate", vars, locale);
    audit.record(
        "CERTIFICATE_DOWNLOADED",
        "training-certificate",
        certificateId,
        issued.certificate().code());
    return bytes;
  }

  /**
   * The address a certificate's reader verifies it at: the configured public address, or else the
   * address the certificate was downloaded from, so the printed link always has a host.
   */
  private String baseUrl() {
    if (!publicBaseUrl.isEmpty()) {
      return publicBaseUrl;
    }
    try {
      return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    } catch (IllegalStateException e) {
      return publicBaseUrl; // no request (a command): the relative path is all there is
    }
  }

  @Transactional(noRollbackFor = TrainingAccess.OtherAgencyRecord.class)
  void revoke(KuzetUser user, CertificateId certificateId, String reason) {
    Issued issued = issued(user, certificateId);
    TrainingAccess.requireEdit(user, issued.center(), audit);
    if (issued.certificate().revoked()) {
      throw Refusal.of(
          "certificate",
          "training.refusal.certificate.alreadyRevoked",
          issued.certificate().code());
    }
    if (reason.isBlank()) {
      throw Refusal.of("reason", "training.refusal.certificate.reason");
    }
    if (reason.length() > 1000) {
      throw Refusal.of("reason", "training.refusal.tooLong", "reason", 1000);
    }
    certificates.revoke(certificateId, user.username(), reason.strip(), clock.instant());
    audit.record(
        "CERTIFICATE_REVOKED",
        "training-certificate",
        certificateId,
        issued.certificate().code() + ": " + reason.strip());
  }
}
