package org.kuzet.engine.finintel.flink;

import java.io.IOException;
import java.net.ServerSocket;
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
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A Flink session cluster on this machine as separate JVM processes: one JobManager ({@code
 * StandaloneSessionClusterEntrypoint}) and any number of TaskManagers ({@code TaskManagerRunner}),
 * all started from a directory of Flink's runtime jars (Maven builds it as {@code
 * target/flink-cluster/lib}; Flink's own distribution is not on Maven Central). The cluster
 * directory holds {@code conf/config.yaml}, {@code checkpoints/}, {@code log/} and one pid file per
 * process, so that another command can stop what this one started.
 *
 * <p>State lives in RocksDB (timers on the heap: the job sets one per waiting account, and
 * RocksDB's timer queue cost a tenth of the time), checkpoints are incremental (only the RocksDB
 * files written since the last one are uploaded) in {@code checkpoints/} on the file system, a
 * failed job restarts from its last checkpoint (fixed delay, 1 s), and a lost TaskManager is
 * noticed within seconds (heartbeat timeout 6 s). The memory options are explicit because Flink's
 * start scripts, which normally derive them, are not used.
 */
public final class FlinkClusterProcesses {
  private static final String JOB_MANAGER =
      "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint";
  private static final String TASK_MANAGER =
      "org.apache.flink.runtime.taskexecutor.TaskManagerRunner";

  private final Path dir;
  private final Path lib;
  private final int restPort;
  private final boolean pin;
  private int basePort;

  /**
   * {@code dir}: the cluster's directory (created); {@code lib}: Flink's jars; {@code pin}: run
   * TaskManager i on core i with {@code taskset}, so each slot has a core of its own.
   */
  public FlinkClusterProcesses(Path dir, Path lib, int restPort, boolean pin) throws IOException {
    this.dir = dir.toAbsolutePath();
    this.lib = lib.toAbsolutePath();
    this.restPort = restPort;
    this.pin = pin;
    if (!Files.isDirectory(lib)) {
      throw new IOException(
          "no Flink runtime jars in "
              + lib
              + ": build them with ./mvnw -pl finintel-flink -am package");
    }
  }

  public String restUrl() {
    return "http://localhost:" + restPort;
  }

  public int restPort() {
    return restPort;
  }

  public Path checkpoints() {
    return dir.resolve("checkpoints");
  }

  /**
   * Takes every listening port from {@code base} on instead of any free one: the REST endpoint is
   * {@code base}, the JobManager's RPC {@code base+1}, its blob server {@code base+2}, TaskManager
   * i (0 to 2) RPC {@code base+3+i} and data {@code base+6+i}; ten ports in all (Flink's internal
   * metrics query service still takes any free one). For machines where each user has a range of
   * ports of their own. Call before {@link #startJobManager()}.
   */
  public FlinkClusterProcesses portsFrom(int base) {
    if (base != 0 && base != restPort) {
      throw new IllegalArgumentException(
          "the REST port " + restPort + " must be the base port " + base);
    }
    this.basePort = base;
    return this;
  }

