package org.kuzet.interdiction.internal.inspection;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.identity.KuzetUser;
import org.kuzet.interdiction.internal.post.InspectionId;
import org.kuzet.web.Conflict;
import org.kuzet.web.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officer's decision on an inspection logged "cleared" although it had hits: the inspection
 * page asks for it until it is made. Keeping "cleared" needs a reason; any other result replaces
 * the logged one. Made once, kept with who and when, and audited.
 */
@Service
class HitDecisions {

  record Decision(
      InspectionId inspectionId,
      InspectionResult before,
      InspectionResult after,
      @Nullable String note,
      String decidedBy,
      Instant decidedAt) {}

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Clock clock;

  HitDecisions(JdbcClient jdbc, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** True when the page must ask: hits, result "cleared", and no decision yet. */
  boolean needed(Inspection in) {
    return !in.hits().isEmpty() && in.result() == InspectionResult.CLEARED && of(in.id()).isEmpty();
  }

  Optional<Decision> of(InspectionId inspectionId) {
    return jdbc.sql("SELECT * FROM intd_hit_decision WHERE inspection_id = ?")
        .param(inspectionId.value())
        .query(
            (rs, n) ->
                new Decision(
                    new InspectionId(rs.getLong("inspection_id")),
                    InspectionResult.valueOf(rs.getString("result_before")),
                    InspectionResult.valueOf(rs.getString("result_after")),
                    rs.getString("note"),
                    rs.getString("decided_by"),
                    rs.getTimestamp("decided_at").toInstant()))
        .optional();
  }

  @Transactional
  Decision decide(KuzetUser officer, Inspection in, InspectionResult result, String note) {
    if (in.hits().isEmpty() || in.result() != InspectionResult.CLEARED) {
      throw new Conflict("inspection " + in.id() + " needs no decision on hits");
    }
    String reason = note.strip();
    if (reason.length() > 1000) {
      throw Refusal.of("note", "interdiction.refusal.tooLong", "1000");
    }
    if (result == InspectionResult.CLEARED && reason.isEmpty()) {
      throw Refusal.of("note", "interdiction.refusal.clearedWithHits");
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    int inserted =
        jdbc.sql(
                "INSERT INTO intd_hit_decision (inspection_id, result_before, result_after, note, decided_by, decided_at)"
                    + " SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM intd_hit_decision WHERE inspection_id = ?)")
            .params(
                Arrays.asList(
                    in.id().value(),
                    in.result().name(),
                    result.name(),
                    reason.isEmpty() ? null : reason,
                    officer.username(),
                    Timestamp.from(now),
                    in.id().value()))
            .update();
    if (inserted == 0) {
      throw new Conflict("the hits of inspection " + in.id() + " were decided already");
    }
    if (result != in.result()) {
      jdbc.sql("UPDATE intd_inspection SET result = ? WHERE id = ?")
          .params(result.name(), in.id().value())
          .update();
    }
    audit.recordFacts(
        "INSPECTION_HITS_DECIDED",
        "inspection",
        in.id(),
        reason.isEmpty()
            ? AuditDetail.of(
                "inspection.hitsDecided", in.hits().size(), in.result().name(), result.name())
            : AuditDetail.of(
                "inspection.hitsDecidedWhy",
                in.hits().size(),
                in.result().name(),
                result.name(),
                reason));
    return of(in.id()).orElseThrow();
  }
}
