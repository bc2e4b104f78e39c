package org.kuzet.evaluation.aml;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Cash deposits each kept under the reporting threshold, that together exceed it, spread over hours
 * to days (31 U.S.C. 5324; FATF's "smurfing"). AMLworld has no such pattern. Three ways, drawn per
 * scheme: one account takes all the deposits; the deposits go into two to five accounts at
 * different banks; or two to eight depositors ("smurfs") pay cash into one collecting account. 3 to
 * 25 deposits in all. In half the schemes the collected money is then wired on.
 *
 * <p>A cash deposit is written as a Cash row from the depositor's account to the account paid into,
 * so one's own deposit is a row from an account to itself, like AMLworld's Reinvestment rows.
 */
final class Structuring implements SchemeShape {

  private static final int SHORTEST_SPAN = 2 * 60;

  @Override
  public Scheme build(SchemeKit kit) {
    SplittableRandom random = kit.random();
    int deposits = Draws.intIn(kit.plan().size(), 3, 25);
    double way = kit.plan().extra();
    kit.openWindow(deposits, SHORTEST_SPAN);
    boolean onward = kit.plan().paysOnward();
    int lastDeposit = onward ? kit.at(0.9) : kit.end();
    int[] minutes = kit.sequence(deposits, kit.start(), lastDeposit);
    if (lastDeposit - kit.start() >= Clock.MINUTES_PER_DAY) {
      inOpeningHours(minutes, lastDeposit, random);
    }
    List<Account> depositors;
    List<Account> payees;
    if (way < 1.0 / 3) {
      depositors = kit.accounts(1);
      payees = depositors;
    } else if (way < 2.0 / 3) {
      depositors = kit.accounts(Math.min(deposits, 2 + random.nextInt(4)));
      payees = depositors;
    } else {
      depositors = kit.accounts(Math.min(deposits, 2 + random.nextInt(7)));
      payees = List.of(kit.account());
    }
    double[] collected = new double[payees.size()];
    double threshold = 0;
    Currency currency = depositors.get(0).currency();
    for (int i = 0; i < deposits; i++) {
      Account from = depositors.get(i % depositors.size());
      int payee = payees.size() == 1 ? 0 : i % payees.size();
      Account to = payees.get(payee);
      double limit = limitFor(from, to);
      double amount = kit.amounts().asWritten(limit * share(kit.plan().amountBehaviour(), random));
      Transaction row = kit.payLocal(minutes[i], from, to, amount, PaymentFormat.CASH);
      collected[payee] += SchemeKit.receivedUsd(row);
      if (i == 0) {
        threshold = from.currency().cashThreshold();
        currency = from.currency();
      }
    }
    if (onward) {
      Account exit = kit.account();
      for (int p = 0; p < payees.size(); p++) {
        kit.passOn(payees.get(p), exit, collected[p], lastDeposit + 1, kit.end());
      }
    }
    String detail =
        String.format(
            Locale.ROOT, "%d cash deposits under %.0f %s", deposits, threshold, currency.label());
    return kit.finish(detail, Integer.toString(deposits));
  }

  /**
   * Moves deposits spread over days into 08:00 to 20:00 of their day, when branches and staffed
   * machines take cash, keeping them inside the scheme's window.
   */
  private static void inOpeningHours(int[] minutes, int latest, SplittableRandom random) {
    for (int i = 0; i < minutes.length; i++) {
      int dayStart = minutes[i] - minutes[i] % Clock.MINUTES_PER_DAY;
      int moved = dayStart + 8 * 60 + random.nextInt(12 * 60);
      minutes[i] = Math.min(moved, latest);
    }
    Arrays.sort(minutes);
  }

  /**
   * The threshold in the depositor's currency; the lower one when the account paid into differs.
   */
  private static double limitFor(Account from, Account to) {
    double own = from.currency().cashThreshold();
    double theirs = from.currency().fromUsd(to.currency().toUsd(to.currency().cashThreshold()));
    return Math.min(own, theirs * 0.99);
  }

  /** How close to the threshold a deposit is kept. */
  private static double share(AmountBehaviour behaviour, SplittableRandom random) {
    return switch (behaviour) {
      case ALIKE -> Draws.uniform(random, 0.95, 0.995);
      case MINUS_FEES -> Draws.uniform(random, 0.90, 0.99);
      // Never below 0.4, so that three deposits still add up to more than the threshold.
      case SPREAD -> Draws.logUniform(random.nextDouble(), 0.4, 0.99);
      case ROUND -> Draws.uniform(random, 0.85, 0.99);
    };
  }
}
