package org.kuzet.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit log: sign-ins, changes, exports and views of sensitive records.
 *
 * <p>Each entry's hash covers the previous entry's hash and its own fields, so changing or
 * deleting any row breaks the chain from that row on; {@link #verify()} finds the first break.
 * Entries are written in the caller's transaction, so a change that rolls back leaves no entry.
 */
@Service
public class AuditLog {

  private static final String SYSTEM = "system";

  private final JdbcClient jdbc;
  private final Clock clock;

  AuditLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.clock = Clock.systemUTC();
  }

  /** Records an action of the signed-in user (or of the system when nobody is signed in). */
  @Transactional
  public void record(
      String action, @Nullable String targetType, @Nullable Object targetId, @Nullable String detail) {
    var user = CurrentUser.get();
    append(
        user.map(KuzetUser::username).orElse(SYSTEM),
        user.map(u -> u.agency().value()).orElse(null),
        action,
        targetType,
        targetId == null ? null : targetId.toString(),
        detail);
  }

  /** Records an action of a named actor, e.g. a failed sign-in of someone not yet known. */
  @Transactional
  public void recordAs(
      String actor,
      @Nullable String agency,
      String action,
      @Nullable String targetType,
      @Nullable String targetId,
      @Nullable String detail) {
    append(actor, agency, action, targetType, targetId, detail);
  }

  private void append(
      String actor,
      @Nullable String agency,
      String action,
      @Nullable String targetType,
      @Nullable String targetId,
      @Nullable String detail) {
    // Lock the head row: concurrent writers queue here, so the chain never forks.
    var head =
        jdbc.sql("SELECT last_seq, last_hash FROM idn_audit_head WHERE id = 1 FOR UPDATE")
            .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
            .single();
    long seq = (Long) head[0] + 1;
    String prev = (String) head[1];
    // Microsecond precision: what both databases store, so the hash can be recomputed exactly.
    Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
    String clipped = detail == null ? null : clip(detail, 2000);
    String hash = hash(prev, seq, at, actor, agency, action, targetType, targetId, clipped);
    jdbc.sql(
            """
            INSERT INTO idn_audit
              (seq, at, actor, agency_code, action, target_type, target_id, detail, prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            seq,
            at.atOffset(ZoneOffset.UTC),
            clip(actor, 100),
            agency,
            clip(action, 60),
            targetType,
            targetId == null ? null : clip(targetId, 100),
            clipped,
            prev,
            hash)
        .update();
    jdbc.sql("UPDATE idn_audit_head SET last_seq = ?, last_hash = ? WHERE id = 1")
        .params(seq, hash)
        .update();
  }

  /** Walks the whole chain from the first entry and reports the first broken link, if any. */
  @Transactional(readOnly = true)
  public AuditVerification verify() {
    String expectedPrev = "0".repeat(64);
    long expectedSeq = 1;
    long checked = 0;
    for (AuditEntry e : jdbc.sql("SELECT * FROM idn_audit ORDER BY seq").query(this::row).list()) {
      if (e.seq() != expectedSeq) {
        return new AuditVerification(
            checked, expectedSeq, "entry " + expectedSeq + " is missing (next found: " + e.seq() + ")");
      }
      if (!e.prevHash().equals(expectedPrev)) {
        return new AuditVerification(
            checked, e.seq(), "entry " + e.seq() + " does not link to the entry before it");
      }
      String recomputed =
          hash(
              e.prevHash(),
              e.seq(),
              e.at(),
              e.actor(),
              e.agency(),
              e.action(),
              e.targetType(),
              e.targetId(),
              e.detail());
      if (!recomputed.equals(e.hash())) {
        return new AuditVerification(
            checked, e.seq(), "entry " + e.seq() + " was changed after it was written");
      }
      expectedPrev = e.hash();
      expectedSeq++;
      checked++;
    }
    var head =
        jdbc.sql("SELECT last_seq FROM idn_audit_head WHERE id = 1").query(Long.class).single();
    if (head != expectedSeq - 1) {
      return new AuditVerification(
          checked, expectedSeq, "entries after " + (expectedSeq - 1) + " were deleted");
    }
    return new AuditVerification(checked, null, "audit chain intact: " + checked + " entries");
  }

  /** Newest first, filtered by any of actor, action and target (blank means any). */
  @Transactional(readOnly = true)
  public List<AuditEntry> search(
      @Nullable String actor, @Nullable String action, @Nullable String target, int limit) {
    return jdbc.sql(
            """
            SELECT * FROM idn_audit
            WHERE (:actor = '' OR actor = :actor)
              AND (:action = '' OR action = :action)
              AND (:target = '' OR target_id = :target OR target_type = :target)
            ORDER BY seq DESC
            FETCH FIRST :limit ROWS ONLY""")
        .param("actor", blankToEmpty(actor))
        .param("action", blankToEmpty(action))
        .param("target", blankToEmpty(target))
        .param("limit", Math.max(1, Math.min(limit, 1000)))
        .query(this::row)
        .list();
  }

  private AuditEntry row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new AuditEntry(
        rs.getLong("seq"),
        rs.getObject("at", OffsetDateTime.class).toInstant(),
        rs.getString("actor"),
        rs.getString("agency_code"),
        rs.getString("action"),
        rs.getString("target_type"),
        rs.getString("target_id"),
        rs.getString("detail"),
        rs.getString("prev_hash"),
        rs.getString("hash"));
  }

  static String hash(
      String prev,
      long seq,
      Instant at,
      String actor,
      @Nullable String agency,
      String action,
      @Nullable String targetType,
      @Nullable String targetId,
      @Nullable String detail) {
    // Fields joined with a unit separator, which none of them can contain un-noticed.
    String joined =
        String.join(
            "\u001f",
            prev,
            Long.toString(seq),
            at.toString(),
            actor,
            String.valueOf(agency),
            action,
            String.valueOf(targetType),
            String.valueOf(targetId),
            String.valueOf(detail));
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String blankToEmpty(@Nullable String s) {
    return s == null ? "" : s.strip();
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
