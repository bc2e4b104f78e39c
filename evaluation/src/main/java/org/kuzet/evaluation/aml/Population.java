package org.kuzet.evaluation.aml;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The banks and account holders of the simulated world. Bank sizes and shop popularity are skewed;
 * most banks keep US dollars, as in AMLworld, and every other currency has at least one bank. Some
 * people and companies hold accounts at several banks, which the savings sweeps and remittances
 * use.
 */
final class Population {

  private static final Currency[] BANK_CURRENCIES = {
    Currency.US_DOLLAR,
    Currency.EURO,
    Currency.UK_POUND,
    Currency.SWISS_FRANC,
    Currency.YEN,
    Currency.YUAN,
    Currency.RUPEE,
    Currency.RUBLE,
    Currency.AUSTRALIAN_DOLLAR,
    Currency.CANADIAN_DOLLAR,
    Currency.MEXICAN_PESO,
    Currency.BRAZIL_REAL,
    Currency.SAUDI_RIYAL,
    Currency.SHEKEL
  };
  private static final double[] BANK_CURRENCY_WEIGHTS = {
    50, 12, 5, 3, 4, 5, 4, 3, 3, 3, 2, 2, 2, 2
  };

  private final SplittableRandom random;
  private final List<Bank> banks = new ArrayList<>();
  private final Map<Currency, List<Bank>> banksByCurrency = new EnumMap<>(Currency.class);
  private final List<Account> accounts = new ArrayList<>();
  private final List<List<Account>> accountsByOwner = new ArrayList<>();
  private final List<Account> persons = new ArrayList<>();
  private final List<Account> companies = new ArrayList<>();
  private final List<Account> merchants = new ArrayList<>();
  private final List<Account> utilities = new ArrayList<>();
  private final Set<Integer> numbersInUse = new HashSet<>();
  private final Weighted<Bank> bankChoice;

  Population(Sizes sizes, SplittableRandom random) {
    this.random = random;
    openBanks(sizes.banks());
    this.bankChoice = Weighted.zipf(banks, 0.9);
    for (int i = 0; i < sizes.persons(); i++) {
      persons.add(openHolder(Party.PERSON, personalAccounts()));
    }
    for (int i = 0; i < sizes.companies(); i++) {
      companies.add(openHolder(Party.COMPANY, Draws.chance(random, 0.3) ? 2 : 1));
    }
    for (int i = 0; i < sizes.merchants(); i++) {
      merchants.add(openHolder(Party.MERCHANT, 1));
    }
    for (int i = 0; i < sizes.utilities(); i++) {
      utilities.add(openHolder(Party.UTILITY, 1));
    }
  }

  /** How many of each holder the world has. */
  record Sizes(int banks, int persons, int companies, int merchants, int utilities) {

    /**
     * Sizes for about {@code transactions} rows a month, some 20 a person, with people enough that
     * every scheme gets accounts of its own (a scheme has up to about 40).
     */
    static Sizes forTransactions(int transactions, int schemes) {
      int persons = Math.max(Math.max(300, transactions / 25), 40 * schemes);
      return new Sizes(
          Math.max(30, Math.min(400, transactions / 4000)),
          persons,
          Math.max(30, persons / 25),
          Math.max(30, persons / 40),
          Math.max(4, persons / 1500));
    }
  }

  List<Bank> banks() {
    return banks;
  }

  List<Account> accounts() {
    return accounts;
  }

  List<Account> accountsOf(int owner) {
    return accountsByOwner.get(owner);
  }

  /** Primary accounts of people. */
  List<Account> persons() {
    return persons;
  }

  List<Account> companies() {
    return companies;
  }

  List<Account> merchants() {
    return merchants;
  }

  List<Account> utilities() {
    return utilities;
  }

  List<Bank> banksIn(Currency currency) {
    return banksByCurrency.getOrDefault(currency, List.of());
  }

  private void openBanks(int count) {
    Set<String> codes = new HashSet<>();
    Weighted<Currency> currencyChoice =
        Weighted.of(List.of(BANK_CURRENCIES), BANK_CURRENCY_WEIGHTS);
    List<Currency> currencies = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      currencies.add(currencyChoice.pick(random));
    }
    // The largest banks come first; a currency nobody drew goes to a small bank.
    for (Currency currency : BANK_CURRENCIES) {
      if (!currencies.contains(currency)) {
        currencies.set(count / 2 + random.nextInt(count - count / 2), currency);
      }
    }
    for (int i = 0; i < count; i++) {
      String code;
      do {
        code = bankCode(i);
      } while (!codes.add(code));
      Bank bank = new Bank(code, currencies.get(i));
      banks.add(bank);
      banksByCurrency.computeIfAbsent(bank.currency(), c -> new ArrayList<>()).add(bank);
    }
  }

  /** Large banks have short codes such as 011; small ones long ones such as 0024856. */
  private String bankCode(int rank) {
    int width = rank < 20 ? 3 : 4 + random.nextInt(4);
    StringBuilder code = new StringBuilder("0");
    for (int i = 1; i < width; i++) {
      code.append((char) ('0' + random.nextInt(10)));
    }
    return code.toString();
  }

  /** One account for most people; 15% keep a second, a quarter of those a third as well. */
  private int personalAccounts() {
    if (!Draws.chance(random, 0.15)) {
      return 1;
    }
    return Draws.chance(random, 0.25) ? 3 : 2;
  }

  private Account openHolder(Party party, int accountCount) {
    int owner = accountsByOwner.size();
    List<Account> owned = new ArrayList<>(accountCount);
    accountsByOwner.add(owned);
    Bank primary = bankChoice.pick(random);
    owned.add(open(owner, party, primary));
    for (int i = 1; i < accountCount; i++) {
      Bank other = otherBank(owned, primary.currency());
      owned.add(open(owner, party, other));
    }
    return owned.get(0);
  }

  /** A second bank: mostly in the same currency (a savings bank), sometimes abroad. */
  private Bank otherBank(List<Account> owned, Currency home) {
    for (int attempt = 0; attempt < 10; attempt++) {
      Bank candidate =
          Draws.chance(random, 0.7) ? Draws.pick(banksIn(home), random) : bankChoice.pick(random);
      boolean taken = owned.stream().anyMatch(a -> a.bank().equals(candidate));
      if (!taken) {
        return candidate;
      }
    }
    return Draws.pick(banks, random);
  }

  private Account open(int owner, Party party, Bank bank) {
    int value;
    do {
      value = random.nextInt(1 << 28);
    } while (!numbersInUse.add(value));
    // AMLworld account numbers are nine hex digits such as 8000EBD30: 8, seven digits, 0.
    String number = String.format(Locale.ROOT, "8%07X0", value);
    Account account = new Account(accounts.size(), bank, number, owner, party);
    accounts.add(account);
    return account;
  }
}
