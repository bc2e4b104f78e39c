package org.kuzet.interdiction.internal.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntSupplier;
import org.kuzet.interdiction.internal.analytics.AnnualReport;
import org.kuzet.interdiction.internal.analytics.Dimension;
import org.kuzet.interdiction.internal.analytics.SeizureFilter;
import org.kuzet.interdiction.internal.analytics.SeizureRow;
import org.kuzet.interdiction.internal.analytics.SeizureStatistics;
import org.kuzet.interdiction.internal.movement.MovementIndex;
import org.kuzet.interdiction.internal.movement.Movements;
import org.kuzet.interdiction.internal.post.InterdictionSettings;
import org.kuzet.interdiction.internal.post.Post;
import org.kuzet.interdiction.internal.post.PostId;
import org.kuzet.interdiction.internal.post.Posts;
import org.kuzet.interdiction.internal.seizure.DrugType;
import org.kuzet.interdiction.internal.targeting.HitRates;
import org.kuzet.interdiction.internal.targeting.RiskInput;
import org.kuzet.interdiction.internal.targeting.RiskScoring;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code ./kuzet analysis-bench [--samples N] [--rebuild]}: brings the movement summary up to date,
 * then times the dashboard, movement and targeting queries the analysis pages run, each with varied
 * parameters drawn from the data, and prints p50/p95 per query with the rows it returned and the
 * target beside it. Reads only; never a pass/fail test.
 */
@Component
@ConditionalOnProperty(name = "kuzet.command", havingValue = "analysis-bench")
class AnalysisBenchmark implements ApplicationRunner {

  private static final double TARGET_P95_MS = 300;

  private final SeizureStatistics statistics;
  private final Movements movements;
  private final MovementIndex index;
  private final RiskScoring scoring;
  private final HitRates hitRates;
  private final Posts posts;
  private final JdbcClient jdbc;
  private final ZoneId zone;
  private final ConfigurableApplicationContext context;
  private final Clock clock;

  AnalysisBenchmark(
      SeizureStatistics statistics,
      Movements movements,
      MovementIndex index,
      RiskScoring scoring,
      HitRates hitRates,
      Posts posts,
      JdbcClient jdbc,
      InterdictionSettings settings,
      ConfigurableApplicationContext context,
      Clock clock) {
    this.statistics = statistics;
    this.movements = movements;
    this.index = index;
    this.scoring = scoring;
    this.hitRates = hitRates;
    this.posts = posts;
    this.jdbc = jdbc;
    this.zone = settings.zone();
    this.context = context;
    this.clock = clock;
  }

  /** One timed query: its name, what it reads, and a call answering the rows it returned. */
  record Query(String name, IntSupplier run) {}

  @Override
  public void run(ApplicationArguments args) {
    int code = 0;
    try {
      int samples = samples(args.getSourceArgs());
      if (List.of(args.getSourceArgs()).contains("--rebuild")) {
        System.out.println(
            "analysis-bench: --rebuild: the movement summary is rebuilt from all records");
        index.reset();
      }
      bench(samples);
    } catch (IllegalArgumentException e) {
      System.err.println("analysis-bench: " + e.getMessage());
      code = 2;
    }
    int exit = code;
    System.exit(SpringApplication.exit(context, () -> exit));
  }

