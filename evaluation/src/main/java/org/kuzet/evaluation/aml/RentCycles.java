package org.kuzet.evaluation.aml;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Monthly payments that come round: a tenant pays rent to a landlord, the landlord pays a
 * management company its fee, the company pays a contractor for upkeep, and the contractor (or
 * someone further along) pays the tenant wages; 3 to 6 parties in all, in one currency. Each
 * payment falls on its own fixed day of the month with its own amount. Benign, but shaped like a
 * cycle.
 */
final class RentCycles {

  private final Neighbourhood neighbourhood;
  private final Ledger ledger;
  private final Clock clock;
  private final SplittableRandom random;

  RentCycles(Neighbourhood neighbourhood, Ledger ledger, Clock clock, SplittableRandom random) {
    this.neighbourhood = neighbourhood;
    this.ledger = ledger;
    this.clock = clock;
    this.random = random;
  }

  List<List<Transaction>> cycles(int count) {
    List<List<Transaction>> groups = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      groups.add(cycle(3 + random.nextInt(4)));
    }
    return groups;
  }

  /** Adds a party not yet in the ring, giving up after a few tries in a tiny population. */
  private static void addNew(List<Account> ring, Supplier<Account> candidates) {
    for (int attempt = 0; attempt < 20; attempt++) {
      Account account = candidates.get();
      if (!ring.contains(account)) {
        ring.add(account);
        return;
      }
    }
    ring.add(candidates.get());
  }

  private List<Transaction> cycle(int parties) {
    Account tenant = neighbourhood.freePerson(random);
    Currency currency = tenant.currency();
    List<Account> ring = new ArrayList<>();
    ring.add(tenant);
    addNew(ring, () -> neighbourhood.personIn(currency, random)); // the landlord
    addNew(ring, () -> neighbourhood.companyIn(currency, random)); // the management company
    while (ring.size() < parties) {
      boolean company = Draws.chance(random, 0.5);
      addNew(
          ring,
          () ->
              company
                  ? neighbourhood.companyIn(currency, random)
                  : neighbourhood.personIn(currency, random));
    }
    double rent = Draws.logNormal(random, 1400, 0.35);
    double[] amounts = new double[parties];
    int[] dayOfMonth = new int[parties];
    amounts[0] = rent;
    dayOfMonth[0] = 1 + random.nextInt(3);
    amounts[1] = rent * Draws.uniform(random, 0.08, 0.12);
    dayOfMonth[1] = 5 + random.nextInt(5);
    for (int k = 2; k < parties; k++) {
      amounts[k] = Draws.logNormal(random, k == parties - 1 ? 1800 : 600, 0.5);
      dayOfMonth[k] = 10 + random.nextInt(18);
    }
    PaymentFormat format =
        Draws.chance(random, 0.7)
            ? PaymentFormat.ACH
            : Draws.chance(random, 0.6) ? PaymentFormat.CHEQUE : PaymentFormat.WIRE;
    List<Transaction> rows = new ArrayList<>();
    for (int day = 0; day < clock.days(); day++) {
      int dom = clock.date(day).getDayOfMonth();
      for (int k = 0; k < parties; k++) {
        if (dom == dayOfMonth[k]) {
          int minute = clock.daytime(day, random);
          rows.add(
              ledger.payUsd(
                  minute,
                  ring.get(k),
                  ring.get((k + 1) % parties),
                  amounts[k],
                  format,
                  Transaction.BENIGN));
        }
      }
    }
    return rows;
  }
}
