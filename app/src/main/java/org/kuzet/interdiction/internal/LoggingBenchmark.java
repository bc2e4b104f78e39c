package org.kuzet.interdiction.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;

/**
 * Measures what the post waits for: logging one inspection with a driver and two passengers
 * through {@link InspectionLog} (checks, watchlist screening, lookouts, hits, alerts, audit, one
 * transaction), timed inside the server process. Prints percentiles; never a pass/fail test.
 */
final class LoggingBenchmark {

  record Result(int samples, int warmup, double p50, double p95, double p99, double max, String screening) {}

  private final InspectionLog log;
  private final Posts posts;

  LoggingBenchmark(InspectionLog log, Posts posts) {
    this.log = log;
    this.posts = posts;
  }

  Result run(int samples, long seed) {
    KuzetUser officer = CurrentUser.require();
    Post post = posts.byCode("CP-M39-MERKE").orElseThrow();
    var r = new SplittableRandom(seed ^ 0x5eed);
    int warmup = Math.min(200, samples / 2);
    double[] ms = new double[samples];
    boolean screened = false;
    for (int i = 0; i < warmup + samples; i++) {
      NewInspection in = sample(r, post, i);
      long t0 = System.nanoTime();
      LogOutcome outcome = log.log(officer, in, false);
      long t1 = System.nanoTime();
      if (outcome instanceof LogOutcome.Logged l) {
        screened = l.screened();
      }
      if (i >= warmup) {
        ms[i - warmup] = (t1 - t0) / 1e6;
      }
    }
    Arrays.sort(ms);
    return new Result(samples, warmup, at(ms, 0.50), at(ms, 0.95), at(ms, 0.99), ms[ms.length - 1],
        screened ? "watchlists screened" : "NO watchlist screening available, lookouts only");
  }

  private static NewInspection sample(SplittableRandom r, Post post, int i) {
    String country = r.nextBoolean() ? "KZ" : "UZ";
    List<NewPerson> people = new ArrayList<>();
    for (int p = 0; p < 3; p++) {
      DemoPeople.Traveller t = DemoPeople.next(r, country, LocalDate.now());
      people.add(new NewPerson(p == 0 ? PersonRole.DRIVER : PersonRole.PASSENGER, t.name(),
          DocumentType.valueOf(t.documentType()), t.documentNumber(), t.documentCountry(), t.birthDate(),
          t.nationality(), t.sex(), false));
    }
    // Distinct minutes, so no sample is taken for a duplicate of another.
    Instant at = Instant.now().minusSeconds(60L * (i + 1));
    return new NewInspection(post.id(), at, DemoTraffic.plate(r, country), country, "KAMAZ 5320",
        VehicleType.TRUCK, "cotton", "Tashkent", "Samara", Direction.NORTH, InspectionResult.CLEARED, people);
  }

  private static double at(double[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
  }
}
