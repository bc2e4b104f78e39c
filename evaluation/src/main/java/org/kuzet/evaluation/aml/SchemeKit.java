package org.kuzet.evaluation.aml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * What a typology needs to lay out one scheme: accounts placed as the plan says, a time window of
 * the planned span, amounts of the planned behaviour, and payments that carry the scheme's id.
 */
final class SchemeKit {

  /** The longest scheme, ten days, as the longest laundering windows AMLworld shows. */
  static final int LONGEST_SPAN = 10 * Clock.MINUTES_PER_DAY;

  private static final int SHORTEST_SPAN = 5;

  private final SchemePlan plan;
  private final SplittableRandom random;
  private final SchemeAccounts pool;
  private final Ledger ledger;
  private final Clock clock;
  private final Amounts amounts;
  private final Optional<PaymentFormat> singleFormat;
  private final Placement placement;
  private final Currency currency;
  private final List<Transaction> rows = new ArrayList<>();
  private final Set<Account> members = new LinkedHashSet<>();
  private Optional<Bank> sharedBank = Optional.empty();
  private int start;
  private int end;

  SchemeKit(
      SchemePlan plan, SchemeAccounts pool, Ledger ledger, Clock clock, SplittableRandom random) {
    this.plan = plan;
    this.random = random;
    this.pool = pool;
    this.ledger = ledger;
    this.clock = clock;
    this.singleFormat = plan.singleFormat();
    this.placement = plan.where();
    this.currency = schemeCurrency(random);
    double base = Draws.logUniform(plan.amount(), 500, 1_000_000);
    this.amounts = new Amounts(plan.amountBehaviour(), base, random);
  }

  SchemePlan plan() {
    return plan;
  }

  SplittableRandom random() {
    return random;
  }

  Amounts amounts() {
    return amounts;
  }

  /**
   * Fixes the scheme's window: the planned span, log-uniform from minutes to ten days, at least two
   * minutes per sequential step and at most what leaves a day of ordinary traffic on either side.
   */
  void openWindow(int sequentialSteps, int shortestSpan) {
    int longest = Math.min(LONGEST_SPAN, clock.totalMinutes() - 3 * Clock.MINUTES_PER_DAY);
    int shortest = Math.max(shortestSpan, SHORTEST_SPAN);
    int span =
        (int) Math.round(Draws.logUniform(plan.span(), shortest, Math.max(shortest + 1, longest)));
    span = Math.min(Math.max(span, 2 * sequentialSteps), longest);
    int earliest = Clock.MINUTES_PER_DAY;
    int latest = clock.totalMinutes() - Clock.MINUTES_PER_DAY - span;
    start = earliest + random.nextInt(Math.max(1, latest - earliest));
    end = start + span;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  /** The minute a fraction of the way through the window. */
  int at(double fraction) {
    return start + (int) Math.round(fraction * (end - start));
  }

  /**
   * {@code n} non-decreasing minutes from {@code from} to {@code to}, both ends used. Two hops may
   * share a minute; rows of one minute keep the order they were paid in, so a hop never shows
   * before the one that funded it.
   */
  int[] sequence(int n, int from, int to) {
    int hi = Math.max(from, to);
    int[] minutes = new int[n];
    for (int i = 0; i < n; i++) {
      minutes[i] = from + random.nextInt(hi - from + 1);
    }
    Arrays.sort(minutes);
    if (n >= 2) {
      minutes[0] = from;
      minutes[n - 1] = hi;
    }
    return minutes;
  }

  /**
   * {@code n} minutes in [from, to] in no order, the first at {@code from} and one at {@code to}.
   */
  int[] scattered(int n, int from, int to) {
    int[] minutes = sequence(n, from, to);
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = minutes[i];
      minutes[i] = minutes[j];
      minutes[j] = swap;
    }
    return minutes;
  }

  Account account() {
    Account account =
        switch (placement) {
          case SAME_BANK -> atSharedBank();
          case ONE_CURRENCY -> pool.inCurrency(currency, random);
          case MIXED -> pool.anywhere(random);
        };
    members.add(account);
    return account;
  }

  List<Account> accounts(int n) {
    List<Account> accounts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      accounts.add(account());
    }
    return accounts;
  }

  /** A payment worth {@code usd} dollars in the scheme's format (or one drawn for it). */
  Transaction pay(int minute, Account from, Account to, double usd) {
    return pay(minute, from, to, usd, format());
  }

  Transaction pay(int minute, Account from, Account to, double usd, PaymentFormat format) {
    Currency paying = format == PaymentFormat.BITCOIN ? Currency.BITCOIN : from.currency();
    double written = amounts.asWritten(paying.fromUsd(usd));
    return payLocal(minute, from, to, written, format);
  }

  /** A payment of {@code amount} in the payer's own currency, for cash kept under a threshold. */
  Transaction payLocal(int minute, Account from, Account to, double amount, PaymentFormat format) {
    Transaction row = ledger.payLocal(minute, from, to, amount, format, plan.id());
    rows.add(row);
    members.add(from);
    members.add(to);
    return row;
  }

  /**
   * Moves most of what {@code from} collected on to {@code exit} in one to three transfers between
   * the two minutes, as the placement of collected money moving on.
   */
  void passOn(Account from, Account exit, double usd, int fromMinute, int toMinute) {
    int transfers = 1 + random.nextInt(3);
    double[] parts = amounts.split(usd * Draws.uniform(random, 0.9, 0.99), transfers);
    int[] minutes = sequence(transfers, fromMinute, Math.max(fromMinute, toMinute));
    PaymentFormat format = Draws.chance(random, 0.5) ? PaymentFormat.WIRE : PaymentFormat.ACH;
    for (int i = 0; i < transfers; i++) {
      pay(minutes[i], from, exit, parts[i], format);
    }
  }

  /** What the payee received, in dollars, so the next hop can pass it on. */
  static double receivedUsd(Transaction row) {
    return row.receivingCurrency().toUsd(row.received());
  }

  Scheme finish(String detail, String shape) {
    return new Scheme(
        plan.id(),
        plan.typology(),
        detail,
        shape,
        plan.amountBehaviour(),
        rows,
        List.copyOf(members));
  }

  private PaymentFormat format() {
    if (singleFormat.isPresent()) {
      return singleFormat.get();
    }
    PaymentFormat[] mixed = {
      PaymentFormat.ACH,
      PaymentFormat.WIRE,
      PaymentFormat.CHEQUE,
      PaymentFormat.CASH,
      PaymentFormat.CREDIT_CARD
    };
    return mixed[random.nextInt(mixed.length)];
  }

  private Account atSharedBank() {
    if (sharedBank.isEmpty()) {
      sharedBank = pool.bankWithRoom(64, random);
    }
    if (sharedBank.isPresent()) {
      Optional<Account> account = pool.atBank(sharedBank.get());
      if (account.isPresent()) {
        return account.get();
      }
      return pool.inCurrency(sharedBank.get().currency(), random);
    }
    return pool.inCurrency(currency, random);
  }

  /** Dollars for four schemes in ten, otherwise any currency some bank keeps. */
  private static Currency schemeCurrency(SplittableRandom random) {
    if (Draws.chance(random, 0.4)) {
      return Currency.US_DOLLAR;
    }
    Currency[] all = Currency.values();
    return all[random.nextInt(all.length - 1)]; // every currency but Bitcoin, which is last
  }
}
