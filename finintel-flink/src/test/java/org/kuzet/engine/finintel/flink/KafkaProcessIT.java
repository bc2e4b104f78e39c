package org.kuzet.engine.finintel.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.PaymentType;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.eval.Dataset;

/**
 * End to end through processes, as an operator would run it: a single-node KRaft broker in its own
 * JVM ({@code kafka.Kafka} from the Kafka artifacts, storage formatted first), and the CLI ({@code
 * finintel-flink-cli.jar run --kafka-bootstrap --in-topic --alerts-topic}) in another. The job is
 * killed ({@code kill -9}) mid-stream after some checkpoints, more transactions arrive, and a new
 * CLI process resumes it from the newest checkpoint ({@code --from-checkpoint}). A live stream has
 * no end: the last transaction is a small payment a day after the others, whose event time lets the
 * watermark pass all of them, as the next day's traffic would. The alerts read back {@code
 * read_committed} must be the in-process engine's on the same transactions, each once (the CLI's
 * default sink is exactly-once).
 */
class KafkaProcessIT {
  static final Path CLI_JAR = Path.of("target/finintel-flink-cli.jar");

  @TempDir static Path dir;
  static Process broker;
  static String bootstrap;

  @BeforeAll
  static void startBroker() throws Exception {
    // -Dfinintel.cluster.base-port=P: the broker listens on P and its controller on P+1.
    int base = Integer.getInteger("finintel.cluster.base-port", 0);
    int port = base != 0 ? base : FlinkClusterProcesses.freePort();
    int controller = base != 0 ? base + 1 : FlinkClusterProcesses.freePort();
    Path props = dir.resolve("server.properties");
    Files.writeString(
        props,
        String.join(
            "\n",
            "process.roles=broker,controller",
            "node.id=1",
            "controller.quorum.voters=1@localhost:" + controller,
            "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controller,
            "advertised.listeners=PLAINTEXT://localhost:" + port,
            "controller.listener.names=CONTROLLER",
            "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
            "log.dirs=" + dir.resolve("kafka-data"),
            "num.partitions=1",
            "offsets.topic.replication.factor=1",
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            "group.initial.rebalance.delay.ms=0",
            ""));
    String cp = System.getProperty("java.class.path");
    Process format =
        java(
            dir.resolve("format.log"),
            "-cp",
            cp,
            "kafka.tools.StorageTool",
            "format",
            "--cluster-id",
            Uuid.randomUuid().toString(),
            "--config",
            props.toString());
    assertThat(format.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(format.exitValue()).as(Files.readString(dir.resolve("format.log"))).isZero();
    broker =
        java(dir.resolve("broker.log"), "-Xmx512m", "-cp", cp, "kafka.Kafka", props.toString());
    bootstrap = "localhost:" + port;
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (true) {
      try (Admin admin = Admin.create(client())) {
        admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
        break;
      } catch (Exception e) {
        assertThat(broker.isAlive())
            .as("broker running, see %s", dir.resolve("broker.log"))
            .isTrue();
        assertThat(System.nanoTime()).as("broker up in time").isLessThan(deadline);
        Thread.sleep(500);
      }
    }
  }

  @AfterAll
  static void stopBroker() throws Exception {
    if (broker != null) {
      broker.destroy();
      if (!broker.waitFor(30, TimeUnit.SECONDS)) {
        broker.destroyForcibly();
      }
    }
  }

  static Process java(Path log, String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
  }

  static Properties client() {
    Properties p = new Properties();
    p.put("bootstrap.servers", bootstrap);
    return p;
  }

  static void produce(List<Transaction> txs) {
    Properties pp = client();
    pp.put("key.serializer", ByteArraySerializer.class.getName());
    pp.put("value.serializer", ByteArraySerializer.class.getName());
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(pp)) {
      for (Transaction t : txs) {
        producer.send(new ProducerRecord<>("transactions", TransactionJson.write(t)));
      }
    }
  }

