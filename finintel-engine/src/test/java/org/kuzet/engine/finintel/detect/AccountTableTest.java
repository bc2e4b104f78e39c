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

  @Test
  void getOrAddCreatesOnlyForAbsentKeysAndSurvivesGrowth() {
    AccountTable<Integer> table = new AccountTable<>();
    int[] created = {0};
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 5_000; i++) {
        AccountRef a = new AccountRef("B" + (i % 3), "A" + i);
        int v = i;
        assertThat(
                table.getOrAdd(
                    a,
                    a.hashCode(),
                    () -> {
                      created[0]++;
                      return v;
                    }))
            .isEqualTo(i);
      }
    }
    assertThat(created[0]).isEqualTo(5_000);
    assertThat(table.size()).isEqualTo(5_000);
    assertThat(table.get(new AccountRef("B1", "A4"))).isEqualTo(4);
    assertThat(table.get(new AccountRef("B2", "A4"))).isNull();
  }
}
