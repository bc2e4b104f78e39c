package org.kuzet.engine.finintel.flink;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.flink.connector.kafka.lineage.DefaultKafkaDatasetFacet;
import org.apache.flink.connector.kafka.lineage.DefaultKafkaDatasetIdentifier;
import org.apache.flink.connector.kafka.lineage.KafkaDatasetFacet;
import org.apache.flink.connector.kafka.lineage.KafkaDatasetFacetProvider;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.kuzet.engine.finintel.Alert;

/**
 * An alert as a Kafka record: key the alert id (stable for the same finding, so a compacted topic
 * or a consumer keyed by it holds each finding once), value the alert as JSON.
 */
public final class KafkaAlertSchema implements KafkaRecordSerializationSchema<Alert>,
    KafkaDatasetFacetProvider {
  private static final long serialVersionUID = 1L;
  private final String topic;

  public KafkaAlertSchema(String topic) {
    this.topic = topic;
  }

  /** The topic written, which the sink's pooled transaction names need to know. */
  @Override
  public Optional<KafkaDatasetFacet> getKafkaDatasetFacet() {
    return Optional.of(new DefaultKafkaDatasetFacet(
        DefaultKafkaDatasetIdentifier.ofTopics(List.of(topic))));
  }

  @Override
  public ProducerRecord<byte[], byte[]> serialize(Alert a, KafkaSinkContext context,
      Long timestamp) {
    return new ProducerRecord<>(topic, null, a.detectedAt().toEpochMilli(),
        a.id().getBytes(StandardCharsets.UTF_8), TransactionJson.write(a));
  }
}
