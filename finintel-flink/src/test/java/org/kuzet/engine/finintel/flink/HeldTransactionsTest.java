package org.kuzet.engine.finintel.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.PaymentType;
import org.kuzet.engine.finintel.Transaction;

/** {@link EventOrder}'s holding area gives back what it was given in (time, sequence) order. */
class HeldTransactionsTest {

  private static final Comparator<Sequenced> ORDER =
      Comparator.comparingLong((Sequenced s) -> s.tx().epochMillis())
          .thenComparingLong(Sequenced::seq);

  private static Sequenced at(long seq, long minute) {
    return new Sequenced(
        seq,
        new Transaction(
            "T" + seq,
            Instant.ofEpochSecond(60 * minute),
            new AccountRef("B1", "A"),
            new AccountRef("B2", "C"),
            BigDecimal.TEN,
            "USD",
            PaymentType.WIRE));
  }

  /**
   * Mostly in time order with late ones, many in the same minute, sequence numbers not rising with
   * input order (as from several Kafka partitions), taken out while more is added and across the
   * array's growth and compaction.
   */
  @Test
  void givesBackInTimeThenSequenceOrder() {
    Random r = new Random(7);
    HeldTransactions held = new HeldTransactions();
    List<Sequenced> all = new ArrayList<>();
    List<Sequenced> taken = new ArrayList<>();
    long minute = 0;
    for (int i = 0; i < 20_000; i++) {
      minute += r.nextInt(10) == 0 ? 1 : 0;
      long t = r.nextInt(20) == 0 ? Math.max(0, minute - r.nextInt(5)) : minute;
      long seq = (r.nextBoolean() ? 1L << 40 : 0) + i;
      Sequenced s = at(seq, t);
      all.add(s);
      held.add(s);
      if (r.nextInt(3) == 0) {
        // Release what no later arrival can precede (arrivals are at most 5 minutes late).
        while (!held.isEmpty() && held.firstTime() < 60_000 * (minute - 5)) {
          taken.add(held.poll());
        }
      }
    }
    List<Sequenced> rest = held.toList();
    assertThat(rest).isSortedAccordingTo(ORDER);
    while (!held.isEmpty()) {
      taken.add(held.poll());
    }
    assertThat(taken.subList(taken.size() - rest.size(), taken.size())).isEqualTo(rest);
    all.sort(ORDER);
    assertThat(taken).isEqualTo(all);
  }
}
