package org.kuzet.engine.finintel.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.eval.Dataset;

class TransactionJsonTest {

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void generatedTransactionsSurviveTheRoundTrip() {
    for (Transaction t : Dataset.generate(2_000, 3).transactions()) {
      assertThat(TransactionJson.parse(TransactionJson.write(t))).isEqualTo(t);
    }
  }

  @Test
  void aMinimalTransactionTakesTheDefaults() {
    Transaction t =
        TransactionJson.parse(
            utf8(
                "{\"id\":\"T9\",\"timestamp\":"
                    + "\"2024-01-01T10:00:00Z\",\"fromAccount\":\"A\",\"toBank\":\"KZ2\",\"toAccount\":\"B\","
                    + "\"amountPaid\":9500.5,\"paymentCurrency\":\"USD\",\"paymentType\":\"cash\","
                    + "\"toCountry\":\"ir\"}"));
    assertThat(t.from().bank()).isEmpty();
    assertThat(t.amountReceived()).isEqualByComparingTo("9500.5");
    assertThat(t.receivingCurrency()).isEqualTo("USD");
    assertThat(t.toCountry()).isEqualTo("IR");
  }

  @Test
  void aBadRecordIsRefusedWithTheFieldAndWhy() {
    assertThatThrownBy(() -> TransactionJson.parse(utf8("{\"id\":\"T1\"")))
        .hasMessageStartingWith("not JSON");
    assertThatThrownBy(() -> TransactionJson.parse(utf8("[1,2]")))
        .hasMessage("a transaction must be a JSON object");
    assertThatThrownBy(() -> TransactionJson.parse(utf8("{\"id\":\"T1\",\"timestamp\":\"soon\"}")))
        .hasMessageContaining("field 'timestamp'");
    assertThatThrownBy(
            () ->
                TransactionJson.parse(
                    utf8(
                        "{\"id\":\"T1\",\"timestamp\":"
                            + "\"2024-01-01T10:00:00Z\",\"fromAccount\":\"A\",\"toAccount\":\"B\","
                            + "\"amountPaid\":\"ten\",\"paymentCurrency\":\"USD\",\"paymentType\":\"cash\"}")))
        .hasMessage("field 'amountPaid' is not a number: 'ten'");
    assertThatThrownBy(
            () ->
                TransactionJson.parse(
                    utf8(
                        "{\"id\":\"T1\",\"timestamp\":"
                            + "\"2024-01-01T10:00:00Z\",\"toAccount\":\"B\",\"amountPaid\":1,"
                            + "\"paymentCurrency\":\"USD\",\"paymentType\":\"cash\"}")))
        .hasMessage("field 'fromAccount' is missing");
  }

  @Test
  void theKafkaSchemaNumbersByPartitionAndOffsetAndSkipsBadRecords() {
    Transaction t = Dataset.generate(1_000, 3).transactions().get(0);
    List<Sequenced> out = new ArrayList<>();
    Collector<Sequenced> c =
        new Collector<>() {
          @Override
          public void collect(Sequenced s) {
            out.add(s);
          }

          @Override
          public void close() {}
        };
    KafkaTransactionSchema schema = new KafkaTransactionSchema();
    schema.deserialize(new ConsumerRecord<>("tx", 0, 41, null, TransactionJson.write(t)), c);
    schema.deserialize(new ConsumerRecord<>("tx", 0, 42, null, utf8("garbage")), c);
    schema.deserialize(new ConsumerRecord<>("tx", 0, 43, null, null), c);
    schema.deserialize(new ConsumerRecord<>("tx", 3, 0, null, TransactionJson.write(t)), c);
    assertThat(out).extracting(Sequenced::seq).containsExactly(42L, (3L << 40) + 1);
    assertThat(out.get(0).tx()).isEqualTo(t);
  }
}
