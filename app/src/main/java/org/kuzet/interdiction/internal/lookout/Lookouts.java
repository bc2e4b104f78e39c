package org.kuzet.interdiction.internal.lookout;

import static org.kuzet.interdiction.internal.post.Timestamps.instant;
import static org.kuzet.interdiction.internal.post.Timestamps.instantOrNull;
import static org.kuzet.interdiction.internal.post.Timestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;
import org.kuzet.interdiction.LookoutId;
import org.kuzet.interdiction.internal.post.InspectionId;
import org.kuzet.interdiction.internal.post.PostId;
import org.kuzet.web.ListPage;
import org.kuzet.web.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lookouts, their chosen posts and the posts' feedback. The reads are read-only transactions
 * because {@link #row} reads a lookout's posts while the lookouts' result set is open: that must
 * reuse the same connection, not hold one pooled connection while borrowing a second.
 */
@Repository
public class Lookouts {

  private final JdbcClient jdbc;

  Lookouts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  LookoutId insert(Lookout l) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO intd_lookout (subject, plate, plate_key, person_name, name_key, birth_date,
              document_number, reason, scope, region_iso, issued_by, issuer_agency, issued_at,
              expires_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            Arrays.asList(
                l.subject().name(),
                l.plate(),
                l.plateKey(),
                l.personName(),
                l.nameKey(),
                l.birthDate(),
                l.documentNumber(),
                l.reason(),
                l.scope().name(),
                l.regionIso(),
                l.issuedBy(),
                l.issuerAgency().value(),
                utc(l.issuedAt()),
                utc(l.expiresAt())))
        .update(keys, "id");
    LookoutId id =
        new LookoutId(Objects.requireNonNull(keys.getKey(), "the generated id").longValue());
    for (PostId postId : l.postIds()) {
      jdbc.sql("INSERT INTO intd_lookout_post (lookout_id, post_id) VALUES (?, ?)")
          .params(id.value(), postId.value())
          .update();
    }
    return id;
  }

  void cancel(LookoutId id, Instant at) {
    jdbc.sql("UPDATE intd_lookout SET cancelled_at = ? WHERE id = ? AND cancelled_at IS NULL")
        .params(utc(at), id.value())
        .update();
  }

  @Transactional(readOnly = true)
  public Optional<Lookout> byId(LookoutId id) {
    return jdbc.sql("SELECT * FROM intd_lookout WHERE id = ?")
        .param(id.value())
        .query(this::row)
        .optional();
  }

  /** Active vehicle lookouts for a plate key, wherever they reach. */
  @Transactional(readOnly = true)
  public List<Lookout> activeForPlate(String plateKey, Instant at) {
    return jdbc.sql(
            """
            SELECT * FROM intd_lookout
            WHERE plate_key = ? AND expires_at > ? AND cancelled_at IS NULL""")
        .params(plateKey, utc(at))
        .query(this::row)
        .list();
  }

  /** Active person lookouts for any of these document numbers or name keys. */
  @Transactional(readOnly = true)
  public List<Lookout> activeForPersons(
      Collection<String> documents, Collection<String> nameKeys, Instant at) {
    if (documents.isEmpty() && nameKeys.isEmpty()) {
      return List.of();
    }
    // Two indexed look-ups rather than one OR, which would scan.
    Set<LookoutId> seen = new HashSet<>();
    var found = new ArrayList<Lookout>();
    if (!documents.isEmpty()) {
      jdbc.sql(
              """
              SELECT * FROM intd_lookout
              WHERE document_number IN (:keys) AND expires_at > :at
                AND cancelled_at IS NULL""")
          .param("keys", documents)
          .param("at", utc(at))
          .query(this::row)
          .list()
          .forEach(
              l -> {
                if (seen.add(l.id())) found.add(l);
              });
    }
    if (!nameKeys.isEmpty()) {
      jdbc.sql(
              """
              SELECT * FROM intd_lookout
              WHERE name_key IN (:keys) AND expires_at > :at
                AND cancelled_at IS NULL""")
          .param("keys", nameKeys)
          .param("at", utc(at))
          .query(this::row)
          .list()
          .forEach(
              l -> {
                if (seen.add(l.id())) found.add(l);
              });
    }
    return found;
  }

  /** Active lookouts, newest first. */
  @Transactional(readOnly = true)
  public List<Lookout> active(Instant at, int limit) {
    return jdbc.sql(
            """
            SELECT * FROM intd_lookout WHERE expires_at > ? AND cancelled_at IS NULL
            ORDER BY issued_at DESC FETCH FIRST ? ROWS ONLY""")
        .params(utc(at), limit)
        .query(this::row)
        .list();
  }

  /** All lookouts, newest first (the caller filters by what the user may see). */
  @Transactional(readOnly = true)
  public List<Lookout> latest(int limit) {
    return jdbc.sql("SELECT * FROM intd_lookout ORDER BY issued_at DESC FETCH FIRST ? ROWS ONLY")
        .param(limit)
        .query(this::row)
        .list();
  }

  /** The API's fields to sort lookouts by, and their columns. */
  static final Map<String, String> SORTS =
      Map.of("issuedAt", "l.issued_at", "expiresAt", "l.expires_at", "id", "l.id");

  /**
   * One page of the lookouts an agency issued or that reach one of its posts (all posts, its posts'
   * region, or its posts by name): the rule of {@code InterdictionAccess.maySee}, in SQL.
   *
   * @param active true: in force at {@code now}; false: closed or expired; null: all
   */
  @Transactional(readOnly = true)
  public ListPage<Lookout> visibleTo(
      AgencyCode agency,
      @Nullable Boolean active,
      @Nullable LookoutSubject subject,
      Instant now,
      Paging paging) {
    // The text block loses its leading blank: the clause follows the table's alias directly.
    var where =
        new StringBuilder(" ")
            .append(
                """
        WHERE (l.issuer_agency = :agency
          OR l.scope = 'ALL' AND EXISTS (SELECT 1 FROM intd_post p WHERE p.agency_code = :agency)
          OR l.scope = 'REGION' AND EXISTS (SELECT 1 FROM intd_post p WHERE p.agency_code = :agency AND p.region_iso = l.region_iso)
          OR l.scope = 'POSTS' AND EXISTS (SELECT 1 FROM intd_lookout_post lp JOIN intd_post p ON p.id = lp.post_id
                                           WHERE lp.lookout_id = l.id AND p.agency_code = :agency))""");
    var params = new HashMap<String, Object>();
    params.put("agency", agency.value());
    if (active != null) {
      where.append(
          active
              ? " AND l.cancelled_at IS NULL AND l.expires_at > :now"
              : " AND (l.cancelled_at IS NOT NULL OR l.expires_at <= :now)");
      params.put("now", utc(now));
    }
    if (subject != null) {
      where.append(" AND l.subject = :subject");
      params.put("subject", subject.name());
    }
    long total =
        jdbc.sql(Paging.countUpToLimit(" FROM intd_lookout l" + where))
            .params(params)
            .query(Long.class)
            .single();
    var rows =
        jdbc.sql(
                "SELECT l.* FROM intd_lookout l"
                    + where
                    + paging.orderBy(SORTS, "l.id")
                    + paging.limit())
            .params(params)
            .query(this::row)
            .list();
    return new ListPage<>(rows, paging, total);
  }

  /** Lookouts a user issued, newest first. */
  @Transactional(readOnly = true)
  public List<Lookout> issuedBy(String username) {
    return jdbc.sql("SELECT * FROM intd_lookout WHERE issued_by = ? ORDER BY issued_at DESC")
        .param(username)
        .query(this::row)
        .list();
  }

  public void insertFeedback(
      LookoutId lookoutId,
      InspectionId inspectionId,
      FeedbackAction action,
      String note,
      String by,
      Instant at) {
    jdbc.sql(
            """
            INSERT INTO intd_lookout_feedback (lookout_id, inspection_id, action_taken, note,
              recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)""")
        .params(lookoutId.value(), inspectionId.value(), action.name(), note, by, utc(at))
        .update();
  }

  /** One piece of feedback from a post. */
  public record Feedback(
      long id,
      LookoutId lookoutId,
      InspectionId inspectionId,
      FeedbackAction action,
      String note,
      String recordedBy,
      Instant recordedAt) {}

  public List<Feedback> feedback(LookoutId lookoutId) {
    return jdbc.sql("SELECT * FROM intd_lookout_feedback WHERE lookout_id = ? ORDER BY recorded_at")
        .param(lookoutId.value())
        .query(
            (rs, n) ->
                new Feedback(
                    rs.getLong("id"),
                    new LookoutId(rs.getLong("lookout_id")),
                    new InspectionId(rs.getLong("inspection_id")),
                    FeedbackAction.valueOf(rs.getString("action_taken")),
                    rs.getString("note") == null ? "" : rs.getString("note"),
                    rs.getString("recorded_by"),
                    instant(rs, "recorded_at")))
        .list();
  }

  private Lookout row(ResultSet rs, int n) throws SQLException {
    long id = rs.getLong("id");
    LookoutScope scope = LookoutScope.valueOf(rs.getString("scope"));
    Set<PostId> posts =
        scope == LookoutScope.POSTS
            ? Set.copyOf(
                jdbc.sql("SELECT post_id FROM intd_lookout_post WHERE lookout_id = ?")
                    .param(id)
                    .query((r, i) -> new PostId(r.getLong(1)))
                    .list())
            : Set.of();
    return new Lookout(
        new LookoutId(id),
        LookoutSubject.valueOf(rs.getString("subject")),
        rs.getString("plate"),
        rs.getString("plate_key"),
        rs.getString("person_name"),
        rs.getString("name_key"),
        rs.getObject("birth_date", LocalDate.class),
        rs.getString("document_number"),
        rs.getString("reason"),
        scope,
        rs.getString("region_iso"),
        posts,
        rs.getString("issued_by"),
        AgencyCode.of(rs.getString("issuer_agency")),
        instant(rs, "issued_at"),
        instant(rs, "expires_at"),
        instantOrNull(rs, "cancelled_at"));
  }
}
