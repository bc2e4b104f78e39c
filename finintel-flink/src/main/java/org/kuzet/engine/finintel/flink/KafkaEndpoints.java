package org.kuzet.engine.finintel.flink;

import java.util.Properties;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.kuzet.engine.finintel.Alert;

/** The job's Kafka source of transactions and sink of alerts. */
public final class KafkaEndpoints {
  private KafkaEndpoints() {}

  /**
   * Transactions from {@code topic}, from the committed offsets of {@code group} (earliest when it
   * has none). {@code bounded}: stop at the offsets that were latest when the job started, for
   * replaying a topic as a batch; otherwise run until cancelled.
   */
  public static KafkaSource<Sequenced> source(
      String bootstrap, String topic, String group, boolean bounded) {
    var b =
        KafkaSource.<Sequenced>builder()
            .setBootstrapServers(bootstrap)
            .setTopics(topic)
            .setGroupId(group)
            .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
            .setDeserializer(new KafkaTransactionSchema());
    if (bounded) {
      b.setBounded(OffsetsInitializer.latest());
    }
    return b.build();
  }

  /**
   * Alerts to {@code topic}, keyed by alert id. Exactly-once: alerts are written in Kafka
   * transactions committed at each checkpoint, so consumers reading {@code read_committed} see each
   * alert once even when the job restarts (they see them one checkpoint interval late).
   * At-least-once writes at once; a restart may repeat alerts, which keep their ids.
   */
  public static KafkaSink<Alert> sink(
      String bootstrap, String topic, boolean exactlyOnce, String transactionalIdPrefix) {
    Properties producer = new Properties();
    // Below the broker's default transaction.max.timeout.ms (15 min), above any checkpoint
    // interval that makes sense here.
    producer.setProperty("transaction.timeout.ms", "600000");
    return KafkaSink.<Alert>builder()
        .setBootstrapServers(bootstrap)
        .setRecordSerializer(new KafkaAlertSchema(topic))
        .setDeliveryGuarantee(
            exactlyOnce ? DeliveryGuarantee.EXACTLY_ONCE : DeliveryGuarantee.AT_LEAST_ONCE)
        .setTransactionalIdPrefix(transactionalIdPrefix)
        .setKafkaProducerConfig(producer)
        .build();
  }
}