  private void bench(int samples) {
    System.out.printf(
        "analysis-bench: database holds %,d inspections, %,d persons, %,d seizures, %d posts%n",
        count("intd_inspection"), count("intd_person"), count("intd_seizure"), count("intd_post"));
    MovementIndex.Refreshed r = index.refresh();
    System.out.printf(
        "analysis-bench: movement summary brought up to date in %.1f s (read %,d inspections, %,d persons; wrote %,d vehicle and %,d person legs); %,d legs, %,d unusual, %d pairs of posts%n",
        r.millis() / 1000.0,
        r.inspections(),
        r.persons(),
        r.vehicleLegs(),
        r.personLegs(),
        count("intd_movement"),
        r.unusual(),
        count("intd_pair_norm"));
    MovementIndex.Refreshed again = index.refresh();
    System.out.printf("analysis-bench: a refresh with nothing new took %d ms%n", again.millis());

    var random = new SplittableRandom(2009);
    Instant latest =
        jdbc.sql("SELECT MAX(inspected_at) FROM intd_inspection")
            .query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
            .optional()
            .map(t -> t == null ? clock.instant() : t.toInstant())
            .orElseGet(clock::instant);
    LocalDate today = latest.atZone(zone).toLocalDate();
    List<Long> all = posts.all().stream().map(p -> p.id().value()).toList();
    List<Long> checkpoints =
        posts.all().stream()
            .filter(p -> p.agency().value().equals("CDC_MOI"))
            .map(p -> p.id().value())
            .toList();
    List<String> regions = posts.all().stream().map(Post::regionIso).distinct().toList();
    // Subjects to look up, drawn from the last month of traffic.
    List<String> plates =
        jdbc.sql(
                "SELECT plate_key FROM intd_inspection WHERE inspected_at >= ? ORDER BY id LIMIT 2000")
            .param(latest.minus(Duration.ofDays(30)).atOffset(ZoneOffset.UTC))
            .query(String.class)
            .list();
    List<String> people =
        jdbc.sql(
                "SELECT document_number FROM intd_person WHERE document_number IS NOT NULL AND inspected_at >= ? ORDER BY id LIMIT 2000")
            .param(latest.minus(Duration.ofDays(30)).atOffset(ZoneOffset.UTC))
            .query(String.class)
            .list();
    var sampleInspections =
        jdbc.sql(
                "SELECT post_id, inspected_at, plate_key, plate_country, vehicle_type, cargo, origin, destination, id"
                    + " FROM intd_inspection WHERE inspected_at >= ? ORDER BY id LIMIT 2000")
            .param(latest.minus(Duration.ofDays(30)).atOffset(ZoneOffset.UTC))
            .query(
                (rs, n) ->
                    new Object[] {
                      rs.getLong(1),
                      rs.getObject(2, OffsetDateTime.class).toInstant(),
                      rs.getString(3),
                      rs.getString(4).strip(),
                      rs.getString(5),
                      rs.getString(6),
                      rs.getString(7),
                      rs.getString(8),
                      rs.getLong(9)
                    })
            .list();
    if (plates.isEmpty() || sampleInspections.isEmpty()) {
      throw new IllegalArgumentException(
          "no inspections in the last 30 days of the data: load some with ./kuzet generate-demo --inspections N");
    }

    var queries = new ArrayList<Query>();
    queries.add(
        new Query(
            "dashboard, last 12 months, every chart and total",
            () -> {
              SeizureFilter f =
                  new SeizureFilter(today.minusYears(1).plusDays(1), today, null, null, null);
              return dashboard(f);
            }));
    queries.add(
        new Query(
            "dashboard, a random region, drug and quarter",
            () -> {
              var drugs = DrugType.values();
              LocalDate from = today.minusDays(random.nextInt(270) + 90);
              SeizureFilter f =
                  new SeizureFilter(
                      from,
                      from.plusDays(90),
                      regions.get(random.nextInt(regions.size())),
                      drugs[random.nextInt(drugs.length)],
                      null);
              return dashboard(f);
            }));
    queries.add(
        new Query(
            "annual report questionnaire totals, one year",
            () ->
                AnnualReport.of(
                        today.getYear(), statistics.rows(SeizureFilter.year(today.getYear()), null))
                    .lines()
                    .size()));
    queries.add(
        new Query(
            "movements: summary of 30 days, checkpoint agency",
            () -> {
              Instant end = latest.minus(Duration.ofDays(random.nextInt(60)));
              var s = movements.summary("V", end.minus(Duration.ofDays(30)), end, checkpoints);
              return (int) s.legs();
            }));
    queries.add(
        new Query(
            "movements: unusual legs of 30 days (100 newest)",
            () -> {
              Instant end = latest.minus(Duration.ofDays(random.nextInt(60)));
              return movements
                  .unusual(
                      random.nextBoolean() ? "V" : "P",
                      end.minus(Duration.ofDays(30)),
                      end,
                      checkpoints,
                      100)
                  .size();
            }));
    queries.add(
        new Query(
            "movements: most travelled of 30 days (50)",
            () -> {
              Instant end = latest.minus(Duration.ofDays(random.nextInt(60)));
              return movements
                  .travellers("V", end.minus(Duration.ofDays(30)), end, checkpoints, 50)
                  .size();
            }));
    queries.add(
        new Query("movements: usual time per pair of posts", () -> movements.norms().size()));
    queries.add(
        new Query(
            "movements: one vehicle's history (sightings and legs)",
            () -> {
              String plate = plates.get(random.nextInt(plates.size()));
              return movements.vehicleSightings(plate, all, 500).size()
                  + movements.legsOf("V", plate, all).size();
            }));
    queries.add(
        new Query(
            "movements: one person's history (sightings and legs)",
            () -> {
              String key = "D:" + people.get(random.nextInt(people.size()));
              return movements.personSightings(key, all, 500).size()
                  + movements.legsOf("P", key, all).size();
            }));
    queries.add(
        new Query(
            "targeting: score one vehicle with every rule in force",
            () -> {
              Object[] s = sampleInspections.get(random.nextInt(sampleInspections.size()));
              List<RiskInput.Traveller> travellers =
                  jdbc.sql(
                          "SELECT document_number, name_key, birth_date FROM intd_person WHERE inspection_id = ?")
                      .param((long) s[8])
                      .query(
                          (rs, n) ->
                              new RiskInput.Traveller(
                                  rs.getString(1),
                                  rs.getString(2),
                                  rs.getObject(3, LocalDate.class)))
                      .list();
              var input =
                  new RiskInput(
                      new PostId((long) s[0]),
                      (Instant) s[1],
                      (String) s[2],
                      (String) s[3],
                      (String) s[4],
                      (String) s[5],
                      (String) s[6],
                      (String) s[7],
                      travellers);
              return scoring.score(input).fired().size();
            }));
    queries.add(new Query("targeting: hit rate of every rule", () -> hitRates.all().size()));

    System.out.printf(
        "analysis-bench: %d samples per query after %d warm-up, target p95 < %.0f ms%n",
        samples, samples / 10, TARGET_P95_MS);
    System.out.printf(
        "%-58s %9s %9s %9s %12s  %s%n",
        "query", "p50 ms", "p95 ms", "max ms", "rows (mean)", "target");
    for (Query q : queries) {
      for (int i = 0; i < samples / 10; i++) {
        q.run().getAsInt();
      }
      double[] ms = new double[samples];
      long rows = 0;
      for (int i = 0; i < samples; i++) {
        long t0 = System.nanoTime();
        rows += q.run().getAsInt();
        ms[i] = (System.nanoTime() - t0) / 1e6;
      }
      Arrays.sort(ms);
      double p95 = ms[(int) Math.ceil(samples * 0.95) - 1];
      System.out.printf(
          Locale.ROOT,
          "%-58s %9.2f %9.2f %9.2f %12.1f  p95 < %.0f ms: %s%n",
          q.name(),
          ms[samples / 2],
          p95,
          ms[samples - 1],
          rows / (double) samples,
          TARGET_P95_MS,
          p95 < TARGET_P95_MS ? "met" : "NOT met");
    }
  }

  /** What the dashboard page computes for a filter; answers the seizures it read. */
  private int dashboard(SeizureFilter f) {
    List<SeizureRow> rows = statistics.rows(f, null);
    statistics.total(rows);
    for (Dimension d : Dimension.values()) {
      statistics.by(d, rows, f);
    }
    statistics.byPost(rows);
    posts.all();
    return rows.size();
  }

  private long count(String table) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
  }

  private static int samples(String[] args) {
    int samples = 200;
    List<String> a = List.of(args);
    for (int i = 0; i < a.size(); i++) {
      String arg = a.get(i);
      String value = null;
      if (arg.startsWith("--samples=")) {
        value = arg.substring("--samples=".length());
      } else if (arg.equals("--samples") && i + 1 < a.size()) {
        value = a.get(i + 1);
      }
      if (value != null) {
        try {
          samples = Integer.parseInt(value);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("--samples needs a whole number, got '" + value + "'");
        }
      }
    }
    if (samples < 20 || samples > 100_000) {
      throw new IllegalArgumentException("--samples must be 20 to 100,000: " + samples);
    }
    return samples;
  }
}
