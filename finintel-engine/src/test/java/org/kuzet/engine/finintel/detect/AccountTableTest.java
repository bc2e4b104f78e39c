package org.kuzet.engine.finintel.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kuzet.engine.finintel.AccountRef;

class AccountTableTest {

  @Test
  void findsEqualKeysThatAreNotTheSameInstanceAndSurvivesGrowthAndSweeps() {
    AccountTable<Integer> table = new AccountTable<>();
    Map<AccountRef, Integer> reference = new HashMap<>();
    for (int i = 0; i < 20_000; i++) {
      AccountRef a = new AccountRef("B" + (i % 7), "A" + i);
      table.add(a, i);
      reference.put(a, i);
    }
    assertThat(table.size()).isEqualTo(20_000);
    for (int i = 0; i < 20_000; i++) {
      assertThat(table.get(new AccountRef("B" + (i % 7), "A" + i))).isEqualTo(i);
    }
    assertThat(table.get(new AccountRef("B0", "A1"))).isNull(); // A1 is at bank B1

    table.removeIf(v -> v % 10 != 0);
    assertThat(table.size()).isEqualTo(2_000);
    for (var e : reference.entrySet()) {
      Integer expected = e.getValue() % 10 == 0 ? e.getValue() : null;
      assertThat(table.get(new AccountRef(e.getKey().bank(), e.getKey().account())))
          .isEqualTo(expected);
    }
    table.add(new AccountRef("B1", "A1"), -1);
    assertThat(table.get(new AccountRef("B1", "A1"))).isEqualTo(-1);
  }
}