  /** A free local port for the REST endpoint. */
  public static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** Writes the configuration, starts the JobManager and waits for its REST endpoint. */
  public void startJobManager() throws IOException, InterruptedException {
    Files.createDirectories(dir.resolve("conf"));
    Files.createDirectories(dir.resolve("log"));
    Files.createDirectories(dir.resolve("tmp"));
    Files.createDirectories(checkpoints());
    Files.writeString(dir.resolve("conf/config.yaml"), config(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("conf/log4j.properties"), LOG4J, StandardCharsets.UTF_8);
    Process jobManager = start("jobmanager", JOB_MANAGER, "-Xmx512m", -1, List.of());
    awaitRest(jobManager, Duration.ofSeconds(180)); // a JVM starts slowly on a crowded machine
  }

  /**
   * Starts TaskManager {@code index} (pinned to core {@code index} modulo the cores when pinning)
   * and returns its process.
   */
  public Process startTaskManager(int index) throws IOException {
    int core = index % Runtime.getRuntime().availableProcessors();
    // Heap: framework 128m + task 384m; direct: framework off-heap 128m + network 64m.
    List<String> ports = List.of();
    if (basePort != 0) {
      if (index > 2) {
        throw new IllegalArgumentException("with fixed ports, TaskManagers 0 to 2 only");
      }
      ports =
          List.of(
              "-Dtaskmanager.rpc.port=" + (basePort + 3 + index),
              "-Dtaskmanager.data.port=" + (basePort + 6 + index));
    }
    return start(
        "taskmanager-" + index,
        TASK_MANAGER,
        "-Xmx512m",
        pin ? core : -1,
        ports,
        "-XX:MaxDirectMemorySize=192m",
        "-XX:MaxMetaspaceSize=256m");
  }

  /** Waits until the JobManager knows {@code n} TaskManagers. */
  public void awaitTaskManagers(int n, Duration timeout) throws IOException, InterruptedException {
    long until = System.nanoTime() + timeout.toNanos();
    Pattern p = Pattern.compile("\"taskmanagers\"\\s*:\\s*(\\d+)");
    while (true) {
      String overview = get("/overview");
      Matcher m = overview == null ? null : p.matcher(overview);
      if (m != null && m.find() && Integer.parseInt(m.group(1)) == n) {
        return;
      }
      if (System.nanoTime() > until) {
        throw new IOException(
            "the cluster at "
                + restUrl()
                + " has not got "
                + n
                + " TaskManagers after "
                + timeout.toSeconds()
                + " s: "
                + overview
                + "; see "
                + dir.resolve("log"));
      }
      Thread.sleep(200);
    }
  }

  /** Kills a process at once, as a crash would ({@code kill -9}). */
  public static void kill(Process p) throws InterruptedException {
    p.destroyForcibly();
    p.waitFor();
  }

  /** True when a process named by one of the directory's pid files still runs. */
  public static boolean running(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      for (Path f : files.filter(x -> x.getFileName().toString().endsWith(".pid")).toList()) {
        var h = ProcessHandle.of(Long.parseLong(Files.readString(f).trim()));
        if (h.isPresent() && h.get().isAlive()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Stops every process this directory's pid files name (TaskManagers first). */
  public static int stop(Path dir) throws IOException, InterruptedException {
    int stopped = 0;
    List<Path> pids = new ArrayList<>();
    try (var files = Files.list(dir)) {
      files
          .filter(f -> f.getFileName().toString().endsWith(".pid"))
          .sorted(
              (a, b) ->
                  a.getFileName().toString().startsWith("jobmanager")
                      ? 1
                      : b.getFileName().toString().startsWith("jobmanager") ? -1 : a.compareTo(b))
          .forEach(pids::add);
    }
    for (Path f : pids) {
      long pid = Long.parseLong(Files.readString(f).trim());
      var h = ProcessHandle.of(pid);
      if (h.isPresent()
          && h.get().isAlive()
          && h.get()
              .info()
              .commandLine()
              .orElse("")
              .contains("-Dkuzet.flink.cluster=" + dir.toAbsolutePath() + " ")) {
        h.get().destroy();
        try {
          h.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
          h.get().destroyForcibly();
        }
        stopped++;
      }
      Files.delete(f);
    }
    return stopped;
  }

  private Process start(
      String name, String main, String heap, int core, List<String> args, String... jvm)
      throws IOException {
    List<String> cmd = new ArrayList<>();
    if (core >= 0) {
      cmd.addAll(List.of("taskset", "-c", Integer.toString(core)));
    }
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add(heap);
    cmd.addAll(List.of(jvm));
    cmd.add("-Dlog.file=" + dir.resolve("log/" + name + ".log"));
    cmd.add("-Dlog4j.configurationFile=" + dir.resolve("conf/log4j.properties").toUri());
    // Names this directory on the command line, so that stop() kills only its own processes.
    cmd.add("-Dkuzet.flink.cluster=" + dir);
    cmd.addAll(List.of("-cp", lib + "/*", main, "--configDir", dir.resolve("conf").toString()));
    cmd.addAll(args);
    Process p =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(dir.resolve("log/" + name + ".out").toFile()))
            .start();
    Files.writeString(dir.resolve(name + ".pid"), Long.toString(p.pid()));
    return p;
  }

  private String config() throws IOException {
    // Not Flink's fixed 6123: other clusters may run here.
    int rpcPort = basePort != 0 ? basePort + 1 : freePort();
    String blob = basePort != 0 ? Integer.toString(basePort + 2) : "0";
    String cp = checkpoints().toUri().toString();
    return String.format(
        Locale.ROOT,
        """
        jobmanager.rpc.address: localhost
        jobmanager.rpc.port: %d
        jobmanager.bind-host: localhost
        jobmanager.memory.heap.size: 512m
        jobmanager.memory.off-heap.size: 128m
        jobmanager.memory.jvm-metaspace.size: 256m
        jobmanager.memory.jvm-overhead.min: 192m
        jobmanager.memory.jvm-overhead.max: 192m
        rest.address: localhost
        rest.bind-address: localhost
        rest.port: %d
        taskmanager.host: localhost
        taskmanager.bind-host: localhost
        taskmanager.numberOfTaskSlots: 1
        taskmanager.cpu.cores: 1
        taskmanager.memory.framework.heap.size: 128m
        taskmanager.memory.framework.off-heap.size: 128m
        taskmanager.memory.task.heap.size: 384m
        taskmanager.memory.task.off-heap.size: 0m
        taskmanager.memory.managed.size: 128m
        taskmanager.memory.network.min: 64m
        taskmanager.memory.network.max: 64m
        taskmanager.memory.jvm-metaspace.size: 256m
        taskmanager.memory.jvm-overhead.min: 192m
        taskmanager.memory.jvm-overhead.max: 192m
        state.backend.type: rocksdb
        state.backend.incremental: true
        state.backend.rocksdb.timer-service.factory: HEAP
        execution.checkpointing.storage: filesystem
        execution.checkpointing.dir: %s
        restart-strategy.type: exponential-delay
        restart-strategy.exponential-delay.initial-backoff: 1 s
        restart-strategy.exponential-delay.max-backoff: 10 s
        restart-strategy.exponential-delay.backoff-multiplier: 2.0
        restart-strategy.exponential-delay.attempts-before-reset-backoff: 40
        heartbeat.interval: 1000
        heartbeat.timeout: 6000
        io.tmp.dirs: %s
        blob.server.port: %s
        """,
        rpcPort,
        restPort,
        cp,
        dir.resolve("tmp"),
        blob);
  }

  private static final String LOG4J =
      """
      rootLogger.level = INFO
      rootLogger.appenderRef.file.ref = MainAppender
      appender.main.name = MainAppender
      appender.main.type = File
      appender.main.append = true
      appender.main.fileName = ${sys:log.file}
      appender.main.layout.type = PatternLayout
      appender.main.layout.pattern = %d{yyyy-MM-dd HH:mm:ss,SSS} %-5p %-60c %x - %m%n
      """;

  private void awaitRest(Process jobManager, Duration timeout)
      throws IOException, InterruptedException {
    long until = System.nanoTime() + timeout.toNanos();
    while (get("/overview") == null) {
      if (!jobManager.isAlive()) {
        throw new IOException(
            "the JobManager stopped (exit code "
                + jobManager.exitValue()
                + "); see "
                + dir.resolve("log/jobmanager.log"));
      }
      if (System.nanoTime() > until) {
        throw new IOException(
            "the JobManager did not answer on "
                + restUrl()
                + " within "
                + timeout.toSeconds()
                + " s; see "
                + dir.resolve("log"));
      }
      Thread.sleep(250);
    }
  }

  /**
   * What the JobManager's checkpoint statistics say of a job: how many completed, their end-to-end
   * duration (average and longest) and size written (incremental: what each checkpoint added), and
   * the full state size of the latest.
   */
  public String checkpointSummary(String jobId) throws InterruptedException {
    String json = get("/jobs/" + jobId + "/checkpoints");
    if (json == null) {
      return "no checkpoint statistics";
    }
    long completed = number(json, "\"completed\"\\s*:\\s*(\\d+)");
    String summary = object(json, "summary");
    String latest = object(object(json, "latest"), "completed");
    return String.format(
        Locale.ROOT,
        "%d checkpoints completed, end to end %.1f s on average, "
            + "%.1f s at most; written per checkpoint %.1f MB on average, %.1f MB at most; "
            + "full state of the latest %.1f MB",
        completed,
        number(object(summary, "end_to_end_duration"), "\"avg\"\\s*:\\s*(\\d+)") / 1e3,
        number(object(summary, "end_to_end_duration"), "\"max\"\\s*:\\s*(\\d+)") / 1e3,
        number(object(summary, "checkpointed_size"), "\"avg\"\\s*:\\s*(\\d+)") / 1e6,
        number(object(summary, "checkpointed_size"), "\"max\"\\s*:\\s*(\\d+)") / 1e6,
        number(latest, "\"state_size\"\\s*:\\s*(\\d+)") / 1e6);
  }

  /** The text of the JSON object that is the value of {@code key} (first occurrence), or "". */
  private static String object(String json, String key) {
    int at = json.indexOf("\"" + key + "\"");
    int open = at < 0 ? -1 : json.indexOf('{', at);
    if (open < 0) {
      return "";
    }
    int depth = 0;
    for (int i = open; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return json.substring(open, i + 1);
      }
    }
    return "";
  }

  private static long number(String json, String regex) {
    Matcher m = Pattern.compile(regex).matcher(json);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  /** GET on the REST API; null when it does not answer (yet). */
  @Nullable String get(String path) throws InterruptedException {
    try {
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(restUrl() + path))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return r.statusCode() == 200 ? r.body() : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
}
