package org.kuzet.engine.finintel.flink;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka records (one JSON transaction each, see {@link TransactionJson}) to numbered transactions.
 * The number, the engine's tie-breaker between transactions of the same time, is the record's place
 * in its partition: offset + 1 on partition 0, so a one-partition topic gives the numbers a file of
 * the same transactions would, and hence the same alerts; partition p adds p·2^40, keeping numbers
 * unique and stable across restarts. A bad record is logged with its topic, partition, offset and
 * reason and skipped; it does not stop the job.
 */
public final class KafkaTransactionSchema implements KafkaRecordDeserializationSchema<Sequenced> {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(KafkaTransactionSchema.class);

  static long sequence(int partition, long offset) {
    return ((long) partition << 40) + offset + 1;
  }

  @Override
  public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<Sequenced> out) {
    if (record.value() == null) {
      LOG.warn(
          "skipped {}-{} offset {}: empty record",
          record.topic(),
          record.partition(),
          record.offset());
      return;
    }
    try {
      out.collect(
          new Sequenced(
              sequence(record.partition(), record.offset()),
              TransactionJson.parse(record.value())));
    } catch (IllegalArgumentException e) {
      LOG.warn(
          "skipped {}-{} offset {}: {}",
          record.topic(),
          record.partition(),
          record.offset(),
          e.getMessage());
    }
  }

  @Override
  public TypeInformation<Sequenced> getProducedType() {
    return FinintelTypes.SEQUENCED;
  }
}
