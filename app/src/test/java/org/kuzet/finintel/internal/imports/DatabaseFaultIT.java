package org.kuzet.finintel.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.kuzet.engine.finintel.io.TransactionFormat;
import org.kuzet.finintel.FinancialCaseId;
import org.kuzet.finintel.ImportId;
import org.kuzet.finintel.internal.cases.FinancialCases;
import org.kuzet.finintel.internal.demo.SyntheticFiles;
import org.kuzet.identity.DemoAccounts;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.internal.Accounts;
import org.kuzet.testing.As;
import org.kuzet.testing.PrivatePostgres;
import org.kuzet.workspace.internal.bench.AppProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * The database fails under a running application, on a private PostgreSQL server of the test's own
 * (the shared server is never touched): restarted in the middle of a large import, down for 30
 * seconds while people open pages, and out of disk space while an attachment is written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseFaultIT {

  /**
   * Large enough that the restart lands in the middle of the import (the 1M takes minutes).
   */
  static final int ROWS = 200_000;

  /**
   * A request may wait for the pool's 5 s connection time-out, then answers; never longer than
   * this.
   */
  static final Duration ANSWER_WITHIN = Duration.ofSeconds(12);

  static PrivatePostgres pg;

  @BeforeAll
  static void startDatabase() {
    pg = PrivatePostgres.start();
  }

  @AfterAll
  static void removeDatabase() {
    if (pg != null) {
      pg.close();
    }
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> pg.url());
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }

  @Autowired Imports imports;
  @Autowired FinancialCases cases;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired As as;
  @LocalServerPort int port;

  @Test
  @Order(1)
  void anImportCutOffByADatabaseRestartResumesAndARerunAddsNothing() throws Exception {
    KuzetUser investigator = accounts.findByUsername("investigator.fp").orElseThrow();
    Path file = SyntheticFiles.write(ROWS, 17_017);
    long t0 = System.nanoTime();
    ImportId id;
    try (var in = Files.newInputStream(file)) {
      id = imports.submit(investigator, "restart.csv", "ibm", null, null, in);
    }
    // Restart once a quarter of the rows are in: the import is in the middle of its batches.
    await(Duration.ofMinutes(10), () -> stored(id) >= ROWS / 4);
    long storedAtRestart = stored(id);
    long r0 = System.nanoTime();
    pg.restart();
    double restartSeconds = (System.nanoTime() - r0) / 1e9;

    var done = awaitEnd(id);
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertThat(done.status()).as(done.message()).isEqualTo("DONE");
    assertThat(storedAtRestart).as("rows stored when the database restarted").isLessThan(ROWS);
    long rows = stored(id);
    assertThat(rows)
        .as("rows of the import")
        .isEqualTo(done.rowsAdded())
        .isEqualTo(done.rowsRead() - done.rowsRejected());
    assertThat(distinctKeys(investigator.agency().value()))
        .as("no payment stored twice")
        .isEqualTo(agencyRows(investigator.agency().value()));

    // The same file again: recognised, nothing added.
    ImportId again;
    try (var in = Files.newInputStream(file)) {
      again = imports.submit(investigator, "restart-again.csv", "ibm", null, null, in);
    }
    var rerun = awaitEnd(again);
    assertThat(rerun.status()).isEqualTo("DUPLICATE");
    assertThat(agencyRows(investigator.agency().value()))
        .isEqualTo(distinctKeys(investigator.agency().value()));
    System.out.printf(
        "restart during import: %,d rows imported in %.1f s (%,.0f rows/s) across a database restart of %.1f s"
            + " at row %,d; load average %s%n",
        rows,
        seconds,
        rows / seconds,
        restartSeconds,
        storedAtRestart,
        Files.readString(Path.of("/proc/loadavg")).strip());

    // An import the application was running when it stopped is marked failed at the next start.
    ImportId stale =
        imports.create(
            investigator.agency(),
            "investigator.fp",
            "stale.csv",
            "0".repeat(64),
            TransactionFormat.IBM,
            10,
            false);
    jdbc.sql("UPDATE fin_import SET status = 'IMPORTING' WHERE id = ?")
        .param(stale.value())
        .update();
    imports.markInterruptedImports();
    var marked = imports.find(stale).orElseThrow();
    assertThat(marked.status()).isEqualTo("FAILED");
    assertThat(marked.message()).contains("import the same file again");
    Files.delete(file);
  }

  @Test
  @Order(2)
  void whileTheDatabaseIsDownPagesSayTemporarilyUnavailableAndHealthRecovers() throws Exception {
    URI url = URI.create("http://127.0.0.1:" + port);
    var browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    browser.send(get(url.resolve("/login?lang=ru")), HttpResponse.BodyHandlers.discarding());
    AppProcess.signIn(browser, url, "investigator.fp", DemoAccounts.PASSWORD, ANSWER_WITHIN);
    assertThat(send(browser, url, "/home").statusCode()).isEqualTo(200);

    var probe = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    pg.stop();
    long down = System.nanoTime();
    // Signing in needs the database too: refused as unavailable, not as a wrong password.
    var newcomer =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    var signIn =
        Assertions.assertThrows(
            IOException.class,
            () ->
                AppProcess.signIn(
                    newcomer, url, "analyst.cdc", DemoAccounts.PASSWORD, ANSWER_WITHIN));
    assertThat(signIn.getMessage()).contains("answered 503");
    try {
      int pages = 0;
      while (System.nanoTime() - down < Duration.ofSeconds(30).toNanos()) {
        var page = send(browser, url, "/finintel/cases");
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(page.body()).contains("Временно недоступно").doesNotContain("Exception");
        var api = send(browser, url, "/api/me");
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Content-Type").orElse(""))
            .startsWith("application/problem+json");
        // A load balancer's probe carries no session.
        var health = send(probe, url, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("DOWN");
        pages++;
      }
      // Many at once: every request thread answers; none waits for the database to come back.
      var pool = Executors.newFixedThreadPool(20);
      var answers = new ArrayList<Future<Integer>>();
      for (int i = 0; i < 20; i++) {
        answers.add(
            pool.submit((Callable<Integer>) () -> send(browser, url, "/home").statusCode()));
      }
      for (var a : answers) {
        assertThat(a.get()).isEqualTo(503);
      }
      pool.shutdown();
      System.out.printf(
          "database down for %.0f s: %d rounds of page, API and health answered 503 in time%n",
          (System.nanoTime() - down) / 1e9, pages);
    } finally {
      pg.startServer();
    }
    // Up again without restarting the application: health first, then the same session's pages.
    await(
        Duration.ofSeconds(60),
        () -> {
          try {
            return send(probe, url, "/actuator/health").statusCode() == 200;
          } catch (Exception e) {
            return false;
          }
        });
    assertThat(send(probe, url, "/actuator/health").body()).contains("UP");
    assertThat(send(browser, url, "/finintel/cases").statusCode()).isEqualTo(200);
  }

  @Test
  @Order(3)
  void anAttachmentThatDoesNotFitOnTheDiskIsRefusedWhole() throws Exception {
    Assumptions.assumeTrue(
        System.getProperty("user.name").equals("root"),
        "a small file system for the attachments needs root to mount");
    KuzetUser investigator = accounts.findByUsername("investigator.fp").orElseThrow();
    FinancialCaseId caseId = cases.create(investigator, "Disk full", false);
    // The attachments' table on a 2 MB file system of its own: its disk fills up, the rest of
    // the database carries on (as when the data volume of a real server is full).
    Path small = pg.directory().resolve("small");
    Files.createDirectories(small);
    PrivatePostgres.run(
        List.of("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", small.toString()));
    try {
      PrivatePostgres.run(List.of("chown", "postgres:postgres", small.toString()));
      jdbc.sql("CREATE TABLESPACE small LOCATION '" + small + "'").update();
      jdbc.sql("ALTER TABLE fin_case_attachment SET TABLESPACE small").update();

      mvc.perform(attachment(caseId, "fits.bin", 256 * 1024))
          .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(302));
      var full =
          mvc.perform(attachment(caseId, "too-big.bin", 3 * 1024 * 1024)).andReturn().getResponse();
      assertThat(full.getStatus()).isEqualTo(503);
      assertThat(full.getContentAsString(StandardCharsets.UTF_8)).contains("storage is full");
      // Nothing of the refused one: no row, no timeline entry, no audit entry.
      assertThat(
              count("SELECT COUNT(*) FROM fin_case_attachment WHERE case_id = ?", caseId.value()))
          .isEqualTo(1);
      assertThat(
              count(
                  "SELECT COUNT(*) FROM fin_case_event WHERE case_id = ? AND kind = 'ATTACHMENT'",
                  caseId.value()))
          .isEqualTo(1);
      assertThat(
              count(
                  "SELECT COUNT(*) FROM idn_audit WHERE action = 'finintel.case.attach' AND target_id = ?",
                  caseId.toString()))
          .isEqualTo(1);

      // Space again (here: the table back on the large disk): the same upload is stored.
      jdbc.sql("ALTER TABLE fin_case_attachment SET TABLESPACE pg_default").update();
      mvc.perform(attachment(caseId, "too-big.bin", 3 * 1024 * 1024))
          .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(302));
      assertThat(
              count("SELECT COUNT(*) FROM fin_case_attachment WHERE case_id = ?", caseId.value()))
          .isEqualTo(2);
    } finally {
      jdbc.sql("ALTER TABLE fin_case_attachment SET TABLESPACE pg_default").update();
      jdbc.sql("DROP TABLESPACE IF EXISTS small").update();
      PrivatePostgres.run(List.of("umount", small.toString()));
    }
  }

  // ---- helpers -------------------------------------------------------------------------------

  private RequestBuilder attachment(FinancialCaseId caseId, String name, int bytes) {
    byte[] content = new byte[bytes];
    new Random(bytes).nextBytes(content); // random bytes: the database cannot compress them away
    return multipart("/finintel/cases/{id}/attachments", caseId)
        .file(new MockMultipartFile("file", name, "application/octet-stream", content))
        .with(as.user("investigator.fp"))
        .with(csrf());
  }

  private long stored(ImportId importId) {
    try {
      return count("SELECT COUNT(*) FROM fin_transaction WHERE import_id = ?", importId.value());
    } catch (RuntimeException e) {
      return -1; // the database is restarting
    }
  }

  private long agencyRows(String agency) {
    return count("SELECT COUNT(*) FROM fin_transaction WHERE agency_code = ?", agency);
  }

  private long distinctKeys(String agency) {
    return count(
        "SELECT COUNT(DISTINCT natural_key) FROM fin_transaction WHERE agency_code = ?", agency);
  }

  private long count(String sql, Object param) {
    return jdbc.sql(sql).param(param).query(Long.class).single();
  }

  private Imports.ImportView awaitEnd(ImportId id) throws InterruptedException {
    await(
        Duration.ofMinutes(15),
        () -> {
          try {
            return !imports.find(id).orElseThrow().running();
          } catch (RuntimeException e) {
            return false;
          }
        });
    return imports.find(id).orElseThrow();
  }

  private static void await(Duration limit, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited " + limit).isLessThan(deadline);
      Thread.sleep(250);
    }
  }

  private static HttpRequest get(URI uri) {
    return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build();
  }

  /** A GET that must be answered within {@link #ANSWER_WITHIN}. */
  private static HttpResponse<String> send(HttpClient client, URI url, String path)
      throws Exception {
    long t = System.nanoTime();
    var response = client.send(get(url.resolve(path)), HttpResponse.BodyHandlers.ofString());
    assertThat(Duration.ofNanos(System.nanoTime() - t))
        .as(path + " answered in")
        .isLessThan(ANSWER_WITHIN);
    return response;
  }
}
