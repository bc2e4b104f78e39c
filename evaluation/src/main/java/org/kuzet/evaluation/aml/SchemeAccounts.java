package org.kuzet.evaluation.aml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Hands out the accounts of ordinary people and companies to schemes, each account to one scheme at
 * most, so a scheme's rows are all its own. The accounts stay in the population and keep their
 * ordinary traffic, as launderers' and mules' accounts do.
 */
final class SchemeAccounts {

  private final Map<Bank, List<Account>> candidatesByBank = new LinkedHashMap<>();
  private final Map<Bank, Integer> cursors = new LinkedHashMap<>();
  private final boolean[] used;
  private final Population population;
  private final Weighted<Bank> bankChoice;

  SchemeAccounts(Population population, SplittableRandom random) {
    this.population = population;
    this.used = new boolean[population.accounts().size()];
    for (Bank bank : population.banks()) {
      candidatesByBank.put(bank, new ArrayList<>());
      cursors.put(bank, 0);
    }
    for (Account account : population.accounts()) {
      if (account.party() == Party.PERSON || account.party() == Party.COMPANY) {
        candidatesByBank.get(account.bank()).add(account);
      }
    }
    List<Bank> banks = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (Map.Entry<Bank, List<Account>> entry : candidatesByBank.entrySet()) {
      Draws.shuffle(entry.getValue(), random);
      if (!entry.getValue().isEmpty()) {
        banks.add(entry.getKey());
        weights.add((double) entry.getValue().size());
      }
    }
    this.bankChoice =
        Weighted.of(banks, weights.stream().mapToDouble(Double::doubleValue).toArray());
  }

  boolean inScheme(Account account) {
    return used[account.index()];
  }

  Optional<Account> atBank(Bank bank) {
    List<Account> candidates = candidatesByBank.get(bank);
    int cursor = cursors.get(bank);
    while (cursor < candidates.size() && used[candidates.get(cursor).index()]) {
      cursor++;
    }
    cursors.put(bank, cursor);
    if (cursor == candidates.size()) {
      return Optional.empty();
    }
    Account account = candidates.get(cursor);
    used[account.index()] = true;
    return Optional.of(account);
  }

  Account inCurrency(Currency currency, SplittableRandom random) {
    List<Bank> banks = population.banksIn(currency);
    for (int attempt = 0; attempt < 20 && !banks.isEmpty(); attempt++) {
      Optional<Account> account = atBank(Draws.pick(banks, random));
      if (account.isPresent()) {
        return account.get();
      }
    }
    return anywhere(random);
  }

  Account anywhere(SplittableRandom random) {
    for (int attempt = 0; attempt < 50; attempt++) {
      Optional<Account> account = atBank(bankChoice.pick(random));
      if (account.isPresent()) {
        return account.get();
      }
    }
    for (Bank bank : candidatesByBank.keySet()) {
      Optional<Account> account = atBank(bank);
      if (account.isPresent()) {
        return account.get();
      }
    }
    throw new IllegalStateException(
        "the population has too few accounts for the schemes asked for");
  }

  /** A bank with at least {@code room} accounts still free, for schemes held at one bank. */
  Optional<Bank> bankWithRoom(int room, SplittableRandom random) {
    for (int attempt = 0; attempt < 20; attempt++) {
      Bank bank = bankChoice.pick(random);
      if (candidatesByBank.get(bank).size() - cursors.get(bank) >= room) {
        return Optional.of(bank);
      }
    }
    return Optional.empty();
  }
}
