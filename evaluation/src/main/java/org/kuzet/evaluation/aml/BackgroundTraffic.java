package org.kuzet.evaluation.aml;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Ordinary life: people buying in shops, paying bills and each other, companies paying suppliers
 * and people, money reinvested. Counterparties are mostly in the payer's currency, shops are picked
 * with a skew so a few see most customers, and amounts are log-normal around typical figures for
 * each kind of payment.
 */
final class BackgroundTraffic {

  private final Population population;
  private final Ledger ledger;
  private final Clock clock;
  private final SplittableRandom random;
  private final Map<Currency, Weighted<Account>> merchantsByCurrency =
      new EnumMap<>(Currency.class);
  private final Map<Currency, List<Account>> personsByCurrency = new EnumMap<>(Currency.class);
  private final Map<Currency, List<Account>> companiesByCurrency = new EnumMap<>(Currency.class);
  private final Map<Currency, List<Account>> utilitiesByCurrency = new EnumMap<>(Currency.class);
  private final Weighted<Account> anyMerchant;

  BackgroundTraffic(Population population, Ledger ledger, Clock clock, SplittableRandom random) {
    this.population = population;
    this.ledger = ledger;
    this.clock = clock;
    this.random = random;
    this.anyMerchant = Weighted.zipf(population.merchants(), 0.8);
    Map<Currency, List<Account>> merchants = byCurrency(population.merchants());
    merchants.forEach(
        (currency, list) -> merchantsByCurrency.put(currency, Weighted.zipf(list, 0.8)));
    personsByCurrency.putAll(byCurrency(population.persons()));
    companiesByCurrency.putAll(byCurrency(population.companies()));
    utilitiesByCurrency.putAll(byCurrency(population.utilities()));
  }

  /** Adds {@code count} ordinary rows at waking hours on any day. */
  void fill(int count) {
    for (int i = 0; i < count; i++) {
      int minute = clock.daytime(random.nextInt(clock.days()), random);
      double kind = random.nextDouble();
      if (kind < 0.42) {
        purchase(minute, personAccount(Draws.pick(population.persons(), random)));
      } else if (kind < 0.52) {
        bill(minute, personAccount(Draws.pick(population.persons(), random)));
      } else if (kind < 0.68) {
        Account payer = personAccount(Draws.pick(population.persons(), random));
        personToPerson(minute, payer, near(personsByCurrency, population.persons(), payer));
      } else if (kind < 0.80) {
        Account payer = Draws.pick(population.companies(), random);
        supplier(minute, payer, near(companiesByCurrency, population.companies(), payer));
      } else if (kind < 0.88) {
        reinvest(
            minute,
            Draws.chance(random, 0.7)
                ? personAccount(Draws.pick(population.persons(), random))
                : Draws.pick(population.companies(), random));
      } else if (kind < 0.94) {
        Account payer = personAccount(Draws.pick(population.persons(), random));
        personToCompany(minute, payer, near(companiesByCurrency, population.companies(), payer));
      } else {
        Account payer = Draws.pick(population.companies(), random);
        companyToPerson(minute, payer, near(personsByCurrency, population.persons(), payer));
      }
    }
  }

  /** One ordinary row with {@code account} as payer or payee at about {@code minute}. */
  void ordinaryFor(Account account, int minute) {
    double kind = random.nextDouble();
    if (account.party() == Party.COMPANY) {
      if (kind < 0.4) {
        supplier(minute, account, near(companiesByCurrency, population.companies(), account));
      } else if (kind < 0.7) {
        supplier(minute, near(companiesByCurrency, population.companies(), account), account);
      } else {
        personToCompany(minute, near(personsByCurrency, population.persons(), account), account);
      }
      return;
    }
    if (kind < 0.5) {
      purchase(minute, account);
    } else if (kind < 0.65) {
      bill(minute, account);
    } else if (kind < 0.8) {
      companyToPerson(minute, near(companiesByCurrency, population.companies(), account), account);
    } else if (kind < 0.92) {
      personToPerson(minute, near(personsByCurrency, population.persons(), account), account);
    } else {
      reinvest(minute, account);
    }
  }