  static Process cli(String... extra) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "-Xmx768m",
                "-jar",
                CLI_JAR.toString(),
                "run",
                "--kafka-bootstrap",
                bootstrap,
                "--in-topic",
                "transactions",
                "--alerts-topic",
                "alerts",
                "--kafka-group",
                "finintel-it",
                "--parallelism",
                "2",
                "--checkpoint-interval-ms",
                "500",
                "--checkpoint-dir",
                dir.resolve("checkpoints").toString()));
    args.addAll(List.of(extra));
    return java(dir.resolve("job.log"), args.toArray(String[]::new));
  }

  static long newestCheckpointNumber() throws Exception {
    Path chk = FlinkCli.newestCheckpoint(dir.resolve("checkpoints"));
    return chk == null ? 0 : Long.parseLong(chk.getFileName().toString().substring(4));
  }

  static long committedOffset() throws Exception {
    try (Admin admin = Admin.create(client())) {
      Map<TopicPartition, OffsetAndMetadata> m =
          admin.listConsumerGroupOffsets("finintel-it").partitionsToOffsetAndMetadata().get();
      OffsetAndMetadata o = m.get(new TopicPartition("transactions", 0));
      return o == null ? 0 : o.offset();
    }
  }

  @Test
  void theCliJobKilledMidStreamResumesFromItsCheckpointWithEachAlertOnce() throws Exception {
    Dataset d = Dataset.generate(30_000, 9);
    List<Transaction> txs = new ArrayList<>(d.transactions());
    Transaction last = txs.get(txs.size() - 1);
    txs.add(
        new Transaction(
            "next-day",
            last.timestamp().plus(Duration.ofDays(1)),
            new AccountRef("B1", "next-day-payer"),
            new AccountRef("B2", "next-day-payee"),
            new BigDecimal("12.00"),
            "USD",
            PaymentType.CARD));
    int half = txs.size() / 2;
    try (Admin admin = Admin.create(client())) {
      admin
          .createTopics(
              List.of(
                  new NewTopic("transactions", 1, (short) 1), new NewTopic("alerts", 1, (short) 1)))
          .all()
          .get();
    }
    produce(txs.subList(0, half));

    Process first = cli();
    long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
    // Offsets are committed to the group at completed checkpoints: wait until one covers
    // a good part of what was produced, then kill the job as a crash would.
    while (committedOffset() < half / 2) {
      assertThat(first.isAlive()).as("job running, see %s", dir.resolve("job.log")).isTrue();
      assertThat(System.nanoTime()).as("checkpointed progress in time").isLessThan(deadline);
      Thread.sleep(200);
    }
    first.destroyForcibly();
    first.waitFor();
    produce(txs.subList(half, txs.size()));

    Process second = cli("--from-checkpoint", dir.resolve("checkpoints").toString());
    try {
      // Done when a checkpoint covers the whole topic and two more have completed since (the
      // watermark after the last transaction, and the alerts it releases, come within them).
      deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
      while (committedOffset() < txs.size()) {
        assertThat(second.isAlive()).as("job running, see %s", dir.resolve("job.log")).isTrue();
        assertThat(System.nanoTime()).as("resumed job caught up in time").isLessThan(deadline);
        Thread.sleep(200);
      }
      long caughtUp = newestCheckpointNumber();
      while (newestCheckpointNumber() < caughtUp + 3) {
        assertThat(second.isAlive()).as("job running, see %s", dir.resolve("job.log")).isTrue();
        Thread.sleep(200);
      }
    } finally {
      second.destroy();
      second.waitFor();
    }
    assertThat(Files.readString(dir.resolve("job.log"))).contains("resuming from");

    List<String> expected = KafkaJobTest.expectedLines(txs);
    assertThat(expected).hasSizeGreaterThan(20);
    List<String> got = KafkaJobTest.alertLines(client(), "alerts");
    assertThat(got).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
  }
}
