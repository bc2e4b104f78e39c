package org.kuzet.engine.finintel.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.PaymentType;
import org.kuzet.engine.finintel.Transaction;

class FlowTracerTest {
  static final Instant T = Instant.parse("2024-01-01T00:00:00Z");

  static Transaction tx(String id, String from, String to, String amount, int hour) {
    return new Transaction(
        id,
        T.plusSeconds(hour * 3600L),
        new AccountRef("B", from),
        new AccountRef("B", to),
        new BigDecimal(amount),
        "USD",
        PaymentType.WIRE);
  }

  final List<Transaction> txs =
      List.of(
          tx("1", "A", "B", "1000", 1),
          tx("2", "B", "C", "600", 2),
          tx("3", "B", "D", "300", 3),
          tx("4", "C", "E", "900", 4),
          tx("5", "D", "E", "300", 0), // before the money reached D: not part of any path
          tx("6", "E", "A", "500", 5));

  @Test
  void pathsBetweenTwoAccountsCarryTheSmallestAmountAlongThem() {
    FlowTracer t = new FlowTracer(txs, T, T.plusSeconds(86_400));
    List<FlowPath> paths = t.between(new AccountRef("B", "A"), new AccountRef("B", "E"), 4, 10);
    assertThat(paths)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.hops()).extracting(Transaction::id).containsExactly("1", "2", "4");
              assertThat(p.carried()).isEqualByComparingTo("600");
            });
  }

  @Test
  void pathsFromAnAccountMoveForwardInTimeAndMayCloseACycle() {
    FlowTracer t = new FlowTracer(txs, T, T.plusSeconds(86_400));
    List<FlowPath> paths = t.from(new AccountRef("B", "A"), 5, 100);
    assertThat(paths)
        .extracting(p -> p.hops().stream().map(Transaction::id).toList())
        .containsExactlyInAnyOrder(
            List.of("1"),
            List.of("1", "2"),
            List.of("1", "3"),
            List.of("1", "2", "4"),
            List.of("1", "2", "4", "6"));
    assertThat(paths.get(0).carried()).isEqualByComparingTo("1000");
  }

  @Test
  void theWindowLimitsWhatIsTraced() {
    FlowTracer t = new FlowTracer(txs, T, T.plusSeconds(2 * 3600));
    assertThat(t.from(new AccountRef("B", "A"), 5, 100)).hasSize(2);
  }

  @Test
  void currencyChangesCarryOnAtTheHopsRate() {
    Transaction a = tx("1", "A", "B", "1000", 1);
    Transaction fx =
        new Transaction(
            "2",
            T.plusSeconds(7200),
            new AccountRef("B", "B"),
            new AccountRef("B", "C"),
            new BigDecimal("500"),
            "USD",
            new BigDecimal("250000"),
            "KZT",
            PaymentType.WIRE,
            null,
            null);
    FlowPath p =
        new FlowTracer(List.of(a, fx), T, T.plusSeconds(86_400))
            .between(new AccountRef("B", "A"), new AccountRef("B", "C"), 3, 5)
            .get(0);
    assertThat(p.currency()).isEqualTo("KZT");
    assertThat(p.carried()).isEqualByComparingTo("250000");
  }
}
