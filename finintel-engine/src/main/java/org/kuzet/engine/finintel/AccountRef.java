package org.kuzet.engine.finintel;

import java.util.Objects;

/**
 * An account at a bank. Written as {@code bank:account} in alert files; the bank may be empty
 * when a format does not carry it.
 */
public record AccountRef(String bank, String account) implements Comparable<AccountRef> {

  public AccountRef {
    Objects.requireNonNull(bank, "bank");
    Objects.requireNonNull(account, "account");
    if (account.isBlank()) {
      throw new IllegalArgumentException("account number is empty");
    }
    if (bank.indexOf(':') >= 0 || bank.indexOf(';') >= 0) {
      throw new IllegalArgumentException("bank '" + bank + "' contains ':' or ';'");
    }
  }

  /** The {@code bank:account} form, also the key the detectors partition state by. */
  public String key() {
    return bank + ":" + account;
  }

  @Override
  public String toString() {
    return key();
  }

  @Override
  public int compareTo(AccountRef o) {
    int c = bank.compareTo(o.bank);
    return c != 0 ? c : account.compareTo(o.account);
  }
}
