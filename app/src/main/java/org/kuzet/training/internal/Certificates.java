package org.kuzet.training.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.kuzet.training.SessionId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Certificates of completion (table {@code trn_certificate}). */
@Repository
class Certificates {

  /** What the public verification page may say about a code: nothing about the person. */
  record PublicView(String courseTitle, LocalDate issuedOn, boolean revoked) {}

  private final JdbcClient jdbc;

  Certificates(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Certificate> find(CertificateId id) {
    return jdbc.sql("SELECT * FROM trn_certificate WHERE id = ?")
        .param(id.value())
        .query(Certificates::certificate)
        .optional();
  }

  Optional<Certificate> ofEnrolment(EnrolmentId enrolmentId) {
    return jdbc.sql("SELECT * FROM trn_certificate WHERE enrolment_id = ?")
        .param(enrolmentId.value())
        .query(Certificates::certificate)
        .optional();
  }

  List<Certificate> ofSession(SessionId sessionId) {
    return jdbc.sql(
            """
            SELECT c.* FROM trn_certificate c JOIN trn_enrolment e ON e.id = c.enrolment_id
            WHERE e.session_id = ? ORDER BY c.id""")
        .param(sessionId.value())
        .query(Certificates::certificate)
        .list();
  }

  Optional<PublicView> publicView(String code) {
    return jdbc.sql(
            """
            SELECT co.title, c.issued_on, c.revoked_at FROM trn_certificate c
            JOIN trn_enrolment e ON e.id = c.enrolment_id
            JOIN trn_session s ON s.id = e.session_id
            JOIN trn_course co ON co.id = s.course_id
            WHERE c.code = ?""")
        .param(code)
        .query(
            (rs, n) ->
                new PublicView(
                    rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3) != null))
        .optional();
  }

  boolean codeExists(String code) {
    return jdbc.sql("SELECT COUNT(*) FROM trn_certificate WHERE code = ?")
            .param(code)
            .query(Long.class)
            .single()
        > 0;
  }

  CertificateId insert(EnrolmentId enrolmentId, String code, LocalDate issuedOn) {
    long id = jdbc.sql("SELECT nextval('kuzet_seq')").query(Long.class).single();
    jdbc.sql("INSERT INTO trn_certificate (id, enrolment_id, code, issued_on) VALUES (?, ?, ?, ?)")
        .params(id, enrolmentId.value(), code, issuedOn)
        .update();
    return new CertificateId(id);
  }

  void revoke(CertificateId id, String by, String reason, Instant at) {
    jdbc.sql(
            "UPDATE trn_certificate SET revoked_at = ?, revoked_by = ?, revoke_reason = ? WHERE id = ?")
        .params(at.atOffset(ZoneOffset.UTC), by, reason, id.value())
        .update();
  }

  private static Certificate certificate(ResultSet rs, int n) throws SQLException {
    OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
    return new Certificate(
        new CertificateId(rs.getLong("id")),
        new EnrolmentId(rs.getLong("enrolment_id")),
        rs.getString("code"),
        rs.getObject("issued_on", LocalDate.class),
        revoked == null ? null : revoked.toInstant(),
        rs.getString("revoked_by"),
        rs.getString("revoke_reason"));
  }
}
