package org.kuzet.interdiction.internal.movement;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the movement summary ({@code intd_movement}, {@code intd_pair_norm}) up to date with the
 * inspections. Each refresh reads the inspections and persons added since the last one and rebuilds
 * the legs of the vehicles and persons they touch, in SQL window functions, so the first refresh
 * over a million inspections and later small ones take the same code path. Then the usual time per
 * pair of posts is recomputed and the legs outside it are flagged.
 *
 * <p>It runs in the background every {@code refresh-minutes} and on demand (the benchmark, tests,
 * the analyst's "refresh now").
 */
@Service
public class MovementIndex implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(MovementIndex.class);

  /** A person's key: the document number when there is one, else the name key and birth date. */
  static final String PERSON_KEY =
      "CASE WHEN document_number IS NOT NULL THEN 'D:' || document_number"
          + " ELSE 'N:' || name_key || ':' || COALESCE(CAST(birth_date AS VARCHAR(10)), '') END";

  private static final String SECONDS =
      "(EXTRACT(EPOCH FROM inspected_at) - EXTRACT(EPOCH FROM prev_at))";

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final AnalysisSettings settings;
  private final Clock clock;
  private volatile @Nullable ScheduledExecutorService scheduler;

  private final boolean oneOffCommand;
  private final boolean postgres;

  MovementIndex(
      JdbcClient jdbc,
      TransactionTemplate transactions,
      AnalysisSettings settings,
      Environment environment,
      Clock clock) {
    this.clock = clock;
    // A one-off command (generate-demo, analysis-bench, ...) refreshes when it needs to, not behind
    // its back while it loads or measures.
    this.oneOffCommand = environment.containsProperty("kuzet.command");
    this.postgres =
        jdbc.sql("SELECT 1")
            .query(
                (rs, n) -> rs.getStatement().getConnection().getMetaData().getDatabaseProductName())
            .single()
            .toLowerCase(Locale.ROOT)
            .contains("postgres");
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.settings = settings;
  }

  /** What one refresh did. */
  public record Refreshed(
      long inspections,
      long persons,
      long vehicleLegs,
      long personLegs,
      long unusual,
      long millis) {}

  /** Reads what is new since the last refresh; answers what was done. */
  public synchronized Refreshed refresh() {
    Refreshed r = readNew();
    if (r.vehicleLegs() + r.personLegs() > 50_000 && postgres) {
      // After a large rebuild: fresh statistics for the planner and a visibility map, so the
      // movement pages are answered from the period index alone. Outside the transaction.
      jdbc.sql("VACUUM ANALYZE intd_movement").update();
    }
    return r;
  }

  private Refreshed readNew() {
    long started = System.nanoTime();
    var state =
        jdbc.sql(
                "SELECT last_inspection, last_person FROM intd_analysis_state WHERE name = 'movements'")
            .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
            .single();
    long lastInspection = state[0];
    long lastPerson = state[1];
    long maxInspection =
        jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM intd_inspection").query(Long.class).single();
    long maxPerson =
        jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM intd_person").query(Long.class).single();
    if (maxInspection <= lastInspection && maxPerson <= lastPerson) {
      return new Refreshed(0, 0, 0, 0, 0, 0);
    }
    long window = settings.legHours() * 3600L;
    return transactions.execute(
        tx -> {
          long newInspections =
              jdbc.sql("SELECT COUNT(*) FROM intd_inspection WHERE id > ? AND id <= ?")
                  .params(lastInspection, maxInspection)
                  .query(Long.class)
                  .single();
          long newPersons =
              jdbc.sql("SELECT COUNT(*) FROM intd_person WHERE id > ? AND id <= ?")
                  .params(lastPerson, maxPerson)
                  .query(Long.class)
                  .single();
          boolean all = lastInspection == 0 && lastPerson == 0;
          long vehicleLegs = vehicles(all, lastInspection, maxInspection, window);
          long personLegs = persons(all, lastPerson, maxPerson, window);
          recomputeNorms();
          long unusual = flag();
          jdbc.sql(
                  "UPDATE intd_analysis_state SET last_inspection = ?, last_person = ?, refreshed_at = ? WHERE name = 'movements'")
              .params(maxInspection, maxPerson, clock.instant().atOffset(ZoneOffset.UTC))
              .update();
          long millis = (System.nanoTime() - started) / 1_000_000;
          log.info(
              "movements: read {} inspections and {} persons, wrote {} vehicle and {} person legs, {} unusual in all, {} ms",
              newInspections,
              newPersons,
              vehicleLegs,
              personLegs,
              unusual,
              millis);
          return new Refreshed(
              newInspections, newPersons, vehicleLegs, personLegs, unusual, millis);
        });
  }

  /** Forgets the summary so the next refresh rebuilds it from all records. */
  public synchronized void reset() {
    transactions.executeWithoutResult(
        tx -> {
          jdbc.sql("DELETE FROM intd_movement").update();
          jdbc.sql("DELETE FROM intd_pair_norm").update();
          jdbc.sql(
                  "UPDATE intd_analysis_state SET last_inspection = 0, last_person = 0, refreshed_at = NULL WHERE name = 'movements'")
              .update();
        });
  }

  public Instant refreshedAt() {
    return jdbc.sql("SELECT refreshed_at FROM intd_analysis_state WHERE name = 'movements'")
        .query(
            (rs, n) -> {
              var t = rs.getObject(1, OffsetDateTime.class);
              return t == null ? Instant.EPOCH : t.toInstant();
            })
        .single();
  }

  private long vehicles(boolean all, long after, long upTo, long window) {
    String touched =
        "plate_key IN (SELECT plate_key FROM intd_inspection WHERE id > "
            + after
            + " AND id <= "
            + upTo
            + ")";
    if (!all) {
      jdbc.sql(
              "DELETE FROM intd_movement WHERE subject = 'V' AND subject_key IN"
                  + " (SELECT plate_key FROM intd_inspection WHERE id > ? AND id <= ?)")
          .params(after, upTo)
          .update();
    }
    return jdbc.sql(
            "INSERT INTO intd_movement (subject, subject_key, from_inspection, to_inspection, from_post, to_post, from_at, to_at, minutes)"
                + " SELECT 'V', plate_key, prev_id, id, prev_post, post_id, prev_at, inspected_at, CAST(FLOOR("
                + SECONDS
                + " / 60) AS INTEGER)"
                + " FROM (SELECT id, plate_key, post_id, inspected_at,"
                + "   LAG(id) OVER w AS prev_id, LAG(post_id) OVER w AS prev_post, LAG(inspected_at) OVER w AS prev_at"
                + "   FROM intd_inspection WHERE id <= "
                + upTo
                + (all ? "" : " AND " + touched)
                + "   WINDOW w AS (PARTITION BY plate_key ORDER BY inspected_at, id)) s"
                + " WHERE prev_post IS NOT NULL AND prev_post <> post_id AND "
                + SECONDS
                + " < "
                + window)
        .update();
  }

  private long persons(boolean all, long after, long upTo, long window) {
    String touched =
        "(document_number IN (SELECT document_number FROM intd_person WHERE id > "
            + after
            + " AND id <= "
            + upTo
            + " AND document_number IS NOT NULL) OR (document_number IS NULL AND name_key IN"
            + " (SELECT name_key FROM intd_person WHERE id > "
            + after
            + " AND id <= "
            + upTo
            + " AND document_number IS NULL)))";
    if (!all) {
      jdbc.sql(
              "DELETE FROM intd_movement WHERE subject = 'P' AND subject_key IN (SELECT "
                  + PERSON_KEY
                  + " FROM intd_person WHERE id > ? AND id <= ?)")
          .params(after, upTo)
          .update();
    }
    return jdbc.sql(
            "INSERT INTO intd_movement (subject, subject_key, from_inspection, to_inspection, from_post, to_post, from_at, to_at, minutes)"
                + " SELECT 'P', k, prev_id, inspection_id, prev_post, post_id, prev_at, inspected_at, CAST(FLOOR("
                + SECONDS
                + " / 60) AS INTEGER)"
                + " FROM (SELECT inspection_id, post_id, inspected_at, k,"
                + "   LAG(inspection_id) OVER w AS prev_id, LAG(post_id) OVER w AS prev_post, LAG(inspected_at) OVER w AS prev_at"
                + "   FROM (SELECT inspection_id, post_id, inspected_at, id, "
                + PERSON_KEY
                + " AS k FROM intd_person"
                + "     WHERE id <= "
                + upTo
                + " AND (document_number IS NOT NULL OR name_key <> '')"
                + (all ? "" : " AND " + touched)
                + ") p"
                + "   WINDOW w AS (PARTITION BY k ORDER BY inspected_at, id)) s"
                + " WHERE prev_post IS NOT NULL AND prev_post <> post_id AND "
                + SECONDS
                + " < "
                + window)
        .update();
  }

  private void recomputeNorms() {
    jdbc.sql("DELETE FROM intd_pair_norm").update();
    double k = settings.fenceIqr();
    jdbc.sql(
            """
        INSERT INTO intd_pair_norm (from_post, to_post, legs, q1, median, q3, low_fence, high_fence)
        SELECT from_post, to_post, n, q1, med, q3, q1 - %s * (q3 - q1), q3 + %s * (q3 - q1)
        FROM (SELECT from_post, to_post, COUNT(*) AS n,
                PERCENTILE_CONT(0.25) WITHIN GROUP (ORDER BY minutes) AS q1,
                PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY minutes) AS med,
                PERCENTILE_CONT(0.75) WITHIN GROUP (ORDER BY minutes) AS q3
              FROM intd_movement WHERE subject = 'V' GROUP BY from_post, to_post) x"""
                .formatted(k, k))
        .update();
  }

  /**
   * Flags legs outside their pair's fences (pairs with enough legs); clears flags no longer due.
   */
  private long flag() {
    String norm =
        " FROM intd_pair_norm n WHERE n.from_post = intd_movement.from_post"
            + " AND n.to_post = intd_movement.to_post AND n.legs >= "
            + settings.minLegs();
    jdbc.sql(
            "UPDATE intd_movement SET unusual = 'FAST' WHERE (unusual IS NULL OR unusual <> 'FAST')"
                + " AND EXISTS (SELECT 1"
                + norm
                + " AND intd_movement.minutes < n.low_fence)")
        .update();
    jdbc.sql(
            "UPDATE intd_movement SET unusual = 'SLOW' WHERE (unusual IS NULL OR unusual <> 'SLOW')"
                + " AND EXISTS (SELECT 1"
                + norm
                + " AND intd_movement.minutes > n.high_fence)")
        .update();
    jdbc.sql(
            "UPDATE intd_movement SET unusual = NULL WHERE unusual IS NOT NULL"
                + " AND NOT EXISTS (SELECT 1"
                + norm
                + " AND (intd_movement.minutes < n.low_fence OR intd_movement.minutes > n.high_fence))")
        .update();
    return jdbc.sql("SELECT COUNT(*) FROM intd_movement WHERE unusual IS NOT NULL")
        .query(Long.class)
        .single();
  }

  // ---- background refresh --------------------------------------------------------------------

  @Override
  public void start() {
    if (settings.refreshMinutes() == 0 || oneOffCommand) {
      return;
    }
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "movement-refresh");
              t.setDaemon(true);
              return t;
            });
    scheduler.scheduleWithFixedDelay(
        () -> {
          try {
            refresh();
          } catch (RuntimeException e) {
            log.warn("movements: refresh failed, will try again: {}", e.toString());
          }
        },
        1,
        settings.refreshMinutes() * 60L,
        TimeUnit.SECONDS);
  }

  @Override
  public void stop() {
    if (scheduler != null) {
      scheduler.shutdownNow();
      scheduler = null;
    }
  }

  @Override
  public boolean isRunning() {
    return scheduler != null;
  }
}
