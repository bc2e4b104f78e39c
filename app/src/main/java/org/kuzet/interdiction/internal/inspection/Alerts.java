package org.kuzet.interdiction.internal.inspection;

import static org.kuzet.interdiction.internal.post.Timestamps.instant;
import static org.kuzet.interdiction.internal.post.Timestamps.instantOrNull;
import static org.kuzet.interdiction.internal.post.Timestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;
import org.kuzet.interdiction.LookoutId;
import org.kuzet.interdiction.internal.post.InspectionId;
import org.kuzet.interdiction.internal.post.Post;
import org.kuzet.interdiction.internal.post.PostId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Alerts in {@code intd_alert}. Named so as not to clash with other modules' alert stores. */
@Repository("interdictionAlerts")
public class Alerts {

  private final JdbcClient jdbc;

  Alerts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Alert insert(
      AlertKind kind,
      Post post,
      AgencyCode agency,
      @Nullable String recipient,
      InspectionId inspectionId,
      long hitId,
      @Nullable LookoutId lookoutId,
      AlertSummary facts,
      Instant now) {
    var keys = new GeneratedKeyHolder();
    String summary = facts.english();
    String clipped = summary.length() <= 500 ? summary : summary.substring(0, 500);
    // Names too long to keep as facts: the sentence alone stays.
    @Nullable AlertSummary kept = facts.storedArgs().length() <= 2000 ? facts : null;
    jdbc.sql(
            """
            INSERT INTO intd_alert (kind, post_id, agency_code, recipient, inspection_id, hit_id,
              lookout_id, summary, summary_shape, summary_args, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            Arrays.asList(
                kind.name(),
                post.id().value(),
                agency.value(),
                recipient,
                inspectionId.value(),
                hitId,
                LookoutId.numberOf(lookoutId),
                clipped,
                kept == null ? null : kept.shape().name(),
                kept == null ? null : kept.storedArgs(),
                utc(now)))
        .update(keys, "id");
    return new Alert(
        Objects.requireNonNull(keys.getKey(), "the generated id").longValue(),
        kind,
        post.id(),
        agency,
        recipient,
        inspectionId,
        hitId,
        lookoutId,
        clipped,
        kept,
        now,
        null,
        null);
  }

  public Optional<Alert> byId(long id) {
    return jdbc.sql("SELECT * FROM intd_alert WHERE id = ?")
        .param(id)
        .query(Alerts::row)
        .optional();
  }

  /**
   * Alerts for a user: those addressed to them, and those of the given posts (which the caller has
   * already limited to posts the user's agency operates).
   */
  public List<Alert> forUser(
      String username, Collection<Long> postIds, boolean openOnly, int limit) {
    String posts = postIds.isEmpty() ? "" : " OR (recipient IS NULL AND post_id IN (:posts))";
    var spec =
        jdbc.sql(
                "SELECT * FROM intd_alert WHERE (recipient = :user"
                    + posts
                    + ")"
                    + (openOnly ? " AND acknowledged_at IS NULL" : "")
                    + " ORDER BY created_at DESC, id DESC FETCH FIRST :limit ROWS ONLY")
            .param("user", username)
            .param("limit", limit);
    if (!postIds.isEmpty()) {
      spec = spec.param("posts", postIds);
    }
    return spec.query(Alerts::row).list();
  }

  public List<Alert> forInspection(InspectionId inspectionId) {
    return jdbc.sql("SELECT * FROM intd_alert WHERE inspection_id = ? ORDER BY id")
        .param(inspectionId.value())
        .query(Alerts::row)
        .list();
  }

  boolean acknowledge(long id, String by, Instant at) {
    return jdbc.sql(
                "UPDATE intd_alert SET acknowledged_by = ?, acknowledged_at = ?"
                    + " WHERE id = ? AND acknowledged_at IS NULL")
            .params(by, utc(at), id)
            .update()
        == 1;
  }

  static Alert row(ResultSet rs, int n) throws SQLException {
    return new Alert(
        rs.getLong("id"),
        AlertKind.valueOf(rs.getString("kind")),
        new PostId(rs.getLong("post_id")),
        AgencyCode.of(rs.getString("agency_code")),
        rs.getString("recipient"),
        new InspectionId(rs.getLong("inspection_id")),
        rs.getLong("hit_id"),
        LookoutId.ofNullable((Long) rs.getObject("lookout_id", Long.class)),
        rs.getString("summary"),
        AlertSummary.stored(rs.getString("summary_shape"), rs.getString("summary_args")),
        instant(rs, "created_at"),
        rs.getString("acknowledged_by"),
        instantOrNull(rs, "acknowledged_at"));
  }
}
