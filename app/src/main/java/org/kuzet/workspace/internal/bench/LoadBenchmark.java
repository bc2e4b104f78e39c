package org.kuzet.workspace.internal.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * {@code ./kuzet load-bench}: N people sign in at the same moment, then each opens a page every 2 s
 * (their home page, a list page of their role, or a search) for a bounded time, as {@code ./kuzet
 * serve} or {@code ./kuzet start} would see them. Prints p50/p95/p99/max, requests and errors
 * beside the targets; never a pass/fail test.
 *
 * <p>Each virtual user is a JDK {@link HttpClient} with its own cookie manager, so N distinct
 * sessions exist. The accounts {@code load.0001 ... load.NNNN} are created (once) through the
 * application's own account API by an administrator, spread over the roles that have list pages.
 * Without {@code --url} the bench starts the application jar on a free loopback port, against the
 * database the environment names (the embedded H2 under {@code ./data} by default, or {@code
 * KUZET_DB_URL}), and stops it at the end. Loopback only: the bench refuses other hosts.
 *
 * <p>Plain Java with no Spring: it runs in its own JVM, so the figures are the server's, not a
 * client sharing its CPU budget inside the same process.
 */
public final class LoadBenchmark {

  static final String PASSWORD = "load-bench-2009-passphrase";

  /** A page that takes longer than this counts as an error (a person would have given up). */
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  /**
   * Signing in waits for bcrypt, which is CPU-bound by design: a burst of N sign-ins needs N times
   * about 0.1 s of one core, so the last of them may wait that long; it is measured, not cut off.
   */
  static final Duration SIGN_IN_TIMEOUT = Duration.ofSeconds(180);

  static final int MAX_USERS = 2000;

  /** A kind of user and the list pages their role opens. */
  record Profile(String role, String agency, List<String> lists) {}

  static final List<Profile> PROFILES =
      List.of(
          new Profile(
              "CHECKPOINT_OFFICER",
              "CDC_MOI",
              List.of("/interdiction/seizures", "/interdiction/lookouts")),
          new Profile(
              "BORDER_OFFICER",
              "BORDER_GUARDS",
              List.of("/interdiction/seizures", "/interdiction/alerts")),
          new Profile("ANALYST", "CDC_MOI", List.of("/watchlists", "/interdiction/statistics")),
          new Profile(
              "FINANCIAL_INVESTIGATOR",
              "FINANCIAL_POLICE",
              List.of("/finintel/alerts", "/finintel/cases")),
          new Profile("PROGRAM_MANAGER", "INL", List.of("/program", "/training")),
          new Profile(
              "TRAINING_COORDINATOR",
              "MOI_LEGAL_INSTITUTE",
              List.of("/training", "/training/trainees")),
          new Profile("PARTNER", "UNODC", List.of("/program", "/interdiction/statistics")));

  static final List<String> SEARCHES =
      List.of(
          "Nurlanov",
          "Осмонов",
          "Tursunov",
          "Ахметов",
          "Karimov Rustam",
          "485 KJJ 03",
          "Omarov",
          "Iskakov");

  private static final Pattern ANY_USERNAME = Pattern.compile("\"username\"\\s*:");
  private static final Pattern USERNAME =
      Pattern.compile("\"username\"\\s*:\\s*\"(load\\.\\d{4})\"");

  record Settings(
      int users,
      Duration duration,
      Duration think,
      @Nullable URI url,
      Path jar,
      String admin,
      String adminPassword) {}

  /** One timed request: its kind (sign-in, home, list, search), milliseconds and error, if any. */
  record Sample(String kind, double ms, @Nullable String error) {}

  private final Settings settings;
  private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
  private final Map<String, Integer> errorKinds = new ConcurrentHashMap<>();
  private final ExecutorService httpThreads = Executors.newFixedThreadPool(8);

  /** The server's process when the bench started it: its CPU time is read from /proc. */
  private final @Nullable Long serverPid;

  private final CountDownLatch signedIn;
  private volatile long cpuAtStart = -1;
  private volatile long cpuAfterSignIns = -1;

  LoadBenchmark(Settings settings, @Nullable Long serverPid) {
    this.settings = settings;
    this.serverPid = serverPid;
    this.signedIn = new CountDownLatch(settings.users());
  }

