package org.kuzet.workspace.internal.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./kuzet api-bench [--samples N] [--url URL]}: times every list endpoint of the REST API,
 * first page in its default order, one call after another, and prints p50/p95 per endpoint with the
 * server's CPU time per call. The endpoints are read from the served OpenAPI document (every GET
 * answering a {@code ListPage}), so a new list is timed without changing the bench. Each module's
 * lists are called as a demo account that may read them; a list under a record ({@code
 * /lookouts/{id}/hits}) is called for the first record of its parent list.
 *
 * <p>Like {@code load-bench}, plain Java in its own JVM: without {@code --url} it starts the
 * application jar against the database the environment names ({@code KUZET_DB_URL}), e.g. the
 * database {@code ./kuzet generate-demo --inspections 1000000} filled. Never a pass/fail test: it
 * prints the figures beside the target (p95 &lt; 100 ms).
 */
public final class ApiListBenchmark {

  static final Duration TIMEOUT = Duration.ofSeconds(60);
  static final String DEMO_PASSWORD = "kuzet-demo-2009";
  static final int WARM_UP = 5;

  /** Who calls each module's lists: a demo account of a role that may read them. */
  static final Map<String, String> CALLER =
      Map.of(
          "interdiction", "officer.cdc",
          "watchlists", "analyst.cdc",
          "screening", "analyst.cdc",
          "program", "pm.inl",
          "results", "pm.inl",
          "training", "coordinator.li",
          "trafficking", "caseworker.mp",
          "finintel", "investigator.fp",
          "workspace", "officer.cdc",
          "admin", "admin");

  /** Where the records of a path that is not itself a list are listed. */
  static final Map<String, String> PARENT =
      Map.of("/api/watchlists/versions", "/api/watchlists/lists/UN/versions");

  /** Values of required query parameters: a search word, or the first record of a list. */
  static final Map<String, String> REQUIRED =
      Map.of(
          "q", "Omarov",
          "kind", "ADDED",
          "center", "list:/api/training/centers",
          "course", "list:/api/training/courses");

  private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

  record Result(
      String path,
      String caller,
      int status,
      long total,
      double p50,
      double p95,
      double max,
      double cpuMs) {}

  private final URI url;
  private final int samples;
  private final @Nullable Long serverPid;
  private final JsonMapper json = JsonMapper.builder().build();
  private final Map<String, HttpClient> clients = new HashMap<>();

  ApiListBenchmark(URI url, int samples, @Nullable Long serverPid) {
    this.url = url;
    this.samples = samples;
    this.serverPid = serverPid;
  }

  public static void main(String[] args) throws Exception {
    int samples = 50;
    @Nullable URI target = null;
    @Nullable Long pid = null;
    Path jar = Path.of("app/target/kuzet-app.jar");
    try {
      for (int i = 0; i < args.length; i++) {
        String value = i + 1 < args.length ? args[i + 1] : "";
        switch (args[i]) {
          case "--samples" -> samples = Integer.parseInt(value);
          case "--url" -> target = URI.create(value);
          case "--server-pid" -> pid = Long.parseLong(value);
          case "--jar" -> jar = Path.of(value);
          default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
        }
        i++;
      }
      if (samples < 5 || samples > 10_000) {
        throw new IllegalArgumentException("--samples must be 5 to 10,000");
      }
      if (target != null
          && !(target.getHost().equals("localhost") || target.getHost().startsWith("127."))) {
        throw new IllegalArgumentException("--url must be a loopback address, not " + target);
      }
    } catch (IllegalArgumentException e) {
      System.err.println("api-bench: " + e.getMessage());
      System.err.println(
          "usage: ./kuzet api-bench [--samples N] [--url http://127.0.0.1:PORT [--server-pid PID]]");
      System.exit(2);
      return;
    }
    String load = LoadBenchmark.loadAverage();
    if (target != null) {
      new ApiListBenchmark(target, samples, pid).run("the application at " + target, load);
    } else {
      Path log = Files.createTempFile("kuzet-api-bench-", ".log");
      String db = System.getenv().getOrDefault("KUZET_DB_URL", "embedded H2 under ./data");
      print("starting the application (%s) from %s; its log: %s", db, jar, log);
      try (var app =
          AppProcess.start(
              jar,
              List.of("--spring.main.banner-mode=off", "--logging.level.root=WARN"),
              Map.of(),
              log,
              Duration.ofMinutes(5))) {
        new ApiListBenchmark(app.url(), samples, app.pid()).run(db, load);
      }
    }
    System.exit(0);
  }

