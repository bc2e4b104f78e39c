package org.kuzet.interdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.kuzet.identity.DemoAccounts;
import org.kuzet.testing.PrivatePostgres;
import org.kuzet.workspace.internal.bench.AppProcess;

/**
 * The application killed with {@code kill -9} while officers log inspections and seizures: every
 * write the application acknowledged (answered with the redirect to the new record) is there after
 * a restart, and the audit chain verifies. Runs the packaged application jar as a child process
 * against a private PostgreSQL server, over HTTP, as production would see it.
 */
class AppKillFaultIT {

  static final Path JAR = Path.of("target/kuzet-app.jar");
  static final Duration STARTUP = Duration.ofMinutes(5);
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** An acknowledged write: the kind, the id the application answered with, the plate sent. */
  record Acknowledged(String kind, long id, String plate) {}

  @Test
  void everyAcknowledgedWriteSurvivesAKill() throws Exception {
    assertThat(JAR)
        .as("the packaged application (./mvnw package runs before the integration tests)")
        .exists();
    try (var pg = PrivatePostgres.start()) {
      var env =
          Map.of("KUZET_DB_URL", pg.url(), "KUZET_DB_USER", "postgres", "KUZET_DB_PASSWORD", "");
      Path log = Files.createTempFile("kuzet-kill-", ".log");
      var acknowledged = new ConcurrentLinkedQueue<Acknowledged>();
      long postId;
      try (var app = AppProcess.start(JAR, List.of(), env, log, STARTUP)) {
        try (var c = DriverManager.getConnection(pg.url(), "postgres", "")) {
          var rs =
              c.createStatement()
                  .executeQuery(
                      "SELECT id FROM intd_post WHERE agency_code = 'CDC_MOI' AND kind = 'CHECKPOINT' ORDER BY id LIMIT 1");
          assertThat(rs.next()).as("a demo checkpoint").isTrue();
          postId = rs.getLong(1);
        }
        var writers = new ArrayList<Thread>();
        var failures = new AtomicInteger();
        for (int w = 0; w < 4; w++) {
          int writer = w;
          var t =
              new Thread(
                  () -> write(app.url(), postId, writer, acknowledged, failures), "writer-" + w);
          t.setDaemon(true);
          writers.add(t);
          t.start();
        }
        // Kill it in the middle of the writing, once a fair number of writes were acknowledged.
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (acknowledged.size() < 40 && System.nanoTime() < deadline) {
          Thread.sleep(200);
        }
        app.kill();
        for (var t : writers) {
          t.join(TIMEOUT.toMillis() * 2);
        }
        assertThat(failures.get()).as("writes refused while the application was up").isZero();
      }
      List<Acknowledged> written = List.copyOf(acknowledged);
      long seizures = written.stream().filter(a -> a.kind().equals("seizure")).count();
      assertThat(written).as("writes acknowledged before the kill").hasSizeGreaterThanOrEqualTo(40);
      assertThat(seizures).as("seizures among them").isPositive();

      // Restart on the same database: everything acknowledged is there, as it was sent.
      try (var app = AppProcess.start(JAR, List.of(), env, log, STARTUP);
          var c = DriverManager.getConnection(pg.url(), "postgres", "")) {
        var missing = new ArrayList<Acknowledged>();
        for (var a : written) {
          var ps =
              c.prepareStatement(
                  a.kind().equals("inspection")
                      ? "SELECT plate FROM intd_inspection WHERE id = ?"
                      : "SELECT i.plate FROM intd_seizure s JOIN intd_inspection i ON i.id = s.inspection_id"
                          + " WHERE s.id = ?");
          ps.setLong(1, a.id());
          var rs = ps.executeQuery();
          if (!rs.next() || !rs.getString(1).equals(a.plate())) {
            missing.add(a);
          }
        }
        assertThat(missing).as("acknowledged writes missing after kill -9 and restart").isEmpty();
        // And the restarted application serves them.
        var officer = client();
        AppProcess.signIn(officer, app.url(), "officer.cdc", DemoAccounts.PASSWORD, TIMEOUT);
        var last = written.get(written.size() - 1);
        String path =
            (last.kind().equals("inspection")
                    ? "/interdiction/inspections/"
                    : "/interdiction/seizures/")
                + last.id();
        assertThat(
                officer
                    .send(get(app.url().resolve(path)), HttpResponse.BodyHandlers.discarding())
                    .statusCode())
            .isEqualTo(200);
      }

      // The audit chain, checked by the command an administrator runs.
      Path verify = Files.createTempFile("kuzet-audit-verify-", ".log");
      var command =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-jar",
                  JAR.toString(),
                  "--spring.main.web-application-type=none",
                  "--kuzet.command=audit-verify",
                  "--spring.main.banner-mode=off",
                  "--logging.level.root=WARN")
              .redirectErrorStream(true)
              .redirectOutput(verify.toFile());
      command.environment().putAll(env);
      Process p = command.start();
      assertThat(p.waitFor(STARTUP.toSeconds(), TimeUnit.SECONDS)).isTrue();
      String output = Files.readString(verify);
      assertThat(p.exitValue()).as(output).isZero();
      assertThat(output).contains("intact");
      System.out.printf(
          "kill -9 fault: %d acknowledged writes (%d seizures) all present after restart; %s%n",
          written.size(),
          seizures,
          output.lines().filter(l -> l.contains("intact")).findFirst().orElse(""));
    }
  }

  /** Logs inspections (and a seizure for every third) until the application stops answering. */
  private static void write(
      URI url,
      long postId,
      int writer,
      ConcurrentLinkedQueue<Acknowledged> acknowledged,
      AtomicInteger failures) {
    try {
      var client = client();
      String home = AppProcess.signIn(client, url, "officer.cdc", DemoAccounts.PASSWORD, TIMEOUT);
      String csrf = AppProcess.find(AppProcess.CSRF_META, home, "the CSRF token");
      var noRedirects =
          HttpClient.newBuilder()
              .cookieHandler(client.cookieHandler().orElseThrow())
              .version(HttpClient.Version.HTTP_1_1)
              .build();
      for (int n = 0; n < 10_000; n++) {
        String plate =
            String.format(
                "%03d K%c%c %02d",
                n % 1000, (char) ('A' + writer), (char) ('A' + n / 1000 % 26), 1 + writer);
        String now =
            LocalDateTime.now(ZoneId.of("Asia/Almaty")).withSecond(0).withNano(0).toString();
        long inspection =
            post(
                noRedirects,
                url,
                "/interdiction/posts/" + postId + "/log",
                csrf,
                "inspectedAt="
                    + now
                    + "&plate="
                    + AppProcess.enc(plate)
                    + "&plateCountry=KZ&vehicleMake=KAMAZ"
                    + "&vehicleType=TRUCK&cargo=cotton&origin=Shymkent&destination=Astana&direction=NORTH"
                    + "&result=CLEARED&confirmDuplicate=true&persons%5B0%5D.role=DRIVER&persons%5B0%5D.name="
                    + AppProcess.enc("Бекмуханов Ерболат")
                    + "&persons%5B0%5D.documentType=PASSPORT"
                    + "&persons%5B0%5D.documentNumber=N"
                    + writer
                    + "X"
                    + n
                    + "&persons%5B0%5D.nationality=KAZ&persons%5B0%5D.birthDate=1979-03-14&persons%5B0%5D.sex=M",
                "/interdiction/inspections/");
        if (inspection < 0) {
          failures.incrementAndGet();
          return;
        }
        acknowledged.add(new Acknowledged("inspection", inspection, plate));
        if (n % 3 == 0) {
          long seizure =
              post(
                  noRedirects,
                  url,
                  "/interdiction/seizures",
                  csrf,
                  "postId="
                      + postId
                      + "&inspectionId="
                      + inspection
                      + "&seizedAt="
                      + now
                      + "&drugType=HEROIN&quantity=1.5&unit=KG&transportMode=ROAD&conveyance=truck&place=Merke",
                  "/interdiction/seizures/");
          if (seizure < 0) {
            failures.incrementAndGet();
            return;
          }
          acknowledged.add(new Acknowledged("seizure", seizure, plate));
        }
      }
    } catch (Exception e) {
      // The application was killed: whatever was in flight was never acknowledged.
    }
  }

  /**
   * Posts a form; the id in the redirect when it was stored, -1 when the application refused it.
   */
  private static long post(
      HttpClient client, URI url, String path, String csrf, String form, String created)
      throws Exception {
    var response =
        client.send(
            HttpRequest.newBuilder(url.resolve(path))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + AppProcess.enc(csrf)))
                .build(),
            HttpResponse.BodyHandlers.discarding());
    String location = response.headers().firstValue("Location").orElse("");
    int at = location.indexOf(created);
    if (response.statusCode() != 302 || at < 0) {
      return -1;
    }
    return Long.parseLong(location.substring(at + created.length()).replaceAll("[?#].*", ""));
  }

  private static HttpClient client() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .version(HttpClient.Version.HTTP_1_1)
        .build();
  }

  private static HttpRequest get(URI uri) {
    return HttpRequest.newBuilder(uri).timeout(TIMEOUT).build();
  }
}
