package org.kuzet.finintel.internal.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import org.kuzet.engine.finintel.io.TransactionFormat;
import org.kuzet.finintel.ImportId;
import org.kuzet.finintel.internal.alerts.AlertFilter;
import org.kuzet.finintel.internal.alerts.Alerts;
import org.kuzet.finintel.internal.demo.SyntheticFiles;
import org.kuzet.finintel.internal.imports.Imports;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code --kuzet.command=finintel-bench}: generates N synthetic transactions (default 1,000,000,
 * {@code --kuzet.finintel.bench.transactions=N}) as an IBM CSV file, imports them through the
 * workbench's import path into the configured database (batches, natural keys, accounts), runs
 * detection on them, then times the alert-queue query the queue page runs. Prints the figures and
 * stops the application. Uses a bench agency of its own, so it never mixes with real imports; run
 * it against an empty or a scratch database.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "kuzet.command", havingValue = "finintel-bench")
class FinintelBenchmark implements ApplicationRunner {

  private final Imports imports;
  private final Alerts alerts;
  private final JdbcClient db;
  private final ConfigurableApplicationContext context;
  private final long transactions;

  FinintelBenchmark(
      Imports imports,
      Alerts alerts,
      JdbcClient db,
      ConfigurableApplicationContext context,
      @Value("${kuzet.finintel.bench.transactions:1000000}") long transactions) {
    this.imports = imports;
    this.alerts = alerts;
    this.db = db;
    this.context = context;
    this.transactions = transactions;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    AgencyCode agency = AgencyCode.of("FIN_BENCH_" + System.currentTimeMillis() % 1_000_000);
    long t0 = System.nanoTime();
    Path file = SyntheticFiles.write(transactions, 42);
    long size = Files.size(file);
    double genS = (System.nanoTime() - t0) / 1e9;
    print(
        "finintel-bench: generated %,d transactions (%,d bytes) in %.1f s",
        transactions, size, genS);
    ImportId id =
        imports.create(
            agency,
            "bench",
            file.getFileName().toString(),
            "bench-" + agency,
            TransactionFormat.IBM,
            size,
            true);
    long t1 = System.nanoTime();
    try (InputStream in = Files.newInputStream(file)) {
      imports.run(id, agency, TransactionFormat.IBM, in, null, () -> 0, size, ZoneOffset.UTC);
    } finally {
      Files.deleteIfExists(file);
    }
    double totalS = (System.nanoTime() - t1) / 1e9;
    var v = imports.find(id).orElseThrow();
    print(
        "finintel-bench: import + detection + screening of %,d rows: %.1f s, %,.0f rows/s end to end",
        v.rowsRead(), totalS, v.rowsRead() / totalS);
    print(
        "finintel-bench: target (DESIGN.md): 5,000,000 imported and analysed in < 60 s, 83,333 rows/s;"
            + " this run %.1f%% of it",
        100 * v.rowsRead() / totalS / 83_333.0);
    print(
        "finintel-bench: %,d rows stored, %,d rejected, %,d alerts filed",
        v.rowsAdded(), v.rowsRejected(), v.alertsAdded());
    imports
        .timings(id)
        .ifPresent(
            t -> {
              print(
                  "finintel-bench: import phase %.1f s (%,.0f rows/s), detection %.1f s (%,.0f rows/s), screening %.1f s",
                  t.importSeconds(),
                  v.rowsRead() / t.importSeconds(),
                  t.detectSeconds(),
                  v.rowsAdded() / t.detectSeconds(),
                  t.screenSeconds());
            });
    KuzetUser bench = new BenchUser(agency);
    long q0 = System.nanoTime();
    var page = alerts.queue(bench, AlertFilter.open());
    double firstMs = (System.nanoTime() - q0) / 1e6;
    long q1 = System.nanoTime();
    int runs = 20;
    for (int i = 0; i < runs; i++) {
      alerts.queue(bench, new AlertFilter(null, 0.5, null, null, null, null, "open", null, i % 3));
    }
    double filteredMs = (System.nanoTime() - q1) / 1e6 / runs;
    long open =
        db.sql("SELECT COUNT(*) FROM fin_alert WHERE agency_code = ?")
            .param(agency.value())
            .query(Long.class)
            .single();
    print(
        "finintel-bench: alert queue page (50 of %,d alerts): first %.1f ms, filtered pages %.1f ms on average",
        open, firstMs, filteredMs);
    print("finintel-bench: first page holds %d alerts", page.rows().size());
    System.exit(SpringApplication.exit(context, () -> 0));
  }

  private static void print(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
  }

  private record BenchUser(AgencyCode agency) implements KuzetUser {
    @Override
    public long accountId() {
      return 0;
    }

    @Override
    public String username() {
      return "bench";
    }

    @Override
    public String displayName() {
      return "Benchmark";
    }

    @Override
    public Set<Role> roles() {
      return Set.of(Role.FINANCIAL_INVESTIGATOR);
    }
  }
}
