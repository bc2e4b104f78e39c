package org.kuzet.engine.finintel.flink;

import java.util.Properties;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.kuzet.engine.finintel.Alert;

/** The job's Kafka source of transactions and sink of alerts. */
public final class KafkaEndpoints {
  private KafkaEndpoints() {}

  /**
   * Transactions from {@code topic}, from the committed offsets of {@code group} (earliest when
   * it has none). {@code bounded}: stop at the offsets that were latest when the job started,
   * for replaying a topic as a batch; otherwise run until cancelled.
   */
  public static KafkaSource<Sequenced> source(String bootstrap, String topic, String group,
      boolean bounded) {
    var b = KafkaSource.<Sequenced>builder()
        .setBootstrapServers(bootstrap)
        .setTopics(topic)
        .setGroupId(group)
        .setStartingOffsets(OffsetsInitializer.committedOffsets(
            org.apache.kafka.clients.consumer.OffsetResetStrategy.EARLIEST))
        .setDeserializer(new KafkaTransactionSchema());
    if (bounded) {
      b.setBounded(OffsetsInitializer.latest());
    }
    return b.build();
  }

  /**
   * Alerts to {@code topic}, keyed by alert id. At-least-once (the CLI's default) writes at once
   * and waits for the broker at every checkpoint; a restart may repeat alerts, with the same
   * ids, so a compacted topic or a consumer keyed by id holds each finding once. Exactly-once
   * writes in Kafka transactions committed at each checkpoint; with this connector (5.0.0-2.2)
   * against a Kafka 4.2 broker the alerts of the first transactions were at times never
   * committed (KafkaJobTest lost its earliest alerts in several runs), so it is not the default.
   */
  public static KafkaSink<Alert> sink(String bootstrap, String topic, boolean exactlyOnce,
      String transactionalIdPrefix) {
    Properties producer = new Properties();
    // Below the broker's default transaction.max.timeout.ms (15 min), above any checkpoint
    // interval that makes sense here.
    producer.setProperty("transaction.timeout.ms", "600000");
    return KafkaSink.<Alert>builder()
        .setBootstrapServers(bootstrap)
        .setRecordSerializer(new KafkaAlertSchema(topic))
        .setDeliveryGuarantee(exactlyOnce ? DeliveryGuarantee.EXACTLY_ONCE
            : DeliveryGuarantee.AT_LEAST_ONCE)
        .setTransactionalIdPrefix(transactionalIdPrefix)
        .setKafkaProducerConfig(producer)
        .build();
  }
}