  void run(String target, String startLoad) throws Exception {
    JsonNode paths = json.readTree(get(client("admin"), "/v3/api-docs").body()).get("paths");
    var lists = new TreeMap<String, JsonNode>();
    for (var e : paths.properties()) {
      JsonNode op = e.getValue().get("get");
      if (op != null && op.toString().contains("ListPage")) {
        lists.put(e.getKey(), op);
      }
    }
    print(
        "%d list endpoints on %s, %d calls each after %d warm-up, one at a time",
        lists.size(), target, samples, WARM_UP);
    print(
        "%-48s %-16s %6s %9s %8s %8s %8s %8s",
        "endpoint", "caller", "status", "total", "p50 ms", "p95 ms", "max ms", "cpu ms");
    var results = new ArrayList<Result>();
    for (var e : lists.entrySet()) {
      String module = e.getKey().split("/")[2];
      String caller = CALLER.getOrDefault(module, "admin");
      String path;
      try {
        path = concrete(e.getKey(), e.getValue(), caller);
      } catch (IOException ex) {
        print("%-48s %-16s skipped: %s", e.getKey(), caller, ex.getMessage());
        continue;
      }
      Result r = time(e.getKey(), path, caller);
      results.add(r);
      print(
          "%-48s %-16s %6d %9d %8.1f %8.1f %8.1f %8s",
          r.path(),
          r.caller(),
          r.status(),
          r.total(),
          r.p50(),
          r.p95(),
          r.max(),
          Double.isNaN(r.cpuMs()) ? "-" : String.format("%.1f", r.cpuMs()));
    }
    var slow =
        results.stream()
            .filter(r -> r.status() != 200 || r.p95() >= 100)
            .map(Result::path)
            .toList();
    print(
        "result: %d endpoints timed, %d at or over p95 100 ms or not answering 200%s",
        results.size(), slow.size(), slow.isEmpty() ? "" : ": " + slow);
    print(
        "load average at start %s, at end %s (2 cores); cpu ms is the server's CPU time per call, which the"
            + " machine's load does not change",
        startLoad, LoadBenchmark.loadAverage());
  }

  /** The path with its parameters filled: a record of the parent list, required query values. */
  private String concrete(String template, JsonNode op, String caller) throws Exception {
    String path = template;
    Matcher m = PARAMETER.matcher(template);
    while (m.find()) {
      String parent =
          PARENT.getOrDefault(
              template.substring(0, m.start() - 1), template.substring(0, m.start() - 1));
      String value =
          firstOf(
              parent.contains("{") ? concrete(parent, json.createObjectNode(), caller) : parent,
              caller);
      path = path.replace(m.group(), value);
    }
    var query = new ArrayList<String>();
    JsonNode parameters = op.get("parameters");
    String firstKnown = null;
    if (parameters != null) {
      for (JsonNode p : parameters) {
        if (!"query".equals(p.path("in").asString())) {
          continue;
        }
        String name = p.get("name").asString();
        if (firstKnown == null && REQUIRED.containsKey(name)) {
          firstKnown = name;
        }
        if (p.path("required").asBoolean(false)) {
          if (!REQUIRED.containsKey(name)) {
            throw new IOException("no value for the required parameter " + name);
          }
          query.add(value(name, caller));
        }
      }
    }
    // A list that needs one of two filters (sessions: center or course) says so with 400.
    if (query.isEmpty()
        && firstKnown != null
        && !path.contains("{")
        && get(client(caller), path).statusCode() == 400) {
      query.add(value(firstKnown, caller));
    }
    return query.isEmpty() ? path : path + "?" + String.join("&", query);
  }

  private String value(String name, String caller) throws Exception {
    String v =
        Objects.requireNonNull(REQUIRED.get(name), () -> "not a required parameter: " + name);
    return name + "=" + AppProcess.enc(v.startsWith("list:") ? firstOf(v.substring(5), caller) : v);
  }

  /** The id (or name) of the first item of a list. */
  private String firstOf(String list, String caller) throws Exception {
    var answer = get(client(caller), list);
    JsonNode items = answer.statusCode() == 200 ? json.readTree(answer.body()).path("items") : null;
    if (items == null || items.isEmpty()) {
      throw new IOException(
          list + " has no record to list under (answered " + answer.statusCode() + ")");
    }
    JsonNode first = items.get(0);
    for (String key : List.of("id", "name", "code")) {
      if (first.has(key)) {
        return first.get(key).asString();
      }
    }
    throw new IOException(list + "'s items have no id");
  }

  private Result time(String template, String path, String caller) throws Exception {
    HttpClient client = client(caller);
    for (int i = 0; i < WARM_UP; i++) {
      get(client, path);
    }
    double[] ms = new double[samples];
    int status = 0;
    long total = -1;
    long cpu0 = serverCpuMillis();
    for (int i = 0; i < samples; i++) {
      long t0 = System.nanoTime();
      var answer = get(client, path);
      ms[i] = (System.nanoTime() - t0) / 1e6;
      status = answer.statusCode();
      if (i == 0 && status == 200) {
        total = json.readTree(answer.body()).path("total").asLong(-1);
      }
    }
    long cpu1 = serverCpuMillis();
    Arrays.sort(ms);
    return new Result(
        template,
        caller,
        status,
        total,
        at(ms, .5),
        at(ms, .95),
        ms[ms.length - 1],
        cpu0 < 0 || cpu1 < 0 ? Double.NaN : (cpu1 - cpu0) / (double) samples);
  }

  static double at(double[] sorted, double q) {
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private HttpResponse<String> get(HttpClient client, String path)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(url.resolve(path))
            .timeout(TIMEOUT)
            .header("Accept", "application/json")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A signed-in session per demo account: the API takes the session as a browser's page would. */
  private HttpClient client(String username) throws IOException, InterruptedException {
    HttpClient c = clients.get(username);
    if (c == null) {
      c =
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager())
              .followRedirects(HttpClient.Redirect.NORMAL)
              .connectTimeout(TIMEOUT)
              .build();
      AppProcess.signIn(c, url, username, DEMO_PASSWORD, TIMEOUT);
      clients.put(username, c);
    }
    return c;
  }

  private long serverCpuMillis() {
    if (serverPid == null) {
      return -1;
    }
    try {
      String stat = Files.readString(Path.of("/proc/" + serverPid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static void print(String format, @Nullable Object... args) {
    System.out.println("api-bench: " + String.format(format, args));
  }
}
