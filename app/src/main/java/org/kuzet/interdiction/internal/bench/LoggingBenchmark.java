package org.kuzet.interdiction.internal.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.IntFunction;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.interdiction.internal.InterdictionApi;
import org.kuzet.interdiction.internal.InterdictionApiViews;
import org.kuzet.interdiction.internal.demo.DemoPeople;
import org.kuzet.interdiction.internal.demo.DemoTraffic;
import org.kuzet.interdiction.internal.inspection.Direction;
import org.kuzet.interdiction.internal.inspection.DocumentType;
import org.kuzet.interdiction.internal.inspection.InspectionLog;
import org.kuzet.interdiction.internal.inspection.InspectionResult;
import org.kuzet.interdiction.internal.inspection.LogOutcome;
import org.kuzet.interdiction.internal.inspection.NewInspection;
import org.kuzet.interdiction.internal.inspection.NewPerson;
import org.kuzet.interdiction.internal.inspection.PersonRole;
import org.kuzet.interdiction.internal.inspection.VehicleType;
import org.kuzet.interdiction.internal.post.Post;
import org.kuzet.interdiction.internal.post.Posts;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures what the post waits for: logging one inspection with a driver and two passengers through
 * {@link InspectionLog} (checks, watchlist screening, lookouts, hits, alerts, audit, one
 * transaction), timed inside the server process; and the same through the REST API's handler
 * ({@link #runApi}): the JSON body read, an Idempotency-Key stored with the answer, the answer read
 * back and written as JSON. Prints percentiles; never a pass/fail test.
 */
final class LoggingBenchmark {

  record Result(
      int samples, int warmup, double p50, double p95, double p99, double max, String screening) {}

  private final InspectionLog log;
  private final Posts posts;
  private final Clock clock;

  LoggingBenchmark(InspectionLog log, Posts posts, Clock clock) {
    this.log = log;
    this.posts = posts;
    this.clock = clock;
  }

  Result run(int samples, long seed) {
    KuzetUser officer = CurrentUser.require();
    Post post = posts.byCode("CP-M39-MERKE").orElseThrow();
    var r = new SplittableRandom(seed ^ 0x5eed);
    return measure(
        samples,
        i -> {
          NewInspection in = sample(r, post, i);
          long t0 = System.nanoTime();
          LogOutcome outcome = log.log(officer, in, false);
          return new Timed(
              System.nanoTime() - t0, outcome instanceof LogOutcome.Logged l && l.screened());
        });
  }

  /** The same samples through {@link InterdictionApi}: JSON in, idempotency, JSON out. */
  Result runApi(InterdictionApi api, JsonMapper json, int samples, long seed) {
    Post post = posts.byCode("CP-M39-MERKE").orElseThrow();
    // Another seed than the page path's, so no plate repeats one logged a moment ago.
    var r = new SplittableRandom(seed ^ 0xa91);
    // Minutes further back than the page path's samples, for the same reason.
    int offset = 2 * (samples + 200);
    return measure(
        samples,
        i -> {
          String body = json.writeValueAsString(request(sample(r, post, i + offset)));
          long t0 = System.nanoTime();
          var request = json.readValue(body, InterdictionApiViews.InspectionRequest.class);
          var answer = api.logInspection(UUID.randomUUID().toString(), request);
          String written = json.writeValueAsString(answer.getBody());
          return new Timed(System.nanoTime() - t0, written.contains("\"screened\":true"));
        });
  }

  /** One sample: how long the timed part took, and whether the watchlists were screened. */
  private record Timed(long nanos, boolean screened) {}

  /** Runs warm-up and samples; each sample times only what the post waits for. */
  private Result measure(int samples, IntFunction<Timed> sample) {
    int warmup = Math.min(200, samples / 2);
    double[] ms = new double[samples];
    boolean screened = false;
    for (int i = 0; i < warmup + samples; i++) {
      Timed t = sample.apply(i);
      screened = t.screened();
      if (i >= warmup) {
        ms[i - warmup] = t.nanos() / 1e6;
      }
    }
    Arrays.sort(ms);
    return new Result(
        samples,
        warmup,
        at(ms, 0.50),
        at(ms, 0.95),
        at(ms, 0.99),
        ms[ms.length - 1],
        screened ? "watchlists screened" : "NO watchlist screening available, lookouts only");
  }

  /** An inspection as a device would send it to the API. */
  private static InterdictionApiViews.InspectionRequest request(NewInspection in) {
    return new InterdictionApiViews.InspectionRequest(
        in.postId().value(),
        in.inspectedAt().atOffset(ZoneOffset.ofHours(5)),
        in.plate(),
        in.plateCountry(),
        in.vehicleMake(),
        in.vehicleType(),
        in.cargo(),
        in.origin(),
        in.destination(),
        in.direction(),
        in.result(),
        false,
        in.persons().stream()
            .map(
                p ->
                    new InterdictionApiViews.PersonRequest(
                        p.role(),
                        p.name(),
                        p.documentType(),
                        p.documentNumber(),
                        p.documentCountry(),
                        p.birthDate(),
                        p.nationality(),
                        p.sex(),
                        p.documentExpiry()))
            .toList());
  }

  private NewInspection sample(SplittableRandom r, Post post, int i) {
    String country = r.nextBoolean() ? "KZ" : "UZ";
    List<NewPerson> people = new ArrayList<>();
    for (int p = 0; p < 3; p++) {
      DemoPeople.Traveller t =
          DemoPeople.next(r, country, LocalDate.now(clock.withZone(ZoneId.systemDefault())));
      people.add(
          new NewPerson(
              p == 0 ? PersonRole.DRIVER : PersonRole.PASSENGER,
              t.name(),
              DocumentType.valueOf(t.documentType()),
              t.documentNumber(),
              t.documentCountry(),
              t.birthDate(),
              t.nationality(),
              t.sex(),
              false));
    }
    // Distinct minutes, so no sample is taken for a duplicate of another.
    Instant at = clock.instant().minusSeconds(60L * (i + 1));
    return new NewInspection(
        post.id(),
        at,
        DemoTraffic.plate(r, country),
        country,
        "KAMAZ 5320",
        VehicleType.TRUCK,
        "cotton",
        "Tashkent",
        "Samara",
        Direction.NORTH,
        InspectionResult.CLEARED,
        people);
  }

  private static double at(double[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
  }
}