  public static void main(String[] args) throws Exception {
    Settings settings;
    try {
      settings = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("load-bench: " + e.getMessage());
      System.err.println(
          "usage: ./kuzet load-bench [--users N] [--seconds S] [--think-ms MS] [--url http://127.0.0.1:PORT]"
              + " [--admin USER --admin-password P]");
      System.exit(2);
      return;
    }
    String startLoad = loadAverage();
    URI target = settings.url();
    if (target != null) {
      new LoadBenchmark(settings, null).run(target, "the application at " + target, startLoad);
    } else {
      Path log = Files.createTempFile("kuzet-load-bench-", ".log");
      String db = System.getenv().getOrDefault("KUZET_DB_URL", "embedded H2 under ./data");
      print("starting the application (%s) from %s; its log: %s", db, settings.jar(), log);
      try (var app =
          AppProcess.start(
              settings.jar(),
              List.of("--spring.main.banner-mode=off", "--logging.level.root=WARN"),
              Map.of(),
              log,
              Duration.ofMinutes(5))) {
        new LoadBenchmark(settings, app.pid())
            .run(app.url(), db + ", application started by the bench", startLoad);
      }
    }
    System.exit(0);
  }

  void run(URI url, String target, String startLoad) throws Exception {
    var accounts = ensureAccounts(url);
    print(
        "%d users sign in at once, then each opens a page every %d ms for %d s (%s)",
        settings.users(), settings.think().toMillis(), settings.duration().toSeconds(), target);
    var ready = new CountDownLatch(settings.users());
    var go = new CountDownLatch(1);
    var threads = new ArrayList<Thread>();
    long start = System.nanoTime();
    for (int i = 0; i < settings.users(); i++) {
      String username = accounts.get(i);
      Profile profile = PROFILES.get(i % PROFILES.size());
      var seed = new Random(i);
      var thread =
          new Thread(
              () -> virtualUser(url, username, profile, seed, ready, go), "load-" + username);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
    ready.await();
    cpuAtStart = serverCpuMillis();
    var watcher =
        new Thread(
            () -> {
              try {
                signedIn.await();
                cpuAfterSignIns = serverCpuMillis();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "sign-in-watcher");
    watcher.setDaemon(true);
    watcher.start();
    long t0 = System.nanoTime();
    go.countDown();
    for (var thread : threads) {
      thread.join(settings.duration().plus(SIGN_IN_TIMEOUT).plus(REQUEST_TIMEOUT).toMillis());
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    report(seconds, startLoad);
    httpThreads.shutdownNow();
  }

  /** The accounts load.0001 ... load.N: those missing are created by the administrator. */
  private List<String> ensureAccounts(URI url) throws Exception {
    var wanted = new ArrayList<String>();
    for (int i = 1; i <= settings.users(); i++) {
      wanted.add(String.format("load.%04d", i));
    }
    var admin = client();
    String home =
        AppProcess.signIn(admin, url, settings.admin(), settings.adminPassword(), REQUEST_TIMEOUT);
    String token = AppProcess.find(AppProcess.CSRF_META, home, "the page's CSRF token");
    String header = AppProcess.find(AppProcess.CSRF_HEADER, home, "the page's CSRF header name");
    // The account list is paged like every API list: read pages until one comes back short.
    Set<String> existing = new HashSet<>();
    for (int page = 0; ; page++) {
      var list =
          admin.send(
              HttpRequest.newBuilder(
                      url.resolve("/api/admin/accounts?size=200&sort=id,asc&page=" + page))
                  .timeout(REQUEST_TIMEOUT)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (list.statusCode() != 200) {
        throw new IllegalStateException(
            "listing accounts as "
                + settings.admin()
                + " answered "
                + list.statusCode()
                + ": is it an administrator?");
      }
      Matcher m = USERNAME.matcher(list.body());
      while (m.find()) {
        existing.add(m.group(1));
      }
      if (!list.body().contains("\"totalExact\"")
          || ANY_USERNAME.matcher(list.body()).results().count() < 200) {
        break;
      }
    }
    var missing = wanted.stream().filter(u -> !existing.contains(u)).toList();
    if (!missing.isEmpty()) {
      print("creating %d accounts through the account API (bcrypt, once) ...", missing.size());
      long t = System.nanoTime();
      var pool = Executors.newFixedThreadPool(4);
      var failures = Collections.synchronizedList(new ArrayList<String>());
      for (String username : missing) {
        pool.submit(() -> createAccount(admin, url, header, token, username, failures));
      }
      pool.shutdown();
      pool.awaitTermination(30, TimeUnit.MINUTES);
      if (!failures.isEmpty()) {
        throw new IllegalStateException("could not create the bench accounts: " + failures.get(0));
      }
      print("created %d accounts in %.1f s", missing.size(), (System.nanoTime() - t) / 1e9);
    }
    return wanted;
  }

  private void createAccount(
      HttpClient admin,
      URI url,
      String header,
      String token,
      String username,
      List<String> failures) {
    int n = Integer.parseInt(username.substring(5));
    Profile p = PROFILES.get((n - 1) % PROFILES.size());
    String json =
        String.format(
            "{\"username\":\"%s\",\"displayName\":\"Load bench user %04d\",\"agency\":\"%s\",\"roles\":[\"%s\"],\"password\":\"%s\"}",
            username, n, p.agency(), p.role(), PASSWORD);
    // A kept-alive connection the server has just closed fails the call: try again; an account
    // whose first attempt did land answers "is already taken" the second time.
    String last = "";
    for (int attempt = 1; attempt <= 3; attempt++) {
      try {
        var response =
            admin.send(
                HttpRequest.newBuilder(url.resolve("/api/admin/accounts"))
                    .timeout(SIGN_IN_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header(header, token)
                    .POST(HttpRequest.BodyPublishers.ofString(json))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 201
            || attempt > 1
                && response.statusCode() == 400
                && response.body().contains("already taken")) {
          return;
        }
        failures.add(username + ": " + response.statusCode() + " " + response.body());
        return;
      } catch (IOException e) {
        last = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failures.add(username + ": interrupted");
        return;
      }
    }
    failures.add(username + ": " + last);
  }

  private void virtualUser(
      URI url,
      String username,
      Profile profile,
      Random random,
      CountDownLatch ready,
      CountDownLatch go) {
    var client = client();
    ready.countDown();
    try {
      go.await();
    } catch (InterruptedException e) {
      return;
    }
    long t = System.nanoTime();
    try {
      AppProcess.signIn(client, url, username, PASSWORD, SIGN_IN_TIMEOUT);
      record("sign-in", t, null);
      signedIn.countDown();
    } catch (Exception e) {
      record("sign-in", t, describe(e));
      signedIn.countDown();
      return;
    }
    long deadline = System.nanoTime() + settings.duration().toNanos();
    long next = System.nanoTime();
    while (next < deadline) {
      sleepUntil(next);
      next += settings.think().toNanos();
      double pick = random.nextDouble();
      String kind;
      String path;
      if (pick < 0.4) {
        kind = "home";
        path = "/home";
      } else if (pick < 0.8) {
        kind = "list";
        path = profile.lists().get(random.nextInt(profile.lists().size()));
      } else {
        kind = "search";
        path =
            "/search?q="
                + URLEncoder.encode(
                    SEARCHES.get(random.nextInt(SEARCHES.size())), StandardCharsets.UTF_8);
      }
      long s = System.nanoTime();
      try {
        var response =
            client.send(
                HttpRequest.newBuilder(url.resolve(path)).timeout(REQUEST_TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString());
        @Nullable String error = null;
        if (response.statusCode() != 200) {
          error = "HTTP " + response.statusCode() + " on " + path.replaceAll("\\?.*", "");
        } else if (response.uri().getPath().equals("/login")) {
          error = "sent back to the sign-in page from " + path;
        }
        record(kind, s, error);
      } catch (Exception e) {
        record(kind, s, describe(e) + " on " + path.replaceAll("\\?.*", ""));
      }
    }
  }

  private HttpClient client() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(10))
        .executor(httpThreads)
        .build();
  }

  private void record(String kind, long startNanos, @Nullable String error) {
    samples.add(new Sample(kind, (System.nanoTime() - startNanos) / 1e6, error));
    if (error != null) {
      errorKinds.merge(error, 1, Integer::sum);
    }
  }

  private void report(double seconds, String startLoad) {
    Map<String, List<Sample>> byKind = new LinkedHashMap<>();
    for (String kind : List.of("sign-in", "home", "list", "search")) {
      byKind.put(kind, new ArrayList<>());
    }
    var pages = new ArrayList<Sample>();
    for (var s : samples) {
      byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s);
      if (!s.kind().equals("sign-in")) {
        pages.add(s);
      }
    }
    byKind.forEach((kind, list) -> line(kind, list));
    line("all pages", pages);
    print("%.1f pages/s over %.0f s", pages.size() / seconds, seconds);
    long cpuAtEnd = serverCpuMillis();
    if (cpuAtStart >= 0 && cpuAfterSignIns >= 0 && cpuAtEnd >= 0) {
      // CPU time does not depend on what else the machine runs: it says what the work costs.
      long signInPages =
          samples.stream().filter(x -> !x.kind().equals("sign-in") && x.error() == null).count();
      print(
          "server CPU: %.1f s until every sign-in was done (%.0f ms per sign-in, bcrypt and the pages"
              + " opened meanwhile included), %.1f s in all (%.1f ms per request over the run)",
          (cpuAfterSignIns - cpuAtStart) / 1e3,
          (cpuAfterSignIns - cpuAtStart) / (double) settings.users(),
          (cpuAtEnd - cpuAtStart) / 1e3,
          (cpuAtEnd - cpuAtStart) / (double) (signInPages + settings.users()));
    }
    errorKinds.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(8)
        .forEach(e -> print("  error x%d: %s", e.getValue(), e.getKey()));
    var all = new ArrayList<Sample>(samples);
    long errors = all.stream().filter(s -> s.error() != null).count();
    double p95 = percentile(pages, 0.95);
    print(
        "result: %d users, %d requests, %d errors, pages p95 %.0f ms; targets: 100 users on the embedded"
            + " default 0 errors and p95 < 500 ms; 300 users on PostgreSQL 0 errors, p95 printed",
        settings.users(), all.size(), errors, p95);
    print("load average at start %s, at end %s (2 cores)", startLoad, loadAverage());
  }

  private static void line(String kind, List<Sample> list) {
    long errors = list.stream().filter(s -> s.error() != null).count();
    print(
        "%-9s requests %6d  errors %4d  p50 %7.1f  p95 %7.1f  p99 %7.1f  max %7.1f ms",
        kind,
        list.size(),
        errors,
        percentile(list, .5),
        percentile(list, .95),
        percentile(list, .99),
        percentile(list, 1));
  }

  static double percentile(List<Sample> list, double q) {
    if (list.isEmpty()) {
      return Double.NaN;
    }
    double[] ms = list.stream().mapToDouble(Sample::ms).sorted().toArray();
    int i = (int) Math.ceil(q * ms.length) - 1;
    return ms[Math.max(0, Math.min(ms.length - 1, i))];
  }

  static Settings parse(String[] args) {
    int users = 100;
    Duration duration = Duration.ofSeconds(60);
    Duration think = Duration.ofSeconds(2);
    @Nullable URI url = null;
    Path jar = Path.of("app/target/kuzet-app.jar");
    String admin = "admin";
    String adminPassword = "kuzet-demo-2009";
    for (int i = 0; i < args.length; i++) {
      @Nullable String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--users" -> users = positive(args[i], value);
        case "--seconds" -> duration = Duration.ofSeconds(positive(args[i], value));
        case "--think-ms" -> think = Duration.ofMillis(positive(args[i], value));
        case "--url" -> url = loopback(value);
        case "--jar" -> jar = Path.of(required(args[i], value));
        case "--admin" -> admin = required(args[i], value);
        case "--admin-password" -> adminPassword = required(args[i], value);
        default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
      }
      i++;
    }
    if (users > MAX_USERS) {
      throw new IllegalArgumentException("--users must be at most " + MAX_USERS);
    }
    if (duration.toSeconds() > 3600) {
      throw new IllegalArgumentException("--seconds must be at most 3600");
    }
    return new Settings(users, duration, think, url, jar, admin, adminPassword);
  }

  private static URI loopback(@Nullable String value) {
    URI uri = URI.create(required("--url", value));
    String host = uri.getHost();
    if (host == null
        || !(host.equals("localhost") || host.equals("::1") || host.startsWith("127."))) {
      throw new IllegalArgumentException(
          "--url must be a loopback address (127.0.0.1 or localhost), not " + value);
    }
    return uri;
  }

  private static int positive(String option, @Nullable String value) {
    try {
      int n = Integer.parseInt(required(option, value));
      if (n <= 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          option + " must be a positive whole number, not '" + value + "'");
    }
  }

  private static String required(String option, @Nullable String value) {
    if (value == null || value.startsWith("--")) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }

  private static String describe(Exception e) {
    String name = e.getClass().getSimpleName();
    return e.getMessage() == null
        ? name
        : name + ": " + e.getMessage().lines().findFirst().orElse("");
  }

  private static void sleepUntil(long nanos) {
    long wait = nanos - System.nanoTime();
    if (wait > 0) {
      try {
        TimeUnit.NANOSECONDS.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** User and system CPU time of the server process, in ms; -1 when unknown. */
  private long serverCpuMillis() {
    if (serverPid == null) {
      return -1;
    }
    try {
      String stat = Files.readString(Path.of("/proc/" + serverPid + "/stat"));
      // Fields after the command name, which is in parentheses and may hold spaces.
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime and stime
      return ticks * 10; // the kernel's clock ticks are 1/100 s
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  static String loadAverage() {
    try {
      return String.join(
          " ",
          List.of(Files.readString(Path.of("/proc/loadavg")).strip().split(" ")).subList(0, 3));
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static void print(String format, Object... args) {
    System.out.println("load-bench: " + String.format(format, args));
  }
}
