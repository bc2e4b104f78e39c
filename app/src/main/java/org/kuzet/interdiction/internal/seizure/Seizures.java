package org.kuzet.interdiction.internal.seizure;

import static org.kuzet.interdiction.internal.post.Timestamps.instant;
import static org.kuzet.interdiction.internal.post.Timestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import org.kuzet.interdiction.SeizureId;
import org.kuzet.interdiction.internal.post.InspectionId;
import org.kuzet.interdiction.internal.post.PostId;
import org.kuzet.interdiction.internal.post.Posts;
import org.kuzet.web.ListPage;
import org.kuzet.web.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Seizures, arrests, files and the custody chain. Custody rows are only ever inserted. */
@Repository
public class Seizures {

  private final JdbcClient jdbc;

  Seizures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  SeizureId insert(NewSeizure s, String by, AgencyCode agency, Instant now) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO intd_seizure (post_id, inspection_id, lookout_id, seized_at, drug_type,
              drug_detail, quantity, unit, purity_percent, concealment, transport_mode, conveyance,
              place, origin_country, origin_basis, departure_country, departure_basis,
              transit_countries, transit_basis, destination_country, destination_basis,
              recorded_by, agency_code, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            Arrays.asList(
                s.postId().value(),
                InspectionId.numberOf(s.inspectionId()),
                LookoutId.numberOf(s.lookoutId()),
                utc(s.seizedAt()),
                s.drugType().name(),
                s.drugDetail(),
                s.quantity(),
                s.unit().name(),
                s.purityPercent(),
                s.concealment(),
                s.transportMode().name(),
                s.conveyance(),
                s.place(),
                s.originCountry(),
                name(s.originBasis()),
                s.departureCountry(),
                name(s.departureBasis()),
                s.transitCountries().isEmpty() ? null : String.join(",", s.transitCountries()),
                name(s.transitBasis()),
                s.destinationCountry(),
                name(s.destinationBasis()),
                by,
                agency.value(),
                utc(now)))
        .update(keys, "id");
    var id = new SeizureId(Objects.requireNonNull(keys.getKey(), "the generated id").longValue());
    for (var a : s.arrests()) {
      jdbc.sql(
              "INSERT INTO intd_seizure_arrest (seizure_id, name, nationality, gender, birth_date)"
                  + " VALUES (?, ?, ?, ?, ?)")
          .params(Arrays.asList(id.value(), a.name(), a.nationality(), a.gender(), a.birthDate()))
          .update();
    }
    return id;
  }

  public Optional<Seizure> byId(SeizureId id) {
    return jdbc.sql("SELECT * FROM intd_seizure WHERE id = ?")
        .param(id.value())
        .query(Seizures::row)
        .optional();
  }

  public List<Seizure> atPosts(Collection<Long> postIds, int limit) {
    if (postIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT * FROM intd_seizure WHERE post_id IN (:posts)"
                + " ORDER BY seized_at DESC FETCH FIRST :limit ROWS ONLY")
        .param("posts", postIds)
        .param("limit", limit)
        .query(Seizures::row)
        .list();
  }

  /** The API's list fields and the columns they sort by. */
  static final Map<String, String> SORT_COLUMNS =
      Map.of("seizedAt", "seized_at", "quantity", "quantity", "id", "id");

  /** One page of the seizures at the given posts, optionally of one drug and within a window. */
  public ListPage<Seizure> page(
      Collection<Long> postIds,
      @Nullable DrugType drug,
      @Nullable Instant from,
      @Nullable Instant to,
      Paging paging) {
    if (postIds.isEmpty()) {
      return new ListPage<>(List.of(), paging, 0);
    }
    String where =
        " WHERE post_id IN (:posts)"
            + (drug == null ? "" : " AND drug_type = :drug")
            + (from == null ? "" : " AND seized_at >= :from")
            + (to == null ? "" : " AND seized_at < :to");
    var params = new HashMap<String, Object>();
    params.put("posts", postIds);
    if (drug != null) {
      params.put("drug", drug.name());
    }
    if (from != null) {
      params.put("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
    }
    if (to != null) {
      params.put("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
    }
    long total =
        jdbc.sql(Paging.countUpToLimit(" FROM intd_seizure" + where))
            .params(params)
            .query(Long.class)
            .single();
    List<Seizure> items =
        jdbc.sql(
                "SELECT * FROM intd_seizure"
                    + where
                    + paging.orderBy(SORT_COLUMNS, "id")
                    + paging.limit())
            .params(params)
            .query(Seizures::row)
            .list();
    return new ListPage<>(items, paging, total);
  }

  public List<Seizure> followingLookout(LookoutId lookoutId) {
    return jdbc.sql("SELECT * FROM intd_seizure WHERE lookout_id = ? ORDER BY seized_at")
        .param(lookoutId.value())
        .query(Seizures::row)
        .list();
  }

  public List<Seizure> ofInspection(InspectionId inspectionId) {
    return jdbc.sql("SELECT * FROM intd_seizure WHERE inspection_id = ? ORDER BY seized_at")
        .param(inspectionId.value())
        .query(Seizures::row)
        .list();
  }

  public List<Seizure.Arrested> arrested(SeizureId seizureId) {
    return jdbc.sql("SELECT * FROM intd_seizure_arrest WHERE seizure_id = ? ORDER BY id")
        .param(seizureId.value())
        .query(
            (rs, n) ->
                new Seizure.Arrested(
                    rs.getLong("id"),
                    rs.getString("name"),
                    rs.getString("nationality").strip(),
                    rs.getString("gender").strip(),
                    rs.getObject("birth_date", LocalDate.class)))
        .list();
  }

  long insertFile(
      SeizureId seizureId,
      String filename,
      String contentType,
      byte[] content,
      String sha256,
      String by,
      Instant now) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO intd_seizure_file (seizure_id, filename, content_type, size_bytes, sha256,
              content, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            seizureId.value(),
            filename,
            contentType,
            (long) content.length,
            sha256,
            content,
            by,
            utc(now))
        .update(keys, "id");
    return Objects.requireNonNull(keys.getKey(), "the generated id").longValue();
  }

  public List<Seizure.Attachment> files(SeizureId seizureId) {
    return jdbc.sql(
            "SELECT id, filename, content_type, size_bytes, sha256, uploaded_by, uploaded_at"
                + " FROM intd_seizure_file WHERE seizure_id = ? ORDER BY id")
        .param(seizureId.value())
        .query(
            (rs, n) ->
                new Seizure.Attachment(
                    rs.getLong("id"),
                    rs.getString("filename"),
                    rs.getString("content_type"),
                    rs.getLong("size_bytes"),
                    rs.getString("sha256"),
                    rs.getString("uploaded_by"),
                    instant(rs, "uploaded_at")))
        .list();
  }

  Optional<byte[]> fileContent(SeizureId seizureId, long fileId) {
    return jdbc.sql("SELECT content FROM intd_seizure_file WHERE id = ? AND seizure_id = ?")
        .params(fileId, seizureId.value())
        .query((rs, n) -> rs.getBytes(1))
        .optional();
  }

  public List<Seizure.Custody> custody(SeizureId seizureId) {
    return jdbc.sql("SELECT * FROM intd_custody WHERE seizure_id = ? ORDER BY seq")
        .param(seizureId.value())
        .query(
            (rs, n) ->
                new Seizure.Custody(
                    rs.getLong("id"),
                    rs.getInt("seq"),
                    rs.getString("holder"),
                    rs.getString("holder_agency"),
                    instant(rs, "held_from"),
                    rs.getString("handed_by"),
                    rs.getString("purpose"),
                    rs.getString("recorded_by"),
                    instant(rs, "recorded_at"),
                    rs.getString("prev_hash"),
                    rs.getString("hash")))
        .list();
  }

  /** Appends a custody entry; the (seizure, seq) key makes a concurrent second append fail. */
  void appendCustody(
      SeizureId seizureId,
      int seq,
      String holder,
      String holderAgency,
      Instant heldFrom,
      @Nullable String handedBy,
      @Nullable String purpose,
      String by,
      Instant now,
      String prevHash,
      String hash) {
    jdbc.sql(
            """
            INSERT INTO intd_custody (seizure_id, seq, holder, holder_agency, held_from, handed_by,
              purpose, recorded_by, recorded_at, prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            Arrays.asList(
                seizureId.value(),
                seq,
                holder,
                holderAgency,
                utc(heldFrom),
                handedBy,
                purpose,
                by,
                utc(now),
                prevHash,
                hash))
        .update();
  }

  private static @Nullable String name(@Nullable Enum<?> e) {
    return e == null ? null : e.name();
  }

  static Seizure row(ResultSet rs, int n) throws SQLException {
    return new Seizure(
        new SeizureId(rs.getLong("id")),
        new PostId(rs.getLong("post_id")),
        InspectionId.ofNullable((Long) rs.getObject("inspection_id", Long.class)),
        LookoutId.ofNullable((Long) rs.getObject("lookout_id", Long.class)),
        instant(rs, "seized_at"),
        DrugType.valueOf(rs.getString("drug_type")),
        rs.getString("drug_detail"),
        rs.getBigDecimal("quantity"),
        QuantityUnit.valueOf(rs.getString("unit")),
        rs.getBigDecimal("purity_percent"),
        rs.getString("concealment"),
        TransportMode.valueOf(rs.getString("transport_mode")),
        rs.getString("conveyance"),
        rs.getString("place"),
        Posts.trimmed(rs.getString("origin_country")),
        rs.getString("origin_basis"),
        Posts.trimmed(rs.getString("departure_country")),
        rs.getString("departure_basis"),
        rs.getString("transit_countries"),
        rs.getString("transit_basis"),
        Posts.trimmed(rs.getString("destination_country")),
        rs.getString("destination_basis"),
        rs.getString("recorded_by"),
        AgencyCode.of(rs.getString("agency_code")));
  }
}
