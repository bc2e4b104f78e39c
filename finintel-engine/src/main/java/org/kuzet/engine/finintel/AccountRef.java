package org.kuzet.engine.finintel;

import java.util.Objects;

/**
 * An account at a bank. Written as {@code bank:account} in alert files; the bank may be empty when
 * a format does not carry it.
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

  /**
   * A well-mixed hash: account numbers are often sequential and bank codes differ in one digit,
   * which makes the default record hash collide in whole runs. Stable across JVMs (String's hash is
   * specified), so Flink may partition by it.
   */
  @Override
  public int hashCode() {
    int h = bank.hashCode() * 0x9E3779B1 + account.hashCode();
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return h;
  }

  @Override
  public boolean equals(Object o) {
    return o == this
        || (o instanceof AccountRef a && a.account.equals(account) && a.bank.equals(bank));
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
