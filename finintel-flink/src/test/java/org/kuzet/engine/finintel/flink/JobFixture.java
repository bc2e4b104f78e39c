package org.kuzet.engine.finintel.flink;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.core.fs.FSDataInputStream;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.kuzet.engine.finintel.Alert;
import org.kuzet.engine.finintel.io.IbmAmlCsvWriter;
import org.kuzet.engine.finintel.io.TransactionFormat;
import org.kuzet.engine.finintel.synth.GeneratorSettings;
import org.kuzet.engine.finintel.synth.SyntheticGenerator;

/**
 * What the MiniCluster tests of the job share: the cluster, the generated input, running the job
 * from a file to alert files, and a source that fails once mid-stream.
 */
final class JobFixture {
  private JobFixture() {}

  /** One TaskManager with two slots: room for the job at parallelism 2. */
  static MiniClusterExtension miniCluster() {
    return new MiniClusterExtension(
        new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(2)
            .build());
  }

  /** Writes {@code n} generated transactions (with planted schemes) as an IBM AML file. */
  static Path generate(Path file, int n, long seed) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        IbmAmlCsvWriter csv = new IbmAmlCsvWriter(w)) {
      new SyntheticGenerator(GeneratorSettings.of(n, seed))
          .generate((t, l) -> csv.write(t, l.laundering()));
    }
    return file;
  }

  static FileSource<Sequenced> fileSource(Path data, StreamFormat<Sequenced> format) {
    return FileSource.forRecordStreamFormat(format, new org.apache.flink.core.fs.Path(data.toUri()))
        .build();
  }

  /**
   * Runs the job {@code job} makes of a file source on {@code data} and a file sink in {@code out},
   * with a checkpoint every 100 ms, and returns the alert lines written. Without a restart strategy
   * in {@code conf} a failure fails the test instead of looping.
   */
  static List<String> runJob(
      Path data,
      StreamFormat<Sequenced> format,
      Path out,
      int parallelism,
      Configuration conf,
      BiFunction<Source<Sequenced, ?, ?>, Sink<Alert>, FinintelJob> job)
      throws Exception {
    if (!conf.contains(RestartStrategyOptions.RESTART_STRATEGY)) {
      conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
    }
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(parallelism);
    env.enableCheckpointing(100);
    job.apply(fileSource(data, format), FlinkCli.fileSink(out)).execute(env);
    return AlertCsvEncoder.partFileLines(out);
  }

  /** {@code conf} with a restart strategy that allows the one failure {@link FailingOnce} makes. */
  static Configuration restartingOnce(Configuration conf) {
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 2);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(200));
    return conf;
  }

  /** Whether {@link FailingOnce} failed; a test resets it before its run. */
  static final AtomicBoolean FAILED = new AtomicBoolean();

  /**
   * The IBM format, failing once after 25,000 transactions, after checkpoints were taken, so the
   * job restarts from the last one.
   */
  static final class FailingOnce extends TransactionFileFormat {
    private static final long serialVersionUID = 1L;

    FailingOnce() {
      super(TransactionFormat.IBM);
    }

    @Override
    public Reader<Sequenced> createReader(Configuration config, FSDataInputStream in)
        throws IOException {
      Reader<Sequenced> r = super.createReader(config, in);
      return new Reader<>() {
        private long n;

        @Override
        public Sequenced read() throws IOException {
          n++;
          if (n % 100 == 0) {
            try {
              Thread.sleep(2); // slow enough for several checkpoints to complete
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          if (n == 25_000 && FAILED.compareAndSet(false, true)) {
            throw new IOException("injected failure after 25,000 transactions");
          }
          return r.read();
        }

        @Override
        public void close() throws IOException {
          r.close();
        }
      };
    }
  }
}
