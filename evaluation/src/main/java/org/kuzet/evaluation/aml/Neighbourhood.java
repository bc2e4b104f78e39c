package org.kuzet.evaluation.aml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * What the look-alikes draw their people from: the population grouped by currency, and which
 * accounts a scheme holds, so that an employer, landlord or remitter is never a launderer and a
 * look-alike stays benign in every row.
 */
final class Neighbourhood {

  private final Population population;
  private final Predicate<Account> inScheme;
  private final Map<Currency, List<Account>> persons;
  private final Map<Currency, List<Account>> companies;

  Neighbourhood(Population population, Predicate<Account> inScheme) {
    this.population = population;
    this.inScheme = inScheme;
    this.persons = BackgroundTraffic.byCurrency(population.persons());
    this.companies = BackgroundTraffic.byCurrency(population.companies());
  }

  Population population() {
    return population;
  }

  boolean inScheme(Account account) {
    return inScheme.test(account);
  }

  /** A holder's account that no scheme uses, from {@code candidates}. */
  Account free(List<Account> candidates, SplittableRandom random) {
    for (int attempt = 0; attempt < 100; attempt++) {
      Account account = Draws.pick(candidates, random);
      if (!inScheme.test(account)) {
        return account;
      }
    }
    return Draws.pick(candidates, random);
  }

  Account freePerson(SplittableRandom random) {
    return free(population.persons(), random);
  }

  Account freeCompany(SplittableRandom random) {
    return free(population.companies(), random);
  }

  /** A person in {@code currency} when there is one, otherwise anyone. */
  Account personIn(Currency currency, SplittableRandom random) {
    List<Account> same = persons.get(currency);
    return same == null ? Draws.pick(population.persons(), random) : Draws.pick(same, random);
  }

  Account companyIn(Currency currency, SplittableRandom random) {
    List<Account> same = companies.get(currency);
    return same == null ? Draws.pick(population.companies(), random) : Draws.pick(same, random);
  }

  /** A person whose account is in another currency than {@code home}: a relative abroad. */
  Account personAbroad(Currency home, SplittableRandom random) {
    for (int attempt = 0; attempt < 50; attempt++) {
      Account account = Draws.pick(population.persons(), random);
      if (account.currency() != home) {
        return account;
      }
    }
    return Draws.pick(population.persons(), random);
  }

  /** {@code n} distinct people in {@code currency} (fewer if there are not so many). */
  List<Account> distinctPersonsIn(
      Currency currency, int n, Account except, SplittableRandom random) {
    List<Account> same = persons.getOrDefault(currency, population.persons());
    int wanted = Math.min(n, same.size() - 1);
    Set<Account> chosen = new HashSet<>();
    List<Account> ordered = new ArrayList<>();
    while (ordered.size() < wanted) {
      Account account = Draws.pick(same, random);
      if (!account.equals(except) && chosen.add(account)) {
        ordered.add(account);
      }
    }
    return ordered;
  }
}
