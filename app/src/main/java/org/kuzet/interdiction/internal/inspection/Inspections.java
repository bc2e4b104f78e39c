package org.kuzet.interdiction.internal.inspection;

import static org.kuzet.interdiction.internal.post.Timestamps.instant;
import static org.kuzet.interdiction.internal.post.Timestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;
import org.kuzet.interdiction.LookoutId;
import org.kuzet.interdiction.internal.post.InspectionId;
import org.kuzet.interdiction.internal.post.NameKeys;
import org.kuzet.interdiction.internal.post.PostId;
import org.kuzet.interdiction.internal.post.Posts;
import org.kuzet.web.ListPage;
import org.kuzet.web.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspections, their persons and hits: {@code intd_inspection}, {@code intd_person}, {@code
 * intd_hit}.
 */
@Repository
public class Inspections {

  private final JdbcClient jdbc;

  Inspections(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** An earlier inspection of the same plate at the same post within the same minute, if any. */
  Optional<InspectionId> sameMinute(PostId postId, String plateKey, Instant at) {
    Instant minute = at.truncatedTo(ChronoUnit.MINUTES);
    return jdbc.sql(
            """
            SELECT id FROM intd_inspection
            WHERE plate_key = ? AND inspected_at >= ? AND inspected_at < ? AND post_id = ?
            ORDER BY id FETCH FIRST 1 ROWS ONLY""")
        .params(plateKey, utc(minute), utc(minute.plusSeconds(60)), postId.value())
        .query(Long.class)
        .optional()
        .map(InspectionId::new);
  }

  InspectionId insert(
      NewInspection in,
      String plateKey,
      int hitCount,
      @Nullable InspectionId duplicateOf,
      boolean screened,
      String officer,
      AgencyCode agency,
      Instant now) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO intd_inspection (post_id, inspected_at, plate, plate_key, plate_country,
              vehicle_make, vehicle_type, cargo, origin, destination, direction, result,
              person_count, hit_count, duplicate_of, screened, officer, agency_code, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            Arrays.asList(
                in.postId().value(),
                utc(in.inspectedAt()),
                in.plate(),
                plateKey,
                in.plateCountry(),
                in.vehicleMake(),
                in.vehicleType().name(),
                in.cargo(),
                in.origin(),
                in.destination(),
                in.direction().name(),
                in.result().name(),
                in.persons().size(),
                hitCount,
                InspectionId.numberOf(duplicateOf),
                screened,
                officer,
                agency.value(),
                utc(now)))
        .update(keys, "id");
    return new InspectionId(Objects.requireNonNull(keys.getKey(), "the generated id").longValue());
  }

