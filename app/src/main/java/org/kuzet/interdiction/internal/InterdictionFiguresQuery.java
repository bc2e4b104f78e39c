package org.kuzet.interdiction.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.kuzet.identity.AgencyCode;
import org.kuzet.interdiction.InterdictionFigures;
import org.kuzet.interdiction.LookoutId;
import org.kuzet.interdiction.SeizureId;
import org.kuzet.interdiction.SeizureRecorded;
import org.kuzet.interdiction.internal.post.PostId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers {@link InterdictionFigures}. Inspections can number millions, so they are counted in the
 * database, one grouped count per fiscal year over the time index; seizures are few and are summed
 * here.
 */
@Service
@Transactional(readOnly = true)
class InterdictionFiguresQuery implements InterdictionFigures {

  private final JdbcClient jdbc;
  private final ZoneId zone;

  InterdictionFiguresQuery(
      JdbcClient jdbc, @Value("${kuzet.default-zone:Asia/Almaty}") String zone) {
    this.jdbc = jdbc;
    this.zone = ZoneId.of(zone);
  }

  @Override
  public List<PostYear> inspectionsByPost() {
    record Range(OffsetDateTime first, OffsetDateTime last) {}
    var range =
        jdbc.sql("SELECT MIN(inspected_at), MAX(inspected_at) FROM intd_inspection")
            .query(
                (rs, n) ->
                    new Range(
                        rs.getObject(1, OffsetDateTime.class),
                        rs.getObject(2, OffsetDateTime.class)))
            .single();
    var rows = new ArrayList<PostYear>();
    if (range.first() == null) {
      return rows;
    }
    Map<PostId, String[]> posts = new HashMap<>();
    jdbc.sql("SELECT id, code, kind, agency_code FROM intd_post")
        .query(
            rs -> {
              posts.put(
                  new PostId(rs.getLong(1)),
                  new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
            });
    int firstYear = fiscalYear(range.first().toInstant());
    int lastYear = fiscalYear(range.last().toInstant());
    for (int fy = firstYear; fy <= lastYear; fy++) {
      int year = fy;
      Map<String, PostYear> ofYear = new TreeMap<>();
      jdbc.sql(
              "SELECT post_id, COUNT(*) FROM intd_inspection WHERE inspected_at >= ? AND inspected_at < ?"
                  + " GROUP BY post_id")
          .params(start(fy), start(fy + 1))
          .query(
              rs -> {
                PostId postId = new PostId(rs.getLong(1));
                String[] p = Objects.requireNonNull(posts.get(postId), () -> "no post " + postId);
                ofYear.put(
                    p[0], new PostYear(year, p[0], p[1], AgencyCode.of(p[2]), rs.getLong(2)));
              });
      rows.addAll(ofYear.values());
    }
    return rows;
  }

  @Override
  public List<OperatingPost> postsOperational() {
    record Range(OffsetDateTime first, OffsetDateTime last) {}
    var range =
        jdbc.sql("SELECT MIN(inspected_at), MAX(inspected_at) FROM intd_inspection")
            .query(
                (rs, n) ->
                    new Range(
                        rs.getObject(1, OffsetDateTime.class),
                        rs.getObject(2, OffsetDateTime.class)))
            .single();
    var rows = new ArrayList<OperatingPost>();
    if (range.first() == null) {
      return rows;
    }
    record P(long id, String code, String kind, AgencyCode agency) {}
    var posts =
        jdbc.sql("SELECT id, code, kind, agency_code FROM intd_post ORDER BY code")
            .query(
                (rs, n) ->
                    new P(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        AgencyCode.of(rs.getString(4))))
            .list();
    for (int fy = fiscalYear(range.first().toInstant());
        fy <= fiscalYear(range.last().toInstant());
        fy++) {
      for (P p : posts) {
        boolean any =
            !jdbc.sql(
                    "SELECT 1 FROM intd_inspection WHERE post_id = ? AND inspected_at >= ? AND inspected_at < ?"
                        + " ORDER BY inspected_at LIMIT 1")
                .params(p.id(), start(fy), start(fy + 1))
                .query(Integer.class)
                .list()
                .isEmpty();
        if (any) {
          rows.add(new OperatingPost(fy, p.code(), p.kind(), p.agency()));
        }
      }
    }
    return rows;
  }

  @Override
  public List<SeizureRecorded> seizuresRecorded() {
    return jdbc.sql(
            """
            SELECT s.id, p.code, p.kind, p.region_iso, s.agency_code, s.drug_type, s.quantity, s.unit,
              s.seized_at, s.lookout_id,
              (SELECT COUNT(*) FROM intd_seizure_arrest a WHERE a.seizure_id = s.id)
            FROM intd_seizure s JOIN intd_post p ON p.id = s.post_id ORDER BY s.id""")
        .query(
            (rs, n) ->
                new SeizureRecorded(
                    new SeizureId(rs.getLong(1)),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    AgencyCode.of(rs.getString(5)),
                    rs.getString(6),
                    rs.getBigDecimal(7),
                    rs.getString(8),
                    rs.getObject(9, OffsetDateTime.class).toInstant(),
                    rs.getObject(10) == null ? null : new LookoutId(rs.getLong(10)),
                    rs.getInt(11)))
        .list();
  }

  private int fiscalYear(Instant at) {
    LocalDate date = at.atZone(zone).toLocalDate();
    return date.getMonthValue() >= 10 ? date.getYear() + 1 : date.getYear();
  }

  /** The first instant of a fiscal year in the program's zone. */
  private OffsetDateTime start(int fiscalYear) {
    return LocalDate.of(fiscalYear - 1, 10, 1)
        .atStartOfDay(zone)
        .toInstant()
        .atOffset(ZoneOffset.UTC);
  }
}