  private void purchase(int minute, Account payer) {
    Weighted<Account> shops = merchantsByCurrency.get(payer.currency());
    Account shop =
        shops != null && Draws.chance(random, 0.95) ? shops.pick(random) : anyMerchant.pick(random);
    double format = random.nextDouble();
    PaymentFormat how =
        format < 0.65
            ? PaymentFormat.CREDIT_CARD
            : format < 0.85
                ? PaymentFormat.ACH
                : format < 0.95 ? PaymentFormat.CASH : PaymentFormat.CHEQUE;
    ledger.payUsd(minute, payer, shop, Draws.logNormal(random, 45, 0.9), how, Transaction.BENIGN);
  }

  private void bill(int minute, Account payer) {
    Account utility = near(utilitiesByCurrency, population.utilities(), payer);
    PaymentFormat how = Draws.chance(random, 0.8) ? PaymentFormat.ACH : PaymentFormat.CHEQUE;
    ledger.payUsd(
        minute, payer, utility, Draws.logNormal(random, 90, 0.6), how, Transaction.BENIGN);
  }

  private void personToPerson(int minute, Account payer, Account payee) {
    double format = random.nextDouble();
    PaymentFormat how =
        format < 0.45
            ? PaymentFormat.ACH
            : format < 0.55
                ? PaymentFormat.WIRE
                : format < 0.75
                    ? PaymentFormat.CASH
                    : format < 0.90 ? PaymentFormat.CHEQUE : PaymentFormat.BITCOIN;
    ledger.payUsd(minute, payer, payee, Draws.logNormal(random, 120, 1.1), how, Transaction.BENIGN);
  }

  private void supplier(int minute, Account payer, Account payee) {
    double format = random.nextDouble();
    PaymentFormat how =
        format < 0.4 ? PaymentFormat.WIRE : format < 0.8 ? PaymentFormat.ACH : PaymentFormat.CHEQUE;
    ledger.payUsd(
        minute, payer, payee, Draws.logNormal(random, 4000, 1.3), how, Transaction.BENIGN);
  }

  private void reinvest(int minute, Account account) {
    ledger.payUsd(
        minute,
        account,
        account,
        Draws.logNormal(random, 600, 1.2),
        PaymentFormat.REINVESTMENT,
        Transaction.BENIGN);
  }

  private void personToCompany(int minute, Account payer, Account payee) {
    PaymentFormat how = Draws.chance(random, 0.6) ? PaymentFormat.ACH : PaymentFormat.CREDIT_CARD;
    ledger.payUsd(minute, payer, payee, Draws.logNormal(random, 250, 1.0), how, Transaction.BENIGN);
  }

  private void companyToPerson(int minute, Account payer, Account payee) {
    double format = random.nextDouble();
    PaymentFormat how =
        format < 0.6 ? PaymentFormat.ACH : format < 0.8 ? PaymentFormat.WIRE : PaymentFormat.CHEQUE;
    ledger.payUsd(minute, payer, payee, Draws.logNormal(random, 700, 1.0), how, Transaction.BENIGN);
  }

  /** A person's account: mostly the main one, sometimes one of the others they hold. */
  private Account personAccount(Account primary) {
    List<Account> owned = population.accountsOf(primary.owner());
    if (owned.size() == 1 || Draws.chance(random, 0.85)) {
      return primary;
    }
    return Draws.pick(owned, random);
  }

  /** A counterparty in the same currency nine times in ten, otherwise anyone. */
  private Account near(Map<Currency, List<Account>> byCurrency, List<Account> all, Account other) {
    List<Account> same = byCurrency.get(other.currency());
    Account pick;
    do {
      pick =
          same != null && Draws.chance(random, 0.9)
              ? Draws.pick(same, random)
              : Draws.pick(all, random);
    } while (pick.equals(other) && all.size() > 1);
    return pick;
  }

  static Map<Currency, List<Account>> byCurrency(List<Account> accounts) {
    Map<Currency, List<Account>> grouped = new EnumMap<>(Currency.class);
    for (Account account : accounts) {
      grouped.computeIfAbsent(account.currency(), c -> new ArrayList<>()).add(account);
    }
    return grouped;
  }
}
