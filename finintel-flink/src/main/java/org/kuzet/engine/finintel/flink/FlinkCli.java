package org.kuzet.engine.finintel.flink;

import com.sun.management.OperatingSystemMXBean;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.ConfigOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.Alert;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.detect.DetectionSettings;
import org.kuzet.engine.finintel.eval.Benchmark;
import org.kuzet.engine.finintel.eval.Dataset;
import org.kuzet.engine.finintel.io.IbmAmlCsvWriter;
import org.kuzet.engine.finintel.io.TransactionFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar finintel-flink-cli.jar run|detect-bench}. {@code run} only wires a source (a
 * file or a Kafka topic) and a sink (files, JDBC or a Kafka topic) into {@link FinintelJob}; on a
 * cluster submit finintel-flink-job.jar with the same arguments.
 */
@Command(
    name = "finintel-flink",
    mixinStandardHelpOptions = true,
    subcommands = {FlinkCli.Run.class, FlinkCli.Bench.class, FlinkCli.Cluster.class})
public final class FlinkCli {

  public static void main(String[] args) {
    System.exit(new CommandLine(new FlinkCli()).execute(args));
  }

  static FileSink<Alert> fileSink(Path out) {
    return FileSink.forRowFormat(
            new org.apache.flink.core.fs.Path(out.toUri()), new AlertCsvEncoder())
        .withBucketAssigner(new BasePathBucketAssigner<>())
        .build();
  }

