package org.kuzet.interdiction.internal.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.kuzet.interdiction.internal.InterdictionApi;
import org.kuzet.interdiction.internal.demo.DemoPosts;
import org.kuzet.interdiction.internal.demo.DemoTraffic;
import org.kuzet.interdiction.internal.inspection.InspectionLog;
import org.kuzet.interdiction.internal.post.Posts;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./kuzet generate-demo --inspections N [--seed S] [--bench [--samples N]]}: loads synthetic
 * traffic into the configured database (H2 by default, PostgreSQL with KUZET_DB_URL), prints what
 * it loaded, optionally measures logging through the real service, and exits.
 */
@Component
@ConditionalOnProperty(name = "kuzet.command", havingValue = "generate-demo")
@Order(1000)
class GenerateDemoCommand implements ApplicationRunner {

  private final DemoPosts demoPosts;
  private final DemoTraffic traffic;
  private final LoggingBenchmark bench;
  private final JdbcClient jdbc;
  private final ConfigurableApplicationContext context;
  private final InterdictionApi api;
  private final JsonMapper json;
  private final Clock clock;

  GenerateDemoCommand(
      DemoPosts demoPosts,
      Posts posts,
      DataSource dataSource,
      InspectionLog log,
      JdbcClient jdbc,
      ConfigurableApplicationContext context,
      InterdictionApi api,
      JsonMapper json,
      Clock clock) {
    this.api = api;
    this.json = json;
    this.demoPosts = demoPosts;
    this.traffic = new DemoTraffic(dataSource, posts);
    this.bench = new LoggingBenchmark(log, posts, clock);
    this.clock = clock;
    this.jdbc = jdbc;
    this.context = context;
  }

  /**
   * The command's options, read from the raw arguments so both {@code --x N} and {@code --x=N}
   * work.
   */
  record Options(int inspections, long seed, boolean bench, int samples) {
    static Options parse(String[] args) {
      int inspections = 0, samples = 1000;
      long seed = 2009;
      boolean bench = false;
      List<String> a = List.of(args);
      for (int i = 0; i < a.size(); i++) {
        String arg = a.get(i);
        String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        String value =
            arg.contains("=")
                ? arg.substring(arg.indexOf('=') + 1)
                : (i + 1 < a.size() ? a.get(i + 1) : "");
        boolean inline = arg.contains("=");
        switch (name) {
          case "--inspections" -> {
            inspections = number(name, value);
            if (!inline) i++;
          }
          case "--seed" -> {
            seed = number(name, value);
            if (!inline) i++;
          }
          case "--samples" -> {
            samples = number(name, value);
            if (!inline) i++;
          }
          case "--bench" -> bench = true;
          default -> {
            /* Spring's own options (--spring..., --kuzet.command=...) */
          }
        }
      }
      if (inspections < 0 || inspections > 50_000_000) {
        throw new IllegalArgumentException("--inspections must be 0 to 50,000,000: " + inspections);
      }
      if (samples < 10 || samples > 100_000) {
        throw new IllegalArgumentException("--samples must be 10 to 100,000: " + samples);
      }
      return new Options(inspections, seed, bench, samples);
    }

    private static int number(String name, String value) {
      try {
        return Integer.parseInt(value.replace("_", "").replace(",", ""));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " needs a whole number, got '" + value + "'");
      }
    }
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    int code = 0;
    try {
      Options o = Options.parse(args.getSourceArgs());
      if (o.inspections() == 0 && !o.bench()) {
        System.err.println(
            "usage: ./kuzet generate-demo --inspections N [--seed S] [--bench [--samples N]]");
        code = 2;
      } else {
        demoPosts.ensurePresent();
        if (o.inspections() > 0) {
          System.out.printf(
              "generate-demo: loading %,d inspections (seed %d) ...%n", o.inspections(), o.seed());
          DemoTraffic.Loaded l =
              traffic.generate(
                  o.inspections(),
                  o.seed(),
                  LocalDate.now(clock.withZone(ZoneId.of("Asia/Almaty"))).minusDays(1));
          System.out.printf(
              "generate-demo: %,d inspections, %,d persons, %,d seizures (%,d arrests) in %.1f s; herbal cannabis and hashish %s kg, heroin %s kg; %d listed persons planted%n",
              l.inspections(),
              l.persons(),
              l.seizures(),
              l.arrests(),
              l.took().toMillis() / 1000.0,
              l.cannabisKg().toPlainString(),
              l.heroinKg().toPlainString(),
              l.listedPersons());
        }
        if (o.bench()) {
          runAs();
          LoggingBenchmark.Result r = bench.run(o.samples(), o.seed());
          System.out.printf(
              "bench: logging an inspection with 3 persons screened (%s), %d samples after %d warm-up: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (target p95 < 50 ms)%n",
              r.screening(), r.samples(), r.warmup(), r.p50(), r.p95(), r.p99(), r.max());
          LoggingBenchmark.Result a = bench.runApi(api, json, o.samples(), o.seed());
          System.out.printf(
              "bench: the same through the REST API's handler (JSON in, Idempotency-Key stored, JSON out): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (page path p95 %.2f ms; target p95 < 50 ms)%n",
              a.p50(), a.p95(), a.p99(), a.max(), r.p95());
        }
        System.out.printf(
            "database now holds: %,d inspections, %,d persons, %,d seizures, %,d hits, %,d lookouts, %d posts%n",
            count("intd_inspection"),
            count("intd_person"),
            count("intd_seizure"),
            count("intd_hit"),
            count("intd_lookout"),
            count("intd_post"));
      }
    } catch (IllegalArgumentException e) {
      System.err.println("generate-demo: " + e.getMessage());
      code = 2;
    }
    int exit = code;
    System.exit(SpringApplication.exit(context, () -> exit));
  }

  private long count(String table) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
  }

  /** The benchmark logs as the demo checkpoint officer, as the post would. */
  private void runAs() {
    KuzetUser officer =
        new KuzetUser() {
          @Override
          public long accountId() {
            return 0;
          }

          @Override
          public String username() {
            return "officer.cdc";
          }

          @Override
          public String displayName() {
            return "generate-demo benchmark";
          }

          @Override
          public AgencyCode agency() {
            return AgencyCode.DRUG_CONTROL_COMMITTEE;
          }

          @Override
          public Set<Role> roles() {
            return Set.of(Role.CHECKPOINT_OFFICER);
          }
        };
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(officer, null, List.of()));
  }
}
