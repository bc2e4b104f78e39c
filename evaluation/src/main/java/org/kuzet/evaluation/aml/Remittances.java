package org.kuzet.evaluation.aml;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Family money across borders: one earner sending 2 to 5 relatives abroad much the same sums after
 * each payday, or 2 to 6 relatives each sending one person (a student, a parent) a monthly
 * allowance. Mostly wires, paid in one currency and received in another. Benign, but shaped like a
 * fan-out or a fan-in.
 */
final class Remittances {

  private final Neighbourhood neighbourhood;
  private final Ledger ledger;
  private final Clock clock;
  private final SplittableRandom random;

  Remittances(Neighbourhood neighbourhood, Ledger ledger, Clock clock, SplittableRandom random) {
    this.neighbourhood = neighbourhood;
    this.ledger = ledger;
    this.clock = clock;
    this.random = random;
  }

  List<List<Transaction>> senders(int count) {
    List<List<Transaction>> groups = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Account sender = neighbourhood.freePerson(random);
      List<Account> relatives = new ArrayList<>();
      int n = 2 + random.nextInt(4);
      for (int r = 0; r < n; r++) {
        relatives.add(neighbourhood.personAbroad(sender.currency(), random));
      }
      boolean twiceMonthly = Draws.chance(random, 0.4);
      int first = 1 + random.nextInt(12);
      List<Transaction> rows = new ArrayList<>();
      double[] usual = new double[n];
      for (int r = 0; r < n; r++) {
        usual[r] = Draws.logNormal(random, 300, 0.5);
      }
      for (int day = 0; day < clock.days(); day++) {
        int dom = clock.date(day).getDayOfMonth();
        if (dom != first && !(twiceMonthly && dom == first + 14)) {
          continue;
        }
        int minute = clock.daytime(day, random);
        for (int r = 0; r < n; r++) {
          int at = Math.min(clock.totalMinutes() - 1, minute + random.nextInt(120));
          double amount = usual[r] * Draws.uniform(random, 0.9, 1.1);
          rows.add(
              ledger.payUsd(at, sender, relatives.get(r), amount, format(), Transaction.BENIGN));
        }
      }
      groups.add(rows);
    }
    return groups;
  }

  List<List<Transaction>> receivers(int count) {
    List<List<Transaction>> groups = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Account receiver = neighbourhood.freePerson(random);
      int n = 2 + random.nextInt(5);
      List<Transaction> rows = new ArrayList<>();
      for (int r = 0; r < n; r++) {
        Account relative =
            Draws.chance(random, 0.6)
                ? neighbourhood.personAbroad(receiver.currency(), random)
                : neighbourhood.personIn(receiver.currency(), random);
        int dom = 1 + random.nextInt(28);
        double usual = Draws.logNormal(random, 250, 0.5);
        for (int day = 0; day < clock.days(); day++) {
          if (clock.date(day).getDayOfMonth() == dom) {
            double amount = usual * Draws.uniform(random, 0.95, 1.05);
            rows.add(
                ledger.payUsd(
                    clock.daytime(day, random),
                    relative,
                    receiver,
                    amount,
                    format(),
                    Transaction.BENIGN));
          }
        }
      }
      if (!rows.isEmpty()) {
        groups.add(rows);
      }
    }
    return groups;
  }

  private PaymentFormat format() {
    return Draws.chance(random, 0.8) ? PaymentFormat.WIRE : PaymentFormat.ACH;
  }
}
