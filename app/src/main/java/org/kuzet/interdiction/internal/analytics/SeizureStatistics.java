package org.kuzet.interdiction.internal.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kuzet.interdiction.internal.post.InterdictionSettings;
import org.kuzet.interdiction.internal.post.PostId;
import org.kuzet.trafficking.SmallCells;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Seizure figures for the dashboard, the charts and the UNODC reports. Every figure is summed from
 * the same rows ({@link #rows}), so a chart's bars, the totals and an export of the same filter
 * always agree with each other and with the records.
 */
@Service
public class SeizureStatistics {

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

  private final JdbcClient jdbc;
  private final ZoneId zone;

  SeizureStatistics(JdbcClient jdbc, InterdictionSettings settings) {
    this.jdbc = jdbc;
    this.zone = settings.zone();
  }

  /** Cases and quantities of a group of seizures. Quantities are kept apart per unit. */
  /**
   * Cases and quantities of a group of seizures. Quantities are kept apart per unit. A {@code
   * suppressed} bucket carries no figures at all (see {@link #published}).
   */
  public record Bucket(
      String key,
      long cases,
      BigDecimal kg,
      BigDecimal litres,
      BigDecimal units,
      long arrested,
      boolean suppressed) {
    /** The same figures under another key (a post's name in the reader's language). */
    public Bucket withKey(String other) {
      return new Bucket(other, cases, kg, litres, units, arrested, suppressed);
    }

    static Bucket empty(String key) {
      return new Bucket(key, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, false);
    }

    static Bucket hidden(String key) {
      return new Bucket(key, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, true);
    }

    Bucket plus(SeizureRow r) {
      return new Bucket(
          key,
          cases + 1,
          "KG".equals(r.unit()) ? kg.add(r.quantity()) : kg,
          "L".equals(r.unit()) ? litres.add(r.quantity()) : litres,
          "UNITS".equals(r.unit()) ? units.add(r.quantity()) : units,
          arrested + r.arrested().size(),
          false);
    }
  }

  /**
   * A line of buckets (they add up to {@code total}) as readers outside law enforcement see it: the
   * trafficking statistics' small-cell rule ({@link SmallCells}) on the seizure counts, so a group
   * of 1 to 9 seizures, and any group that would let one be worked out from the total, shows no
   * figures. The total comes last in the result.
   */
  public List<Bucket> published(List<Bucket> line, Bucket total) {
    int[] counts = new int[line.size() + 1];
    for (int i = 0; i < line.size(); i++) {
      counts[i] = (int) Math.min(Integer.MAX_VALUE, line.get(i).cases());
    }
    counts[line.size()] = (int) Math.min(Integer.MAX_VALUE, total.cases());
    boolean[] hide = SmallCells.suppressLine(counts);
    var out = new ArrayList<Bucket>(line.size() + 1);
    for (int i = 0; i <= line.size(); i++) {
      Bucket b = i < line.size() ? line.get(i) : total;
      out.add(hide[i] ? Bucket.hidden(b.key()) : b);
    }
    return out;
  }

  /**
   * The seizures of the filter, oldest first.
   *
   * @param posts when not null, only seizures at these posts (the user's agency's, for nominal use)
   */
  public List<SeizureRow> rows(SeizureFilter f, @Nullable Collection<Long> posts) {
    var where = new StringBuilder(" WHERE s.seized_at >= ? AND s.seized_at < ?");
    var params = new ArrayList<Object>();
    params.add(f.from().atStartOfDay(zone).toOffsetDateTime());
    params.add(f.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    if (f.region() != null) {
      where.append(" AND p.region_iso = ?");
      params.add(f.region());
    }
    if (f.drug() != null) {
      where.append(" AND s.drug_type = ?");
      params.add(f.drug().name());
    }
    if (f.agency() != null) {
      where.append(" AND s.agency_code = ?");
      params.add(f.agency());
    }
    if (posts != null) {
      if (posts.isEmpty()) {
        return List.of();
      }
      // numbers from our own tables, never user text
      where
          .append(" AND s.post_id IN (")
          .append(posts.stream().map(String::valueOf).collect(Collectors.joining(",")))
          .append(")");
    }
    String from = " FROM intd_seizure s JOIN intd_post p ON p.id = s.post_id" + where;
    Map<Long, List<SeizureRow.Arrested>> arrests = new HashMap<>();
    jdbc.sql(
            "SELECT a.seizure_id, a.nationality, a.gender FROM intd_seizure_arrest a WHERE a.seizure_id IN (SELECT s.id"
                + from
                + ") ORDER BY a.id")
        .params(params)
        .query(
            rs -> {
              arrests
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(new SeizureRow.Arrested(rs.getString(2).strip(), rs.getString(3).strip()));
            });
    return jdbc.sql(
            "SELECT s.*, p.name AS post_name, p.region_iso, p.region_name"
                + from
                + " ORDER BY s.seized_at, s.id")
        .params(params)
        .query(
            (rs, n) ->
                new SeizureRow(
                    rs.getLong("id"),
                    rs.getObject("seized_at", OffsetDateTime.class).toInstant(),
                    new PostId(rs.getLong("post_id")),
                    rs.getString("post_name"),
                    rs.getString("region_iso"),
                    rs.getString("region_name"),
                    rs.getString("agency_code"),
                    rs.getString("drug_type"),
                    rs.getString("drug_detail"),
                    rs.getBigDecimal("quantity"),
                    rs.getString("unit"),
                    rs.getBigDecimal("purity_percent"),
                    rs.getString("concealment"),
                    rs.getString("transport_mode"),
                    rs.getString("conveyance"),
                    rs.getString("place"),
                    trim(rs.getString("origin_country")),
                    rs.getString("origin_basis"),
                    trim(rs.getString("departure_country")),
                    rs.getString("departure_basis"),
                    rs.getString("transit_countries"),
                    rs.getString("transit_basis"),
                    trim(rs.getString("destination_country")),
                    rs.getString("destination_basis"),
                    arrests.getOrDefault(rs.getLong("id"), List.of())))
        .list();
  }

  public Bucket total(List<SeizureRow> rows) {
    Bucket b = Bucket.empty("total");
    for (SeizureRow r : rows) {
      b = b.plus(r);
    }
    return b;
  }

  /** The rows grouped by a dimension; months in order, other groups largest first. */
  public List<Bucket> by(Dimension d, List<SeizureRow> rows, SeizureFilter f) {
    Function<SeizureRow, String> key = keyOf(d);
    var buckets = new LinkedHashMap<String, Bucket>();
    if (d == Dimension.MONTH) {
      // Every month of the period, also those without seizures, so the chart has no gaps.
      for (LocalDate m = f.from().withDayOfMonth(1); !m.isAfter(f.to()); m = m.plusMonths(1)) {
        buckets.put(MONTH.format(m), Bucket.empty(MONTH.format(m)));
      }
    }
    for (SeizureRow r : rows) {
      String k = key.apply(r);
      buckets.put(k, buckets.getOrDefault(k, Bucket.empty(k)).plus(r));
    }
    var out = new ArrayList<>(buckets.values());
    if (d != Dimension.MONTH) {
      out.sort(Comparator.comparingLong(Bucket::cases).reversed().thenComparing(Bucket::key));
    }
    return out;
  }

  Function<SeizureRow, String> keyOf(Dimension d) {
    return switch (d) {
      case MONTH -> r -> MONTH.format(r.seizedAt().atZone(zone));
      case DRUG -> SeizureRow::drugType;
      case POST -> SeizureRow::postName;
      case REGION -> SeizureRow::regionIso;
      case ROUTE -> SeizureRow::route;
      case CONCEALMENT ->
          r -> r.concealment() == null || r.concealment().isBlank() ? "?" : r.concealment().strip();
      case AGENCY -> SeizureRow::agency;
    };
  }

  /** Cases per post id, for the map. */
  public Map<PostId, Bucket> byPost(List<SeizureRow> rows) {
    var out = new LinkedHashMap<PostId, Bucket>();
    for (SeizureRow r : rows) {
      out.put(r.postId(), out.getOrDefault(r.postId(), Bucket.empty(r.postName())).plus(r));
    }
    return out;
  }

  private static @Nullable String trim(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