  /**
   * Checkpoints go to files: the default (JobManager memory) storage refuses state over 5 MB, which
   * a few hundred thousand accounts exceed.
   */
  static Configuration checkpointsIn(Configuration conf, Path dir) {
    // Kept when the job is cancelled, so that --from-checkpoint can resume it.
    conf.set(
        CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
        ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
    conf.set(
        ConfigOptions.key("execution.checkpointing.storage").stringType().noDefaultValue(),
        "filesystem");
    conf.set(
        ConfigOptions.key("execution.checkpointing.dir").stringType().noDefaultValue(),
        dir.toUri().toString());
    return conf;
  }

  /** The given checkpoint, or the newest completed one (by its number) under a directory. */
  static @Nullable Path newestCheckpoint(Path p) throws IOException {
    if (Files.isRegularFile(p.resolve("_metadata"))) {
      return p;
    }
    if (!Files.isDirectory(p)) {
      return null;
    }
    // A running job deletes each checkpoint a newer one subsumes, so a directory listed here
    // may be gone the moment after: it is skipped, not an error (walking into one failed).
    List<Path> candidates = new ArrayList<>();
    for (Path x : list(p)) {
      if (CHECKPOINT.matcher(x.getFileName().toString()).matches()) {
        candidates.add(x); // p is a job's directory
      } else {
        candidates.addAll(list(x)); // p holds jobs' directories
      }
    }
    return candidates.stream()
        .filter(x -> CHECKPOINT.matcher(x.getFileName().toString()).matches())
        .filter(x -> Files.isRegularFile(x.resolve("_metadata")))
        .max(Comparator.comparingLong(x -> Long.parseLong(x.getFileName().toString().substring(4))))
        .orElse(null);
  }

  private static final Pattern CHECKPOINT = Pattern.compile("chk-\\d+");

  /** The entries of a directory; none when it is not one or was deleted meanwhile. */
  private static List<Path> list(Path dir) throws IOException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      s.forEach(entries::add);
    } catch (NoSuchFileException | NotDirectoryException e) {
      return List.of();
    }
    return entries;
  }

  /**
   * An environment whose jobs go to the session cluster at {@code rest} through its REST API
   * (Flink's {@code RestClusterClient}, as {@code flink run} does), uploading {@code jobJar}.
   */
  static StreamExecutionEnvironment onCluster(URI rest, Path jobJar, Configuration conf) {
    return StreamExecutionEnvironment.createRemoteEnvironment(
        rest.getHost(), rest.getPort(), conf, jobJar.toAbsolutePath().toString());
  }

  /** A file in the directory of the jar this class was loaded from (target/ in a build). */
  static Path besideThisJar(String name) {
    try {
      Path self =
          Path.of(FlinkCli.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path dir = self.getParent();
      return dir == null ? Path.of(name) : dir.resolve(name);
    } catch (URISyntaxException e) {
      return Path.of(name);
    }
  }

  static FileSource<Sequenced> fileSource(Path in, TransactionFormat format) {
    return FileSource.forRecordStreamFormat(
            new TransactionFileFormat(format), new org.apache.flink.core.fs.Path(in.toUri()))
        .build();
  }

  @Command(
      name = "run",
      mixinStandardHelpOptions = true,
      description =
          "Run the detection job. Transactions from a file (--in) or a Kafka topic "
              + "(--in-topic); alerts to part files (--out, one CSV line each), a table "
              + "(--jdbc-url) or a Kafka topic (--alerts-topic).")
  static final class Run implements Callable<Integer> {
    @Option(names = "--in", description = "transaction file")
    Path in;

    @Option(names = "--format", description = "for --in: ibm, amlsim, csv or goaml")
    String format;

    @Option(names = "--kafka-bootstrap", description = "Kafka bootstrap servers, host:port,...")
    String kafkaBootstrap;

    @Option(names = "--in-topic", description = "Kafka topic of transactions, one JSON each")
    String inTopic;

    @Option(
        names = "--kafka-group",
        defaultValue = "kuzet-finintel",
        description = "consumer group; its committed offsets are where a new job starts")
    String kafkaGroup;

    @Option(
        names = "--until-latest",
        description = "stop at the topic's end as of the start, instead of running on")
    boolean untilLatest;

    @Option(names = "--out", description = "directory for the alert part files")
    Path out;

    @Option(names = "--jdbc-url")
    String jdbcUrl;

    @Option(names = "--jdbc-user", defaultValue = "postgres")
    String jdbcUser;

    @Option(names = "--jdbc-password", defaultValue = "")
    String jdbcPassword;

    @Option(names = "--jdbc-table", defaultValue = "fin_alert")
    String jdbcTable;

    @Option(names = "--alerts-topic", description = "Kafka topic for the alerts (JSON, key = id)")
    String alertsTopic;

    @Option(
        names = "--at-least-once",
        description = "Kafka alerts at once, not in transactions committed at checkpoints")
    boolean atLeastOnce;

    @Option(
        names = "--state-ttl-hours",
        description =
            "drop an account's detector state after this many hours without a "
                + "payment, in event time "
                + "(default: the longest window plus lateness; 0 keeps state for ever)")
    Long stateTtlHours;

    @Option(names = "--parallelism", defaultValue = "2")
    int parallelism;

    @Option(names = "--checkpoint-interval-ms", defaultValue = "10000")
    long checkpointMs;

    @Option(
        names = "--checkpoint-dir",
        description =
            "where checkpoints go (default: a temporary directory; on a cluster, "
                + "the cluster's execution.checkpointing.dir)")
    Path checkpointDir;

    @Option(
        names = "--from-checkpoint",
        description =
            "resume from this checkpoint (a chk-N "
                + "directory), or from the newest one under this directory (e.g. --checkpoint-dir)")
    Path fromCheckpoint;

    @Option(
        names = "--cluster",
        description =
            "submit to the Flink session cluster whose REST "
                + "endpoint this is (http://host:port), as flink run does, instead of running here")
    URI cluster;

    @Option(
        names = "--job-jar",
        description =
            "with --cluster: the job jar to upload "
                + "(default: finintel-flink-job.jar beside this jar)")
    Path jobJar;

    @Option(
        names = "--detached",
        description = "with --cluster: return once the job is submitted, printing its id")
    boolean detached;

    @Option(
        names = "--model",
        description =
            "model file from detect-train: adds learned alerts and re-scores the "
                + "rules' (the learned layer runs as one task at parallelism 1)")
    Path model;

    @Option(
        names = "--rule-floor",
        defaultValue = "0.05",
        description =
            "with --model: a rule alert is raised only when the model gives one of "
                + "its payments at least this probability (0 keeps them all)")
    double ruleFloor;

    @Override
    public Integer call() throws Exception {
      LearnedModel learned = null;
      if (model != null) {
        try {
          learned = LearnedModel.read(model, ruleFloor);
        } catch (IOException | IllegalArgumentException e) {
          System.err.println("model " + model + ": " + e.getMessage());
          return 2;
        }
      }
      if ((in == null) == (inTopic == null)) {
        System.err.println("give exactly one of --in and --in-topic");
        return 2;
      }
      int sinks = (out != null ? 1 : 0) + (jdbcUrl != null ? 1 : 0) + (alertsTopic != null ? 1 : 0);
      if (sinks != 1) {
        System.err.println("give exactly one of --out, --jdbc-url and --alerts-topic");
        return 2;
      }
      if ((inTopic != null || alertsTopic != null) && kafkaBootstrap == null) {
        System.err.println("--in-topic and --alerts-topic need --kafka-bootstrap");
        return 2;
      }
      Source<Sequenced, ?, ?> source;
      if (in != null) {
        if (!Files.isReadable(in)) {
          System.err.println("no such file: " + in);
          return 2;
        }
        if (format == null) {
          System.err.println("--in needs --format (ibm, amlsim, csv or goaml)");
          return 2;
        }
        TransactionFormat f;
        try {
          f = TransactionFormat.parse(format);
        } catch (IllegalArgumentException e) {
          System.err.println(e.getMessage());
          return 2;
        }
        source = fileSource(in, f);
      } else {
        source = KafkaEndpoints.source(kafkaBootstrap, inTopic, kafkaGroup, untilLatest);
      }
      Sink<Alert> sink;
      if (out != null) {
        sink = fileSink(out);
      } else if (jdbcUrl != null) {
        sink = new JdbcAlertSink(jdbcUrl, jdbcUser, jdbcPassword, jdbcTable, 500);
      } else {
        sink = KafkaEndpoints.sink(kafkaBootstrap, alertsTopic, !atLeastOnce, kafkaGroup);
      }
      DetectionSettings settings = DetectionSettings.defaults();
      Duration ttl =
          stateTtlHours == null
              ? settings.stateHorizon()
              : stateTtlHours == 0 ? null : Duration.ofHours(stateTtlHours);
      Configuration conf = new Configuration();
      if (fromCheckpoint != null) {
        Path chk = newestCheckpoint(fromCheckpoint);
        if (chk == null) {
          System.err.println("no completed checkpoint (chk-N/_metadata) in " + fromCheckpoint);
          return 2;
        }
        System.err.println("resuming from " + chk);
        conf.set(StateRecoveryOptions.SAVEPOINT_PATH, chk.toString());
      }
      StreamExecutionEnvironment env;
      if (cluster != null) {
        Path jar = jobJar != null ? jobJar : besideThisJar("finintel-flink-job.jar");
        if (!Files.isReadable(jar)) {
          System.err.println(
              "no job jar "
                  + jar
                  + " (give --job-jar, or build it with "
                  + "./mvnw -pl finintel-flink -am package)");
          return 2;
        }
        if (checkpointDir != null) {
          checkpointsIn(conf, checkpointDir);
        }
        env = onCluster(cluster, jar, conf);
      } else {
        Path cp = checkpointDir != null ? checkpointDir : Files.createTempDirectory("finintel-cp");
        env = StreamExecutionEnvironment.getExecutionEnvironment(checkpointsIn(conf, cp));
      }
      env.setParallelism(parallelism);
      env.enableCheckpointing(checkpointMs);
      long t0 = System.nanoTime();
      FinintelJob job = new FinintelJob(source, sink, settings, ttl, learned);
      if (cluster != null && detached) {
        job.build(env);
        System.out.println(env.executeAsync("kuzet-finintel-detection").getJobID());
        return 0;
      }
      job.execute(env);
      System.err.printf(Locale.ROOT, "job finished in %.1f s%n", (System.nanoTime() - t0) / 1e9);
      return 0;
    }
  }

  @Command(
      name = "detect-bench",
      mixinStandardHelpOptions = true,
      description =
          "Generate N labelled transactions with planted schemes; print in-process "
              + "throughput per detector and for the full set, detection figures, and the same "
              + "data through the Flink job at parallelism 1 and 2 side by side.")
  static final class Bench implements Callable<Integer> {
    @Option(names = "--transactions", defaultValue = "1000000")
    long n;

    @Option(names = "--seed", defaultValue = "42")
    long seed;

    @Option(names = "--runs", defaultValue = "3", description = "in-process runs, best counts")
    int runs;

    @Option(names = "--end-to-end", description = "also write and re-read this many in-process")
    Long endToEnd;

    @Option(names = "--no-flink")
    boolean noFlink;

    @Option(
        names = "--end-to-end-only",
        description =
            "run only the --end-to-end part (no data set held in memory), e.g. to "
                + "show the heap it needs: java -Xmx2g -jar ... --end-to-end 5000000 "
                + "--end-to-end-only")
    boolean endToEndOnly;

    @Override
    public Integer call() throws Exception {
      Benchmark b = new Benchmark(System.out);
      if (endToEndOnly) {
        if (endToEnd == null) {
          System.err.println("--end-to-end-only needs --end-to-end N");
          return 2;
        }
        Path dir = Files.createTempDirectory("finintel-bench");
        try {
          b.endToEnd(endToEnd, seed, dir);
        } finally {
          deleteTree(dir);
        }
        return 0;
      }
      if (!clusterState.equals("rocksdb") && !clusterState.equals("hashmap")) {
        System.err.println("--cluster-state: rocksdb or hashmap, not '" + clusterState + "'");
        return 2;
      }
      Dataset d = Dataset.generate(n, seed);
      System.out.printf(
          Locale.ROOT,
          "%,d generated transactions (seed %d), %,d laundering in "
              + "%d planted schemes; %d cores available%n%n",
          d.transactions().size(),
          seed,
          d.launderingIds().size(),
          d.schemes().size(),
          Runtime.getRuntime().availableProcessors());
      List<Alert> alerts = b.inProcess(d, runs);
      b.detection(d, alerts);
      Path dir = Files.createTempDirectory("finintel-bench");
      try {
        if (!noFlink) {
          flink(d, dir);
        }
        if (endToEnd != null) {
          b.endToEnd(endToEnd, seed, dir);
        }
      } finally {
        deleteTree(dir); // the data files, alerts and checkpoints are hundreds of MB
      }
      return 0;
    }

    private static void deleteTree(Path dir) throws IOException {
      try (Stream<Path> all = Files.walk(dir)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }

    private void flink(Dataset d, Path dir) throws Exception {
      Path file = dir.resolve("transactions.csv");
      try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
          IbmAmlCsvWriter csv = new IbmAmlCsvWriter(w)) {
        for (Transaction t : d.transactions()) {
          csv.write(t, d.launderingIds().contains(t.id()));
        }
      }
      // The in-process reference on the same file, read the same way. Its cost is given as the
      // thread's CPU time and as the whole process's (GC and JIT included), like Flink's, which
      // runs in many threads of this process: on a busy machine wall time measures the
      // machine, CPU time the work.
      long t0 = System.nanoTime();
      long c0 = threadCpu();
      long p0 = processCpu();
      LearnedModel learned = model == null ? null : LearnedModel.read(model);
      List<String> reference = AlertCsvEncoder.inProcessLines(file, learned);
      double inProcess = (System.nanoTime() - t0) / 1e9;
      double inProcessCpu = (threadCpu() - c0) / 1e9;
      double inProcessProcessCpu = (processCpu() - p0) / 1e9;
      long count = d.transactions().size();
      System.out.printf(
          Locale.ROOT,
          "%n%-34s %8s %10s %8s %8s %8s %7s %-5s %s%n",
          "file -> alerts, same data",
          "seconds",
          "tx/s",
          "wall",
          "thread",
          "process",
          "alerts",
          "equal",
          "load");
      System.out.printf(
          Locale.ROOT,
          "%-34s %8s %10s %8s %8s %8s%n",
          "",
          "",
          "",
          "µs/tx",
          "cpu µs/tx",
          "cpu µs/tx");
      row(
          "in-process engine, 1 thread",
          inProcess,
          inProcessCpu,
          inProcessProcessCpu,
          count,
          reference.size(),
          "-");
      System.out.printf(
          Locale.ROOT,
          "(Flink jobs below: a checkpoint every %.0f s, write-back "
              + "cache of %,d accounts per stage subtask%s)%n",
          checkpointMs / 1e3,
          stateCache,
          learned == null ? "" : ", with the model " + learned.name());
      if (!clusterOnly) {
        // Warm-up: one small job first, so the first measured run does not pay for class loading
        // and JIT compilation alone.
        Path prefix = dir.resolve("warm-up.csv");
        try (Stream<String> lines = Files.lines(file)) {
          Files.write(
              prefix, (Iterable<String>) lines.limit(Math.max(2, count / 10 + 1))::iterator);
        }
        // At each parallelism measured: at 1 the stages are chained into one task, a code
        // path of its own for the JIT, which the in-process engine's earlier runs warmed for it.
        for (int p = 1; p <= maxParallelism; p++) {
          Configuration warm = new Configuration();
          warm.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
          StreamExecutionEnvironment we =
              StreamExecutionEnvironment.createLocalEnvironment(p, warm);
          job(
                  fileSource(prefix, TransactionFormat.IBM),
                  fileSink(dir.resolve("warm-p" + p)),
                  learned)
              .execute(we);
        }
        double[] secs = new double[3];
        double[] cpu = new double[3];
        double[] threadCpuSecs = new double[3];
        for (int p = 1; p <= maxParallelism; p++) {
          Path out = dir.resolve("alerts-p" + p);
          Configuration conf = new Configuration();
          // A benchmark run that fails should say so, not retry quietly.
          conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
          checkpointsIn(conf, dir.resolve("checkpoints-p" + p));
          StreamExecutionEnvironment env =
              StreamExecutionEnvironment.createLocalEnvironment(p, conf);
          env.enableCheckpointing(checkpointMs);
          long f0 = System.nanoTime();
          long fc0 = processCpu();
          double threads;
          try (ThreadCpu tc = new ThreadCpu()) {
            job(fileSource(file, TransactionFormat.IBM), fileSink(out), learned).execute(env);
            threads = tc.seconds();
          }
          secs[p] = (System.nanoTime() - f0) / 1e9;
          cpu[p] = (processCpu() - fc0) / 1e9;
          threadCpuSecs[p] = threads;
          List<String> lines = AlertCsvEncoder.partFileLines(out);
          row(
              "Flink job, parallelism " + p + ", heap state",
              secs[p],
              threads,
              cpu[p],
              count,
              lines.size(),
              lines.equals(reference) ? "yes" : "NO");
        }
        System.out.printf(
            Locale.ROOT,
            "Flink parallelism 1: %,.0f tx/s (target 100,000); cost "
                + "per transaction against the in-process engine's (target within 4x): %.1fx by "
                + "wall time, %.1fx by threads' CPU time, %.1fx by process CPU time%n",
            count / secs[1],
            secs[1] / inProcess,
            threadCpuSecs[1] / inProcessCpu,
            cpu[1] / inProcessProcessCpu);
        if (maxParallelism >= 2) {
          System.out.printf(
              Locale.ROOT,
              "Flink parallelism 2 / parallelism 1 throughput, one " + "process: %.2fx%n",
              secs[1] / secs[2]);
        }
      }
      if (clusterTransactions > 0) {
        cluster(d, dir, file, reference, learned);
      }
      System.out.println("load average: " + loadAverage());
    }

    @Option(
        names = "--flink-parallelism",
        defaultValue = "2",
        description = "run the Flink job in this process at parallelism 1 up to this (1 or 2)")
    int maxParallelism;

    @Option(
        names = "--cluster-only",
        description = "of the Flink runs, only the multi-process cluster's")
    boolean clusterOnly;

    @Option(
        names = "--cluster-base-port",
        defaultValue = "0",
        description =
            "the clusters (1 TaskManager, then 2) listen on P to P+9, one after the "
                + "other (0: any free ports)")
    int clusterBasePort;

    @Option(
        names = "--cluster-transactions",
        defaultValue = "200000",
        description =
            "also run the first N transactions through a session cluster of separate "
                + "processes (--cluster-state), 1 TaskManager and then 2, each pinned to its own core; "
                + "0 skips it")
    long clusterTransactions;

    @Option(
        names = "--cluster-state",
        defaultValue = "rocksdb",
        description =
            "state backend of the cluster's jobs: rocksdb (the cluster's default, "
                + "as in production) or hashmap (heap), to see what RocksDB costs there")
    String clusterState;

    @Option(
        names = "--model",
        description = "run the in-process engine and the Flink jobs with this model (detect-train)")
    Path model;

    @Option(
        names = "--checkpoint-interval-ms",
        defaultValue = "60000",
        description =
            "checkpoint interval of the measured Flink jobs (a production job "
                + "checkpoints every 1-5 minutes; each heap checkpoint writes all state)")
    long checkpointMs;

    @Option(
        names = "--state-cache",
        defaultValue = "" + FinintelJob.DEFAULT_STATE_CACHE,
        description =
            "accounts per stage subtask in the write-back cache of detector state "
                + "(0: read and write keyed state on every event)")
    int stateCache;

    private FinintelJob job(
        Source<Sequenced, ?, ?> source, Sink<Alert> sink, @Nullable LearnedModel learned) {
      DetectionSettings settings = DetectionSettings.defaults();
      return new FinintelJob(source, sink, settings, settings.stateHorizon(), learned)
          .withStateCache(stateCache);
    }

    /** The job on a multi-process cluster: 1 TaskManager at p = 1, then 2 at p = 2. */
    private void cluster(
        Dataset d, Path dir, Path file, List<String> fullReference, @Nullable LearnedModel learned)
        throws Exception {
      long count = Math.min(clusterTransactions, d.transactions().size());
      Path part = file;
      List<String> reference = fullReference;
      if (count < d.transactions().size()) {
        part = dir.resolve("cluster-transactions.csv");
        try (Stream<String> lines = Files.lines(file)) {
          Files.write(part, (Iterable<String>) lines.limit(count + 1)::iterator);
        }
        reference = AlertCsvEncoder.inProcessLines(part, learned);
      }
      Path lib = besideThisJar("flink-cluster/lib");
      Path jar = besideThisJar("finintel-flink-job.jar");
      // A warm-up job first on each cluster, as in one process: the TaskManagers are fresh
      // JVMs, and each pinned to one core would otherwise spend that core on compiling Flink's
      // and the job's code during the measured run (each TaskManager compiles it again).
      long warmCount = Math.max(1, Math.min(count / 5, 50_000));
      Path warmPart = dir.resolve("cluster-warm-up.csv");
      try (Stream<String> lines = Files.lines(part)) {
        Files.write(warmPart, (Iterable<String>) lines.limit(warmCount + 1)::iterator);
      }
      System.out.printf(
          Locale.ROOT,
          "%nsession cluster, separate processes, %s state, "
              + "each TaskManager pinned to its own core (taskset), %,d transactions after a "
              + "warm-up job of %,d:%n",
          clusterState,
          count,
          warmCount);
      System.out.printf(
          Locale.ROOT,
          "%-34s %8s %10s %8s %8s %8s %7s %-5s %s%n",
          "task managers",
          "seconds",
          "tx/s",
          "wall",
          "",
          "TM cpu",
          "alerts",
          "equal",
          "load");
      double[] secs = new double[3];
      for (int tms = 1; tms <= 2; tms++) {
        Path cdir = dir.resolve("cluster-" + tms);
        // The clusters run one after the other (the first is stopped, its processes gone),
        // so both may use the same ten ports.
        int base = clusterBasePort;
        FlinkClusterProcesses c =
            new FlinkClusterProcesses(
                    cdir, lib, base != 0 ? base : FlinkClusterProcesses.freePort(), true)
                .portsFrom(base);
        try {
          c.startJobManager();
          List<Process> tm = new ArrayList<>();
          for (int i = 0; i < tms; i++) {
            tm.add(c.startTaskManager(i));
          }
          c.awaitTaskManagers(tms, Duration.ofSeconds(120));
          // Every operator at parallelism = slots; the job's own configuration chooses the
          // state backend (the cluster's default is RocksDB).
          Configuration jobConf = new Configuration();
          jobConf.setString("state.backend.type", clusterState);
          StreamExecutionEnvironment warmEnv = onCluster(URI.create(c.restUrl()), jar, jobConf);
          warmEnv.setParallelism(tms);
          job(
                  fileSource(warmPart, TransactionFormat.IBM),
                  fileSink(dir.resolve("cluster-warm-" + tms)),
                  learned)
              .execute(warmEnv);
          StreamExecutionEnvironment env = onCluster(URI.create(c.restUrl()), jar, jobConf);
          env.setParallelism(tms);
          env.enableCheckpointing(checkpointMs);
          Path out = dir.resolve("cluster-alerts-" + tms);
          long jobManager = Long.parseLong(Files.readString(cdir.resolve("jobmanager.pid")).trim());
          double[] tmCpu0 = new double[tms];
          for (int i = 0; i < tms; i++) {
            tmCpu0[i] = cpuSeconds(tm.get(i).pid());
          }
          double jm0 = cpuSeconds(jobManager);
          long self0 = processCpu();
          long f0 = System.nanoTime();
          String jobId =
              job(fileSource(part, TransactionFormat.IBM), fileSink(out), learned)
                  .execute(env)
                  .getJobID()
                  .toString();
          secs[tms] = (System.nanoTime() - f0) / 1e9;
          double tmCpu = 0;
          StringBuilder each = new StringBuilder();
          double busiest = 0;
          for (int i = 0; i < tms; i++) {
            double used = cpuSeconds(tm.get(i).pid()) - tmCpu0[i];
            tmCpu += used;
            busiest = Math.max(busiest, used);
            each.append(
                String.format(Locale.ROOT, "TaskManager %d (core %d) %.1f s, ", i, i, used));
          }
          double jm = cpuSeconds(jobManager) - jm0;
          double self = (processCpu() - self0) / 1e9;
          List<String> lines = AlertCsvEncoder.partFileLines(out);
          row(
              tms + " x 1 slot, parallelism " + tms,
              secs[tms],
              Double.NaN,
              tmCpu,
              count,
              lines.size(),
              lines.equals(reference) ? "yes" : "NO");
          // What the cores did meanwhile: the busiest TaskManager's share of the wall time is
          // how close its core came to being the bound; the JobManager and this client share
          // the cores with the pinned TaskManagers.
          System.out.printf(
              Locale.ROOT,
              "  CPU during the run: %sJobManager %.1f s, this "
                  + "client %.1f s; busiest TaskManager busy %.0f %% of the wall time%n",
              each,
              jm,
              self,
              100 * busiest / secs[tms]);
          System.out.printf(
              Locale.ROOT,
              "  checkpoints (%s, every %.0f s): %s%n",
              clusterState.equals("rocksdb") ? "incremental" : "full",
              checkpointMs / 1e3,
              c.checkpointSummary(jobId));
        } finally {
          FlinkClusterProcesses.stop(cdir);
        }
      }
      System.out.printf(
          Locale.ROOT,
          "2 TaskManagers / 1 TaskManager throughput: %.2fx " + "(target 1.8x)%n",
          secs[1] / secs[2]);
    }

    /** One measured run; the CPU times may be NaN (not measured), load is the 1-min average. */
    private static void row(
        String what,
        double secs,
        double threadCpuSecs,
        double processCpuSecs,
        long count,
        int alerts,
        String equal) {
      System.out.printf(
          Locale.ROOT,
          "%-34s %8.1f %,10.0f %8.2f %8s %8s %7d %-5s %s%n",
          what,
          secs,
          count / secs,
          secs * 1e6 / count,
          perTx(threadCpuSecs, count),
          perTx(processCpuSecs, count),
          alerts,
          equal,
          loadAverage().split(" ")[0]);
    }

    private static String perTx(double secs, long count) {
      return Double.isNaN(secs) ? "-" : String.format(Locale.ROOT, "%.2f", secs * 1e6 / count);
    }

    private static long threadCpu() {
      return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long processCpu() {
      return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
          .getProcessCpuTime();
    }

    /** User and system CPU seconds of a process so far (Linux, 100 ticks a second). */
    private static double cpuSeconds(long pid) throws IOException {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    }

    private static String loadAverage() {
      try {
        return Files.readString(Path.of("/proc/loadavg")).trim();
      } catch (IOException e) {
        return "unknown";
      }
    }
  }

  @Command(
      name = "cluster",
      mixinStandardHelpOptions = true,
      description =
          "Start or stop a Flink session cluster on this machine as separate "
              + "processes (one JobManager, N TaskManagers with one slot each, RocksDB state, "
              + "checkpoints under DIR/checkpoints), from Flink's jars in target/flink-cluster/lib.")
  static final class Cluster implements Callable<Integer> {
    @CommandLine.Parameters(index = "0", description = "start or stop")
    String action;

    @Option(
        names = "--dir",
        defaultValue = "data/flink-cluster",
        description = "the cluster's configuration, logs, checkpoints and pid files")
    Path dir;

    @Option(names = "--task-managers", defaultValue = "2")
    int taskManagers;

    @Option(names = "--rest-port", defaultValue = "8081")
    int restPort;

    @Option(names = "--pin", description = "run TaskManager i on core i (taskset)")
    boolean pin;

    @Option(
        names = "--lib",
        description = "Flink's jars (default: flink-cluster/lib beside " + "this jar)")
    Path lib;

    @Override
    public Integer call() throws Exception {
      switch (action) {
        case "start" -> {
          if (Files.isDirectory(dir) && FlinkClusterProcesses.running(dir)) {
            System.err.println("a cluster of " + dir + " is running: stop it first");
            return 2;
          }
          FlinkClusterProcesses c =
              new FlinkClusterProcesses(
                  dir, lib != null ? lib : besideThisJar("flink-cluster/lib"), restPort, pin);
          c.startJobManager();
          for (int i = 0; i < taskManagers; i++) {
            c.startTaskManager(i);
          }
          c.awaitTaskManagers(taskManagers, Duration.ofSeconds(90));
          System.out.printf(
              Locale.ROOT,
              "Flink session cluster at %s: 1 JobManager, %d "
                  + "TaskManagers (1 slot each), state in RocksDB, checkpoints in %s, logs in %s%n"
                  + "submit: ./kuzet detect-flink --cluster %s --in FILE --format ibm --out DIR "
                  + "--parallelism %d%nstop:   ./kuzet flink-cluster stop --dir %s%n",
              c.restUrl(),
              taskManagers,
              c.checkpoints(),
              dir.resolve("log"),
              c.restUrl(),
              taskManagers,
              dir);
          return 0;
        }
        case "stop" -> {
          if (!Files.isDirectory(dir)) {
            System.err.println("no cluster directory " + dir);
            return 2;
          }
          System.out.println("stopped " + FlinkClusterProcesses.stop(dir) + " processes");
          return 0;
        }
        default -> {
          System.err.println("cluster start|stop, not '" + action + "'");
          return 2;
        }
      }
    }
  }
}
