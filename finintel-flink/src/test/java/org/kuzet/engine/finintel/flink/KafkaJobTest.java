package org.kuzet.engine.finintel.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kuzet.engine.finintel.Alert;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.detect.DetectionEngine;
import org.kuzet.engine.finintel.detect.DetectionSettings;
import org.kuzet.engine.finintel.eval.Dataset;

/**
 * The job between two topics of a real Kafka broker (KRaft, started in this JVM): transactions in
 * as JSON, alerts out through the exactly-once sink. The alerts read back (read_committed) must be
 * the in-process engine's alerts on the same transactions, each once; a malformed record in the
 * topic is skipped without stopping the job.
 */
class KafkaJobTest {

  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  static KafkaClusterTestKit kafka;

  @BeforeAll
  static void startKafka() throws Exception {
    kafka =
        new KafkaClusterTestKit.Builder(
                new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
            .setConfigProp("offsets.topic.replication.factor", "1")
            .setConfigProp("transaction.state.log.replication.factor", "1")
            .setConfigProp("transaction.state.log.min.isr", "1")
            .build();
    kafka.format();
    kafka.startup();
    kafka.waitForReadyBrokers();
  }

  @AfterAll
  static void stopKafka() throws Exception {
    if (kafka != null) {
      kafka.close();
    }
  }

  static Properties client() {
    Properties p = new Properties();
    p.put("bootstrap.servers", kafka.bootstrapServers());
    return p;
  }

  @Test
  void transactionsFromATopicGiveTheInProcessAlertsOnAnotherTopicEachOnce() throws Exception {
    Dataset d = Dataset.generate(20_000, 5);
    try (Admin admin = Admin.create(client())) {
      admin
          .createTopics(
              List.of(
                  new NewTopic("transactions", 1, (short) 1), new NewTopic("alerts", 2, (short) 1)))
          .all()
          .get();
    }
    Properties pp = client();
    pp.put("key.serializer", ByteArraySerializer.class.getName());
    pp.put("value.serializer", ByteArraySerializer.class.getName());
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(pp)) {
      for (int i = 0; i < d.transactions().size(); i++) {
        if (i == 1000) {
          producer.send(
              new ProducerRecord<>(
                  "transactions",
                  "{\"id\":\"bad\",\"timestamp\":\"yesterday\"}".getBytes(StandardCharsets.UTF_8)));
        }
        producer.send(
            new ProducerRecord<>("transactions", TransactionJson.write(d.transactions().get(i))));
      }
    }

    Configuration conf = new Configuration();
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(2);
    env.enableCheckpointing(300);
    new FinintelJob(
            KafkaEndpoints.source(kafka.bootstrapServers(), "transactions", "finintel-test", true),
            KafkaEndpoints.sink(kafka.bootstrapServers(), "alerts", true, "finintel-test"),
            DetectionSettings.defaults())
        .execute(env);

    List<String> expected = expectedLines(d.transactions());
    assertThat(expected).hasSizeGreaterThan(20);
    List<String> got = alertLines(client(), "alerts");
    assertThat(got).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
  }

  /** The in-process engine's alerts as "id typology transactions" lines, sorted. */
  static List<String> expectedLines(List<Transaction> txs) {
    List<String> expected = new ArrayList<>();
    for (Alert a : DetectionEngine.detect(DetectionSettings.defaults(), txs)) {
      expected.add(
          a.id()
              + " "
              + a.typology().name().toLowerCase()
              + " "
              + String.join(";", a.transactionIds()));
    }
    expected.sort(null);
    return expected;
  }

  /** The alerts committed to the topic so far as "id typology transactions" lines, sorted. */
  static List<String> alertLines(Properties client, String topic) throws Exception {
    List<String> got = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> r : readCommitted(client, topic)) {
      JsonNode n = TransactionJson.readAlert(r.value());
      List<String> ids = new ArrayList<>();
      n.get("transactions").forEach(x -> ids.add(x.asText()));
      assertThat(new String(r.key(), StandardCharsets.UTF_8)).isEqualTo(n.get("id").asText());
      got.add(
          n.get("id").asText() + " " + n.get("typology").asText() + " " + String.join(";", ids));
    }
    got.sort(null);
    return got;
  }

  /** Everything committed to the topic so far. */
  static List<ConsumerRecord<byte[], byte[]>> readCommitted(Properties client, String topic) {
    Properties cp = new Properties();
    cp.putAll(client);
    cp.put("key.deserializer", ByteArrayDeserializer.class.getName());
    cp.put("value.deserializer", ByteArrayDeserializer.class.getName());
    cp.put("isolation.level", "read_committed");
    List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(cp)) {
      List<TopicPartition> parts =
          consumer.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(parts);
      consumer.seekToBeginning(parts);
      Map<TopicPartition, Long> end = consumer.endOffsets(parts);
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (parts.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        assertThat(System.nanoTime()).as("reading %s in time", topic).isLessThan(deadline);
        consumer.poll(Duration.ofMillis(200)).forEach(out::add);
      }
    }
    return out;
  }
}
