package org.kuzet.identity;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit log: sign-ins, changes, exports and views of sensitive records.
 *
 * <p>Each entry is sealed with HMAC-SHA256 over the previous entry's seal and its own fields as
 * stored, under a key from configuration ({@code kuzet.audit.keys}), so changing or deleting any
 * row breaks the chain and cannot be covered up without the key; {@link #verify()} walks the whole
 * chain and lists every bad entry. The head of the chain is anchored in a file outside the database
 * ({@code kuzet.audit.anchors}), so cutting entries off the end shows too. Entries are written in
 * the caller's transaction, so a change that rolls back leaves no entry.
 */
@Service
public class AuditLog {

  private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
  private static final String SYSTEM = "system";

  private final JdbcClient jdbc;
  private final Clock clock;
  private final AuditKeys keys;
  private final AuditAnchors anchors;
  private long lastAnchored = -1;

  AuditLog(
      JdbcClient jdbc,
      AuditSettings settings,
      @Value("${kuzet.demo.enabled:false}") boolean demo,
      Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.keys = keys(settings.keys(), demo);
    this.anchors = new AuditAnchors(Path.of(settings.anchors().directory()));
  }

  /**
   * The configured ring; a demo installation without one uses the published demo key and says so.
   * Outside a demo the published key is refused wherever it sits in the ring.
   */
  static AuditKeys keys(AuditSettings.Keys settings, boolean demo) {
    if (settings.ring().isEmpty() && demo) {
      log.warn(
          "DEMO INSTALLATION: the audit log is sealed with the published demo key '{}'; "
              + "anyone can recompute its seals. Production sets kuzet.audit.keys.",
          AuditKeys.DEMO_KEY_ID);
      return AuditKeys.demo();
    }
    var keys = AuditKeys.from(settings);
    if (!demo && !keys.demoKeyIds().isEmpty()) {
      throw new IllegalStateException(
          "kuzet.audit.keys.ring holds the published demo key (as "
              + keys.demoKeyIds()
              + "): remove it and seal the audit log with a key of your own"
              + " (see docs/operations.md, section 'Audit log')");
    }
    return keys;
  }

  /** Records an action of the signed-in user (or of the system when nobody is signed in). */
  @Transactional
  public void record(
      String action,
      @Nullable String targetType,
      @Nullable Object targetId,
      @Nullable String detail) {
    var user = CurrentUser.get();
    append(
        user.map(KuzetUser::username).orElse(SYSTEM),
        user.map(u -> u.agency().value()).orElse(null),
        action,
        targetType,
        targetId == null ? null : targetId.toString(),
        detail);
  }

  /**
   * Records an action of the signed-in user with its detail as facts, which the log shows in each
   * reader's language.
   */
  @Transactional
  public void recordFacts(
      String action, @Nullable String targetType, @Nullable Object targetId, AuditDetail detail) {
    record(action, targetType, targetId, detail.stored());
  }

  /** Records an action of a named actor with its detail as facts. */
  @Transactional
  public void recordFactsAs(
      String actor,
      @Nullable String agency,
      String action,
      @Nullable String targetType,
      @Nullable String targetId,
      AuditDetail detail) {
    append(actor, agency, action, targetType, targetId, detail.stored());
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
    // Microsecond precision: what both databases store, so the seal can be recomputed exactly.
    // Every field is sealed exactly as the column stores it.
    var entry =
        new AuditEntry(
            (Long) head[0] + 1,
            clock.instant().truncatedTo(ChronoUnit.MICROS),
            AuditChain.stored(actor, AuditChain.ACTOR),
            AuditChain.storedOrNull(agency, AuditChain.AGENCY),
            AuditChain.stored(action, AuditChain.ACTION),
            AuditChain.storedOrNull(targetType, AuditChain.TARGET_TYPE),
            AuditChain.storedOrNull(targetId, AuditChain.TARGET_ID),
            AuditChain.storedOrNull(detail, AuditChain.DETAIL),
            (String) head[1],
            "",
            AuditChain.keyedScheme(keys.activeId()));
    String hash = AuditChain.seal(keys, entry);
    jdbc.sql(
            """
            INSERT INTO idn_audit
              (seq, at, actor, agency_code, action, target_type, target_id, detail, prev_hash, hash, scheme)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            Arrays.asList(
                entry.seq(),
                entry.at().atOffset(ZoneOffset.UTC),
                entry.actor(),
                entry.agency(),
                entry.action(),
                entry.targetType(),
                entry.targetId(),
                entry.detail(),
                entry.prevHash(),
                hash,
                entry.scheme()))
        .update();
    jdbc.sql("UPDATE idn_audit_head SET last_seq = ?, last_hash = ? WHERE id = 1")
        .params(entry.seq(), hash)
        .update();
  }

  /**
   * Walks the whole chain from the first entry, going on past a break, and checks it against the
   * anchors written outside the database. Lists every bad entry.
   */
  @Transactional(readOnly = true)
  public AuditVerification verify() {
    var unreadable = new ArrayList<String>();
    var walk = new AuditChain.Walk(keys, anchors.read(unreadable));
    // Streamed row by row: the log grows without bound.
    jdbc.sql("SELECT * FROM idn_audit ORDER BY seq")
        .query((RowCallbackHandler) rs -> walk.accept(row(rs, 0)));
    long headSeq =
        jdbc.sql("SELECT last_seq FROM idn_audit_head WHERE id = 1").query(Long.class).single();
    var result = walk.finish(headSeq);
    if (unreadable.isEmpty()) {
      return result;
    }
    var problems = new ArrayList<AuditVerification.Problem>();
    unreadable.forEach(u -> problems.add(new AuditVerification.Problem(0, u)));
    problems.addAll(result.problems());
    return new AuditVerification(
        result.entriesChecked(), problems, result.anchorsChecked(), result.unverifiable());
  }

  /**
   * Writes the chain's head to the anchor file (and the log) when it moved since the last anchor.
   * Returns the anchored entry's seq, or 0 when nothing was written.
   */
  synchronized long anchor() {
    var head =
        jdbc.sql("SELECT last_seq, last_hash FROM idn_audit_head WHERE id = 1")
            .query(
                (rs, n) -> new AuditChain.Anchor(clock.instant(), rs.getLong(1), rs.getString(2)))
            .single();
    if (lastAnchored < 0) {
      lastAnchored = anchors.lastSeq();
    }
    if (head.seq() == 0 || head.seq() == lastAnchored) {
      return 0;
    }
    anchors.append(head);
    lastAnchored = head.seq();
    return head.seq();
  }

  Path anchorFile() {
    return anchors.file();
  }

  /** Newest first, filtered by any of actor, action and target (blank means any). */
  @Transactional(readOnly = true)
  public List<AuditEntry> search(
      @Nullable String actor, @Nullable String action, @Nullable String target, int limit) {
    return search(actor, action, target, 0, limit);
  }

  /**
   * A page of the entries that match, newest first: {@code limit} entries after skipping {@code
   * offset}.
   */
  public List<AuditEntry> search(
      @Nullable String actor,
      @Nullable String action,
      @Nullable String target,
      int offset,
      int limit) {
    return jdbc.sql(
            """
            SELECT * FROM idn_audit
            WHERE (:actor = '' OR actor = :actor)
              AND (:action = '' OR action = :action)
              AND (:target = '' OR target_id = :target OR target_type = :target)
            ORDER BY seq DESC
            OFFSET :offset ROWS FETCH FIRST :limit ROWS ONLY""")
        .param("actor", blankToEmpty(actor))
        .param("action", blankToEmpty(action))
        .param("target", blankToEmpty(target))
        .param("offset", Math.max(0, offset))
        .param("limit", Math.max(1, Math.min(limit, 1000)))
        .query(this::row)
        .list();
  }

  private AuditEntry row(ResultSet rs, int n) throws SQLException {
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
        rs.getString("hash"),
        rs.getString("scheme"));
  }

  private static String blankToEmpty(@Nullable String s) {
    return s == null ? "" : s.strip();
  }
}
