package org.kuzet.engine.finintel.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.PaymentType;
import org.kuzet.engine.finintel.Transaction;

/**
 * The wire format reads back exactly what was written: ASCII through the fast path, other text as
 * UTF-8, and accounts and codes from the cache of recently read ones only when they are the same,
 * also when many different ones compete for its slots.
 */
class WireFormatTest {

  static Transaction tx(
      String id, AccountRef from, AccountRef to, String currency, String country) {
    return new Transaction(
        id,
        Instant.parse("2024-03-01T10:15:30.123Z"),
        from,
        to,
        new BigDecimal("9500.25"),
        currency,
        new BigDecimal("123456789012345678901234.5"),
        "EUR",
        PaymentType.WIRE,
        country,
        null);
  }

  @Test
  void transactionsOfManyAccountsAndNonAsciiTextReadBackEqual() throws Exception {
    List<Transaction> written = new ArrayList<>();
    // More accounts than the cache has slots, so slots are taken over again and again; some
    // differ only in where the bank ends and the account begins.
    for (int i = 0; i < 70_000; i++) {
      AccountRef from = new AccountRef("B" + (i % 7), "A" + i);
      AccountRef to = new AccountRef("B" + (i % 7) + "A", Integer.toString(i));
      written.add(tx("T" + i, from, to, i % 2 == 0 ? "USD" : "KZT", i % 3 == 0 ? "KZ" : null));
    }
    written.add(
        tx(
            "Т-қазақша-№1",
            new AccountRef("Банк", "Шот-1"),
            new AccountRef("", "Ünïcode-ß"),
            "RUB",
            "RU"));
    DataOutputSerializer out = new DataOutputSerializer(1 << 20);
    for (Transaction t : written) {
      WireFormat.writeTransaction(t, out);
    }
    DataInputDeserializer in = new DataInputDeserializer(out.getCopyOfBuffer());
    // Twice: the second pass reads every account and code from the cache where it still is.
    for (int pass = 0; pass < 2; pass++) {
      in.setBuffer(out.getCopyOfBuffer());
      List<String> wrong = new ArrayList<>();
      for (Transaction t : written) {
        Transaction r = WireFormat.readTransaction(in);
        if (!r.equals(t)
            || !r.from().key().equals(t.from().key())
            || !r.to().key().equals(t.to().key())) {
          wrong.add(t + " read as " + r);
        }
      }
      assertThat(wrong).isEmpty();
      assertThat(in.available()).isZero();
    }
  }
}
