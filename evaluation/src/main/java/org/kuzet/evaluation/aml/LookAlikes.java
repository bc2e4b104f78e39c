package org.kuzet.evaluation.aml;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * All benign look-alikes, in numbers that grow with the data set: for the default 400,000 rows, 80
 * employers, 40 busy shops, 200 rent cycles, 400 savers and 330 families.
 */
final class LookAlikes {

  private final Neighbourhood neighbourhood;
  private final Ledger ledger;
  private final Clock clock;
  private final Seeds seeds;
  private final List<BenignGroup> groups = new ArrayList<>();

  LookAlikes(Neighbourhood neighbourhood, Ledger ledger, Clock clock, Seeds seeds) {
    this.neighbourhood = neighbourhood;
    this.ledger = ledger;
    this.clock = clock;
    this.seeds = seeds;
  }

  List<BenignGroup> generate(int transactions) {
    Payroll payroll = new Payroll(neighbourhood, ledger, clock, random("payroll"));
    addAll(LookAlikeKind.PAYROLL, payroll.employers(atLeast(3, transactions / 5000)));
    MerchantTraffic merchants =
        new MerchantTraffic(neighbourhood, ledger, clock, random("merchants"));
    for (MerchantTraffic.Shop shop : merchants.shops(atLeast(3, transactions / 10_000))) {
      add(LookAlikeKind.MERCHANT_TAKINGS, shop.takings());
      add(LookAlikeKind.MERCHANT_CASH_DEPOSITS, shop.cashDeposits());
    }
    RentCycles rent = new RentCycles(neighbourhood, ledger, clock, random("rent"));
    addAll(LookAlikeKind.RENT_CYCLE, rent.cycles(atLeast(3, transactions / 2000)));
    SavingsSweeps sweeps = new SavingsSweeps(neighbourhood, ledger, clock, random("sweeps"));
    addAll(LookAlikeKind.SAVINGS_SWEEP, sweeps.owners(atLeast(3, transactions / 1000)));
    Remittances remittances = new Remittances(neighbourhood, ledger, clock, random("remittances"));
    addAll(LookAlikeKind.REMITTANCE_OUT, remittances.senders(atLeast(3, transactions / 2000)));
    addAll(LookAlikeKind.REMITTANCE_IN, remittances.receivers(atLeast(3, transactions / 3000)));
    return groups;
  }

  private void addAll(LookAlikeKind kind, List<List<Transaction>> rowsPerGroup) {
    rowsPerGroup.forEach(rows -> add(kind, rows));
  }

  /** Keeps a group only if it has rows: a monthly one may fall outside a short period. */
  private void add(LookAlikeKind kind, List<Transaction> rows) {
    if (!rows.isEmpty()) {
      groups.add(new BenignGroup(groups.size() + 1, kind, rows));
    }
  }

  private SplittableRandom random(String stream) {
    return seeds.random("look-alikes/" + stream);
  }

  private static int atLeast(int floor, int value) {
    return Math.max(floor, value);
  }
}
