package org.kuzet.interdiction.internal.movement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kuzet.interdiction.internal.post.InspectionId;
import org.kuzet.interdiction.internal.post.PostId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the movement summary: legs, the usual time per pair of posts, and the history of a vehicle
 * or person. Callers pass the posts the user may see; a leg is shown only when both of its posts
 * are among them.
 */
@Repository
public class Movements {

  private final JdbcClient jdbc;

  Movements(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A leg between two posts. */
  public record Leg(
      long id,
      String subject,
      String subjectKey,
      long fromInspection,
      long toInspection,
      PostId fromPost,
      PostId toPost,
      Instant fromAt,
      Instant toAt,
      int minutes,
      @Nullable String unusual) {}

  /** A vehicle or person and how much they moved in the period. */
  public record Traveller(String subject, String subjectKey, int legs, int posts, int unusual) {}

  /** Totals of the period. */
  public record Summary(long legs, long subjects, long unusual) {}

  /** The legs of the period with both posts among {@code posts}: counts. */
  public Summary summary(String subject, Instant from, Instant to, Collection<Long> posts) {
    if (posts.isEmpty()) {
      return new Summary(0, 0, 0);
    }
    return jdbc.sql(
            "SELECT COUNT(*), COUNT(DISTINCT subject_key), COUNT(unusual) FROM intd_movement"
                + " WHERE subject = ? AND to_at >= ? AND to_at < ?"
                + within(posts))
        .params(subject, utc(from), utc(to))
        .query((rs, n) -> new Summary(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
        .single();
  }

  /** Unusual legs of the period, newest first. */
  public List<Leg> unusual(
      String subject, Instant from, Instant to, Collection<Long> posts, int limit) {
    if (posts.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT * FROM intd_movement WHERE unusual IS NOT NULL AND subject = ?"
                + " AND to_at >= ? AND to_at < ?"
                + within(posts)
                + " ORDER BY to_at DESC, id DESC LIMIT "
                + limit)
        .params(subject, utc(from), utc(to))
        .query(Movements::leg)
        .list();
  }

  /** Vehicles or persons with the most legs in the period (each seen at two or more posts). */
  public List<Traveller> travellers(
      String subject, Instant from, Instant to, Collection<Long> posts, int limit) {
    if (posts.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT subject_key, COUNT(*) AS legs, COUNT(DISTINCT to_post) AS posts, COUNT(unusual) AS unusual"
                + " FROM intd_movement WHERE subject = ? AND to_at >= ? AND to_at < ?"
                + within(posts)
                + " GROUP BY subject_key ORDER BY COUNT(unusual) DESC, COUNT(*) DESC, subject_key LIMIT "
                + limit)
        .params(subject, utc(from), utc(to))
        .query(
            (rs, n) ->
                new Traveller(
                    subject, rs.getString(1), rs.getInt(2), rs.getInt(3) + 1, rs.getInt(4)))
        .list();
  }

  /** The legs of one vehicle or person, newest first. */
  public List<Leg> legsOf(String subject, String key, Collection<Long> posts) {
    if (posts.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT * FROM intd_movement WHERE subject = ? AND subject_key = ?"
                + within(posts)
                + " ORDER BY to_at DESC, id DESC")
        .params(subject, key)
        .query(Movements::leg)
        .list();
  }

  public List<PairNorm> norms() {
    return jdbc.sql("SELECT * FROM intd_pair_norm ORDER BY legs DESC")
        .query(
            (rs, n) ->
                new PairNorm(
                    new PostId(rs.getLong("from_post")),
                    new PostId(rs.getLong("to_post")),
                    rs.getInt("legs"),
                    rs.getDouble("q1"),
                    rs.getDouble("median"),
                    rs.getDouble("q3"),
                    rs.getDouble("low_fence"),
                    rs.getDouble("high_fence")))
        .list();
  }

  public Map<String, PairNorm> normsByPair() {
    return norms().stream()
        .collect(Collectors.toMap(n -> n.fromPost() + ">" + n.toPost(), Function.identity()));
  }

  public Optional<PairNorm> norm(PostId fromPost, PostId toPost) {
    return norms().stream()
        .filter(n -> n.fromPost().equals(fromPost) && n.toPost().equals(toPost))
        .findFirst();
  }

  /**
   * A sighting of a vehicle or person at a post; countries as ISO alpha-3 codes, and for a person
   * the document they showed there with its expiry date.
   */
  public record Sighting(
      InspectionId inspectionId,
      PostId postId,
      Instant at,
      String plate,
      @Nullable String plateCountry,
      String result,
      @Nullable String cargo,
      @Nullable String origin,
      @Nullable String destination,
      @Nullable String name,
      @Nullable String role,
      @Nullable String nationality,
      @Nullable String documentType,
      @Nullable String documentNumber,
      @Nullable String documentCountry,
      @Nullable LocalDate documentExpiry) {}

  /** Where a vehicle was inspected, at the given posts, newest first. */
  public List<Sighting> vehicleSightings(String plateKey, Collection<Long> posts, int limit) {
    if (posts.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT id, post_id, inspected_at, plate, result, cargo, origin, destination, plate_country"
                + " FROM intd_inspection"
                + " WHERE plate_key = ? AND post_id IN ("
                + ids(posts)
                + ") ORDER BY inspected_at DESC LIMIT "
                + limit)
        .param(plateKey)
        .query(
            (rs, n) ->
                new Sighting(
                    new InspectionId(rs.getLong(1)),
                    new PostId(rs.getLong(2)),
                    instant(rs.getObject(3, OffsetDateTime.class)),
                    rs.getString(4),
                    rs.getString(9),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null))
        .list();
  }

  /** Where a person (by key, see {@link MovementIndex#PERSON_KEY}) was inspected, newest first. */
  public List<Sighting> personSightings(String key, Collection<Long> posts, int limit) {
    if (posts.isEmpty() || key.length() < 3) {
      return List.of();
    }
    String where;
    Object[] params;
    if (key.startsWith("D:")) {
      where = "p.document_number = ?";
      params = new Object[] {key.substring(2)};
    } else if (key.startsWith("N:") && key.lastIndexOf(':') > 1) {
      String name = key.substring(2, key.lastIndexOf(':'));
      String birth = key.substring(key.lastIndexOf(':') + 1);
      where =
          "p.document_number IS NULL AND p.name_key = ? AND "
              + (birth.isEmpty() ? "p.birth_date IS NULL" : "p.birth_date = ?");
      params = birth.isEmpty() ? new Object[] {name} : new Object[] {name, parseDate(birth)};
    } else {
      return List.of();
    }
    return jdbc.sql(
            "SELECT i.id, i.post_id, i.inspected_at, i.plate, i.result, i.cargo, i.origin, i.destination, p.name, p.role,"
                + " i.plate_country, p.nationality, p.document_type, p.document_number, p.document_country, p.document_expiry"
                + " FROM intd_person p JOIN intd_inspection i ON i.id = p.inspection_id WHERE "
                + where
                + " AND p.post_id IN ("
                + ids(posts)
                + ") ORDER BY p.inspected_at DESC LIMIT "
                + limit)
        .params(params)
        .query(
            (rs, n) ->
                new Sighting(
                    new InspectionId(rs.getLong(1)),
                    new PostId(rs.getLong(2)),
                    instant(rs.getObject(3, OffsetDateTime.class)),
                    rs.getString(4),
                    rs.getString(11),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9),
                    rs.getString(10),
                    rs.getString(12),
                    rs.getString(13),
                    rs.getString(14),
                    rs.getString(15),
                    rs.getObject(16, LocalDate.class)))
        .list();
  }

  private static @Nullable LocalDate parseDate(String s) {
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Leg leg(ResultSet rs, int n) throws SQLException {
    return new Leg(
        rs.getLong("id"),
        rs.getString("subject"),
        rs.getString("subject_key"),
        rs.getLong("from_inspection"),
        rs.getLong("to_inspection"),
        new PostId(rs.getLong("from_post")),
        new PostId(rs.getLong("to_post")),
        instant(rs.getObject("from_at", OffsetDateTime.class)),
        instant(rs.getObject("to_at", OffsetDateTime.class)),
        rs.getInt("minutes"),
        rs.getString("unusual"));
  }

  /** Both posts among the given ones; ids are numbers from our own tables, never user text. */
  private static String within(Collection<Long> posts) {
    String in = ids(posts);
    return " AND from_post IN (" + in + ") AND to_post IN (" + in + ")";
  }

  static String ids(Collection<Long> posts) {
    return posts.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  static OffsetDateTime utc(Instant i) {
    return i.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(OffsetDateTime t) {
    return t.toInstant();
  }
}
