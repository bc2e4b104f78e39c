package org.kuzet.engine.finintel.flink;

import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.kuzet.engine.finintel.Alert;

/**
 * An alert as a Kafka record: key the alert id (stable for the same finding, so a compacted topic
 * or a consumer keyed by it holds each finding once), value the alert as JSON.
 */
public final class KafkaAlertSchema implements KafkaRecordSerializationSchema<Alert> {
  private static final long serialVersionUID = 1L;
  private final String topic;

  public KafkaAlertSchema(String topic) {
    this.topic = topic;
  }

  @Override
  public ProducerRecord<byte[], byte[]> serialize(
      Alert a, KafkaSinkContext context, Long timestamp) {
    // No record timestamp from the alert: detectedAt is event time, days or years old when
    // history is replayed, and the broker's time-based retention (7 days by default) deletes
    // such records as soon as their segment rolls. The value carries detectedAt.
    return new ProducerRecord<>(
        topic, null, null, a.id().getBytes(StandardCharsets.UTF_8), TransactionJson.write(a));
  }
}
