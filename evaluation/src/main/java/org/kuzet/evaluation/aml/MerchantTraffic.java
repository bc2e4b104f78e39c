package org.kuzet.evaluation.aml;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Shops taking card and ACH payments from many customers every day, most of them regulars, and
 * banking their cash takings most evenings. The takings look like a fan-in; the cash deposits, some
 * days just under and some over the reporting threshold, look like structuring.
 */
final class MerchantTraffic {

  /** One shop's rows: the customers' payments and the shop's cash deposits. */
  record Shop(List<Transaction> takings, List<Transaction> cashDeposits) {}

  private final Neighbourhood neighbourhood;
  private final Ledger ledger;
  private final Clock clock;
  private final SplittableRandom random;

  MerchantTraffic(
      Neighbourhood neighbourhood, Ledger ledger, Clock clock, SplittableRandom random) {
    this.neighbourhood = neighbourhood;
    this.ledger = ledger;
    this.clock = clock;
    this.random = random;
  }

  List<Shop> shops(int count) {
    List<Shop> shops = new ArrayList<>();
    List<Account> merchants = neighbourhood.population().merchants();
    for (int i = 0; i < count && i < merchants.size(); i++) {
      shops.add(shop(merchants.get(i)));
    }
    return shops;
  }

  private Shop shop(Account merchant) {
    int regularsCount = (int) Math.round(Draws.logUniform(random.nextDouble(), 30, 400));
    List<Account> regulars = new ArrayList<>();
    for (int i = 0; i < regularsCount; i++) {
      regulars.add(neighbourhood.personIn(merchant.currency(), random));
    }
    double dailyCustomers = Draws.logUniform(random.nextDouble(), 5, 60);
    double ticket = Draws.logUniform(random.nextDouble(), 15, 150);
    double cashMedian = Draws.logUniform(random.nextDouble(), 800, 12_000);
    boolean banksDaily = random.nextBoolean();
    List<Transaction> takings = new ArrayList<>();
    List<Transaction> deposits = new ArrayList<>();
    for (int day = 0; day < clock.days(); day++) {
      DayOfWeek weekday = clock.date(day).getDayOfWeek();
      boolean weekend = weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
      int customers =
          (int)
              Math.round(dailyCustomers * (weekend ? 1.3 : 1.0) * Draws.uniform(random, 0.7, 1.3));
      for (int c = 0; c < customers; c++) {
        Account customer =
            Draws.chance(random, 0.7)
                ? Draws.pick(regulars, random)
                : neighbourhood.personIn(merchant.currency(), random);
        int minute = day * Clock.MINUTES_PER_DAY + 8 * 60 + random.nextInt(13 * 60);
        PaymentFormat format =
            Draws.chance(random, 0.75) ? PaymentFormat.CREDIT_CARD : PaymentFormat.ACH;
        takings.add(
            ledger.payUsd(
                minute,
                customer,
                merchant,
                Draws.logNormal(random, ticket, 0.7),
                format,
                Transaction.BENIGN));
      }
      if (weekday != DayOfWeek.SUNDAY && (banksDaily || weekday != DayOfWeek.SATURDAY)) {
        int minute = day * Clock.MINUTES_PER_DAY + 17 * 60 + random.nextInt(3 * 60);
        double cash = Draws.logNormal(random, cashMedian, 0.45);
        deposits.add(
            ledger.payUsd(
                minute, merchant, merchant, cash, PaymentFormat.CASH, Transaction.BENIGN));
      }
    }
    return new Shop(takings, deposits);
  }
}