  long insertPerson(InspectionId inspectionId, PostId postId, Instant at, NewPerson p) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO intd_person (inspection_id, post_id, inspected_at, role, name, name_key,
              document_type, document_number, document_country, birth_date, nationality, sex, from_mrz,
              document_expiry)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            Arrays.asList(
                inspectionId.value(),
                postId.value(),
                utc(at),
                p.role().name(),
                p.name(),
                NameKeys.key(p.name()),
                p.documentType().name(),
                p.documentNumber(),
                p.documentCountry(),
                p.birthDate(),
                p.nationality(),
                p.sex(),
                p.fromMrz(),
                p.documentExpiry()))
        .update(keys, "id");
    return Objects.requireNonNull(keys.getKey(), "the generated id").longValue();
  }

  long insertHit(Hit h) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO intd_hit (inspection_id, person_id, kind, found_by, list_name, entry_id,
              matched_name, score, explanation, list_versions, lookout_id, found_at, explanation_facts)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            Arrays.asList(
                h.inspectionId().value(),
                h.personId(),
                h.kind(),
                h.foundBy(),
                clip(h.listName(), 60),
                clip(h.entryId(), 60),
                clip(h.matchedName(), 300),
                h.score(),
                clip(h.explanation(), 4000),
                clip(h.listVersions(), 1000),
                LookoutId.numberOf(h.lookoutId()),
                utc(h.foundAt()),
                h.explanationFacts() == null || h.explanationFacts().length() > 8000
                    ? null
                    : h.explanationFacts()))
        .update(keys, "id");
    return Objects.requireNonNull(keys.getKey(), "the generated id").longValue();
  }

  void addHits(InspectionId inspectionId, int more) {
    jdbc.sql("UPDATE intd_inspection SET hit_count = hit_count + ? WHERE id = ?")
        .params(more, inspectionId.value())
        .update();
  }

  public void setResult(InspectionId inspectionId, InspectionResult result) {
    jdbc.sql("UPDATE intd_inspection SET result = ? WHERE id = ?")
        .params(result.name(), inspectionId.value())
        .update();
  }

  public Optional<Inspection> byId(InspectionId id) {
    return jdbc.sql("SELECT * FROM intd_inspection WHERE id = ?")
        .param(id.value())
        .query((rs, n) -> row(rs, persons(id), hits(id)))
        .optional();
  }

  /** Latest inspections at a post, without persons or hits. */
  public List<Inspection> recentAt(PostId postId, int limit) {
    return jdbc.sql(
            """
            SELECT * FROM intd_inspection WHERE post_id = ?
            ORDER BY inspected_at DESC FETCH FIRST ? ROWS ONLY""")
        .params(postId.value(), limit)
        .query((rs, n) -> row(rs, List.of(), List.of()))
        .list();
  }

  /** The API's list fields and the columns they sort by. */
  static final Map<String, String> SORT_COLUMNS = Map.of("inspectedAt", "inspected_at", "id", "id");

  /**
   * One page of the inspections at the given posts, without persons or hits, optionally within a
   * time window and for one plate key.
   */
  public ListPage<Inspection> page(
      Collection<Long> postIds,
      @Nullable Instant from,
      @Nullable Instant to,
      @Nullable String plateKey,
      Paging paging) {
    if (postIds.isEmpty()) {
      return new ListPage<>(List.of(), paging, 0);
    }
    String where =
        " WHERE post_id IN (:posts)"
            + (from == null ? "" : " AND inspected_at >= :from")
            + (to == null ? "" : " AND inspected_at < :to")
            + (plateKey == null ? "" : " AND plate_key = :plate");
    var params = new HashMap<String, Object>();
    params.put("posts", postIds);
    if (from != null) {
      params.put("from", utc(from));
    }
    if (to != null) {
      params.put("to", utc(to));
    }
    if (plateKey != null) {
      params.put("plate", plateKey);
    }
    long total =
        jdbc.sql(Paging.countUpToLimit(" FROM intd_inspection" + where))
            .params(params)
            .query(Long.class)
            .single();
    List<Inspection> items =
        jdbc.sql(
                "SELECT * FROM intd_inspection"
                    + where
                    + paging.orderBy(SORT_COLUMNS, "id")
                    + paging.limit())
            .params(params)
            .query((rs, n) -> row(rs, List.of(), List.of()))
            .list();
    return new ListPage<>(items, paging, total);
  }

  /** Whether a watchlist hit on this person and entry was already recorded. */
  boolean hasWatchlistHit(long personId, String listName, String entryId) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM intd_hit WHERE person_id = ? AND list_name = ? AND entry_id = ?")
            .params(personId, listName, entryId)
            .query(Integer.class)
            .single()
        > 0;
  }

  /** People inspected since the given time, for rescreening after a watchlist change. */
  List<ScreenablePerson> inspectedSince(Instant since, long afterId, int limit) {
    return jdbc.sql(
            """
            SELECT id, inspection_id, post_id, name, birth_date, nationality, document_number
            FROM intd_person WHERE inspected_at >= ? AND id > ?
            ORDER BY id FETCH FIRST ? ROWS ONLY""")
        .params(utc(since), afterId, limit)
        .query(
            (rs, n) ->
                new ScreenablePerson(
                    rs.getLong("id"),
                    new InspectionId(rs.getLong("inspection_id")),
                    new PostId(rs.getLong("post_id")),
                    rs.getString("name"),
                    rs.getObject("birth_date", LocalDate.class),
                    Posts.trimmed(rs.getString("nationality")),
                    rs.getString("document_number")))
        .list();
  }

  /** A person to screen again, with where they were inspected. */
  record ScreenablePerson(
      long personId,
      InspectionId inspectionId,
      PostId postId,
      String name,
      java.time.@Nullable LocalDate birthDate,
      @Nullable String nationality,
      @Nullable String documentNumber) {}

  private List<Inspection.Person> persons(InspectionId inspectionId) {
    return jdbc.sql("SELECT * FROM intd_person WHERE inspection_id = ? ORDER BY role, id")
        .param(inspectionId.value())
        .query(
            (rs, n) ->
                new Inspection.Person(
                    rs.getLong("id"),
                    PersonRole.valueOf(rs.getString("role")),
                    rs.getString("name"),
                    DocumentType.valueOf(rs.getString("document_type")),
                    rs.getString("document_number"),
                    Posts.trimmed(rs.getString("document_country")),
                    rs.getObject("birth_date", LocalDate.class),
                    Posts.trimmed(rs.getString("nationality")),
                    Posts.trimmed(rs.getString("sex")),
                    rs.getBoolean("from_mrz"),
                    rs.getObject("document_expiry", LocalDate.class)))
        .list();
  }

  public List<Hit> hits(InspectionId inspectionId) {
    return jdbc.sql("SELECT * FROM intd_hit WHERE inspection_id = ? ORDER BY id")
        .param(inspectionId.value())
        .query(Inspections::hitRow)
        .list();
  }

  /** One page of the hits a lookout found. */
  @Transactional(readOnly = true)
  public ListPage<Hit> lookoutMatches(LookoutId lookoutId, Paging paging) {
    long total =
        jdbc.sql(Paging.countUpToLimit(" FROM intd_hit WHERE lookout_id = ?"))
            .param(lookoutId.value())
            .query(Long.class)
            .single();
    var rows =
        jdbc.sql(
                "SELECT * FROM intd_hit WHERE lookout_id = ?"
                    + paging.orderBy(Map.of("foundAt", "found_at", "id", "id"), "id")
                    + paging.limit())
            .param(lookoutId.value())
            .query(Inspections::hitRow)
            .list();
    return new ListPage<>(rows, paging, total);
  }

  /** Matches of a lookout: the inspections where it hit. */
  public List<Hit> lookoutMatches(LookoutId lookoutId) {
    return jdbc.sql("SELECT * FROM intd_hit WHERE lookout_id = ? ORDER BY found_at DESC")
        .param(lookoutId.value())
        .query(Inspections::hitRow)
        .list();
  }

  static Hit hitRow(ResultSet rs, int n) throws SQLException {
    return new Hit(
        rs.getLong("id"),
        new InspectionId(rs.getLong("inspection_id")),
        (Long) rs.getObject("person_id", Long.class),
        rs.getString("kind"),
        rs.getString("found_by"),
        rs.getString("list_name"),
        rs.getString("entry_id"),
        rs.getString("matched_name"),
        rs.getInt("score"),
        rs.getString("explanation"),
        rs.getString("list_versions"),
        LookoutId.ofNullable((Long) rs.getObject("lookout_id", Long.class)),
        instant(rs, "found_at"),
        rs.getString("explanation_facts"));
  }

  private static Inspection row(ResultSet rs, List<Inspection.Person> persons, List<Hit> hits)
      throws SQLException {
    return new Inspection(
        new InspectionId(rs.getLong("id")),
        new PostId(rs.getLong("post_id")),
        instant(rs, "inspected_at"),
        rs.getString("plate"),
        rs.getString("plate_key"),
        rs.getString("plate_country").strip(),
        rs.getString("vehicle_make"),
        VehicleType.valueOf(rs.getString("vehicle_type")),
        rs.getString("cargo"),
        rs.getString("origin"),
        rs.getString("destination"),
        Direction.valueOf(rs.getString("direction")),
        InspectionResult.valueOf(rs.getString("result")),
        rs.getInt("person_count"),
        rs.getInt("hit_count"),
        InspectionId.ofNullable((Long) rs.getObject("duplicate_of", Long.class)),
        rs.getBoolean("screened"),
        rs.getString("officer"),
        AgencyCode.of(rs.getString("agency_code")),
        persons,
        hits);
  }

  static @Nullable String clip(@Nullable String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
