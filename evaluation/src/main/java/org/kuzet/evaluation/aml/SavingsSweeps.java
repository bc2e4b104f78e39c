package org.kuzet.evaluation.aml;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * People moving money between their own accounts at different banks: a weekly or monthly sweep into
 * savings, sometimes part of it brought back, and for people with three accounts sometimes a round
 * A to B to C to A. Benign (one owner), but the round trips are shaped like cycles.
 */
final class SavingsSweeps {

  private final Neighbourhood neighbourhood;
  private final Ledger ledger;
  private final Clock clock;
  private final SplittableRandom random;

  SavingsSweeps(Neighbourhood neighbourhood, Ledger ledger, Clock clock, SplittableRandom random) {
    this.neighbourhood = neighbourhood;
    this.ledger = ledger;
    this.clock = clock;
    this.random = random;
  }

  List<List<Transaction>> owners(int count) {
    Population population = neighbourhood.population();
    List<Account> multiBank = new ArrayList<>();
    for (Account person : population.persons()) {
      List<Account> own = population.accountsOf(person.owner());
      if (own.size() >= 2 && own.stream().noneMatch(neighbourhood::inScheme)) {
        multiBank.add(person);
      }
    }
    List<List<Transaction>> groups = new ArrayList<>();
    for (int i = 0; i < count && !multiBank.isEmpty(); i++) {
      Account primary = Draws.pick(multiBank, random);
      groups.add(sweeps(population.accountsOf(primary.owner())));
    }
    return groups;
  }

  private List<Transaction> sweeps(List<Account> own) {
    boolean weekly = random.nextBoolean();
    int weekday = random.nextInt(7);
    int dayOfMonth = 1 + random.nextInt(28);
    boolean roundTrip = own.size() >= 3 && Draws.chance(random, 0.5);
    boolean fixedAmount = Draws.chance(random, 0.6);
    double usual = Draws.logNormal(random, 500, 0.7);
    PaymentFormat format = Draws.chance(random, 0.75) ? PaymentFormat.ACH : PaymentFormat.WIRE;
    List<Transaction> rows = new ArrayList<>();
    for (int day = 0; day < clock.days(); day++) {
      boolean due =
          weekly
              ? clock.date(day).getDayOfWeek().getValue() % 7 == weekday
              : clock.date(day).getDayOfMonth() == dayOfMonth;
      if (!due) {
        continue;
      }
      double amount = fixedAmount ? usual : Draws.logNormal(random, usual, 0.4);
      int minute = clock.daytime(day, random);
      rows.add(ledger.payUsd(minute, own.get(0), own.get(1), amount, format, Transaction.BENIGN));
      if (roundTrip) {
        int later = minute + 60 + random.nextInt(3 * Clock.MINUTES_PER_DAY);
        rows.add(
            ledger.payUsd(
                clamp(later), own.get(1), own.get(2), amount, format, Transaction.BENIGN));
        int back = later + 60 + random.nextInt(3 * Clock.MINUTES_PER_DAY);
        rows.add(
            ledger.payUsd(
                clamp(back),
                own.get(2),
                own.get(0),
                amount * Draws.uniform(random, 0.3, 1.0),
                format,
                Transaction.BENIGN));
      } else if (Draws.chance(random, 0.3)) {
        int back = minute + Clock.MINUTES_PER_DAY + random.nextInt(5 * Clock.MINUTES_PER_DAY);
        rows.add(
            ledger.payUsd(
                clamp(back),
                own.get(1),
                own.get(0),
                amount * Draws.uniform(random, 0.2, 0.8),
                format,
                Transaction.BENIGN));
      }
    }
    return rows;
  }

  private int clamp(int minute) {
    return Math.min(minute, clock.totalMinutes() - 1);
  }
}
