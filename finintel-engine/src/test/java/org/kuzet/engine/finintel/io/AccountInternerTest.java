package org.kuzet.engine.finintel.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kuzet.engine.finintel.AccountRef;

class AccountInternerTest {

  @Test
  void returnsTheSameInstanceForARepeatedAccountAndEqualAccountsAlways() {
    AccountInterner interner = new AccountInterner();
    AccountRef a = interner.of(new String("KZ01"), new String("P0000001"));
    assertThat(interner.of("KZ01", "P0000001")).isSameAs(a);
    assertThat(interner.of("KZ02", "P0000001")).isNotEqualTo(a);
    // Far more accounts than slots: every answer is still the right account.
    for (int i = 0; i < 200_000; i++) {
      AccountRef r = interner.of("KZ0" + (i % 8), "P" + i);
      assertThat(r).isEqualTo(new AccountRef("KZ0" + (i % 8), "P" + i));
    }
  }
}
