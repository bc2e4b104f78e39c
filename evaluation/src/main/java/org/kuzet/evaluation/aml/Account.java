package org.kuzet.evaluation.aml;

/**
 * One account at one bank. {@code index} is its position in the population, so per-account state
 * can live in arrays; {@code owner} ties together the accounts one holder keeps at several banks.
 */
record Account(int index, Bank bank, String number, int owner, Party party) {

  Currency currency() {
    return bank.currency();
  }

  /** Indexes are unique in a population, so they alone decide equality, cheaply. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Account account && account.index == index;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(index);
  }
}
