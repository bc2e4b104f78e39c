package org.kuzet.evaluation.aml;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Employers paying 10 to 200 employees on fixed days: monthly on the 25th, every other Friday, or
 * on the 15th and the last day of the month, moved to the Friday before when the day falls on a
 * weekend. One batch a pay day, each employee's pay the same every time bar the odd overtime.
 * Benign, but shaped like a fan-out.
 */
final class Payroll {

  private enum Schedule {
    MONTHLY,
    BIWEEKLY,
    SEMIMONTHLY
  }

  private final Neighbourhood neighbourhood;
  private final Ledger ledger;
  private final Clock clock;
  private final SplittableRandom random;

  Payroll(Neighbourhood neighbourhood, Ledger ledger, Clock clock, SplittableRandom random) {
    this.neighbourhood = neighbourhood;
    this.ledger = ledger;
    this.clock = clock;
    this.random = random;
  }

  List<List<Transaction>> employers(int count) {
    List<List<Transaction>> groups = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      // Stratified sizes, so the smallest and the largest payrolls are always there.
      double u = count == 1 ? random.nextDouble() : (double) i / (count - 1);
      int staff = (int) Math.round(Draws.logUniform(u, 10, 200));
      groups.add(employer(staff));
    }
    return groups;
  }

  private List<Transaction> employer(int staff) {
    Account employer = neighbourhood.freeCompany(random);
    Schedule schedule = Schedule.values()[random.nextInt(Schedule.values().length)];
    List<Account> employees =
        neighbourhood.distinctPersonsIn(employer.currency(), staff, employer, random);
    double monthlyMedian = Draws.logNormal(random, 3500, 0.3);
    double perRun =
        switch (schedule) {
          case MONTHLY -> 1.0;
          case BIWEEKLY -> 12.0 / 26;
          case SEMIMONTHLY -> 0.5;
        };
    double[] pay = new double[employees.size()];
    for (int e = 0; e < pay.length; e++) {
      pay[e] = monthlyMedian * Draws.logNormal(random, 1.0, 0.25) * perRun;
    }
    PaymentFormat format =
        Draws.chance(random, 0.9)
            ? PaymentFormat.ACH
            : Draws.chance(random, 0.5) ? PaymentFormat.WIRE : PaymentFormat.CHEQUE;
    LocalDate anchor = firstFriday().plusDays(random.nextBoolean() ? 0 : 7);
    List<Transaction> rows = new ArrayList<>();
    for (int day = 0; day < clock.days(); day++) {
      if (!isPayday(schedule, clock.date(day), anchor)) {
        continue;
      }
      int batch = day * Clock.MINUTES_PER_DAY + 30 + random.nextInt(5 * 60);
      for (int e = 0; e < employees.size(); e++) {
        double amount =
            Draws.chance(random, 0.2) ? pay[e] * Draws.uniform(random, 1.0, 1.08) : pay[e];
        int minute = batch + random.nextInt(90);
        rows.add(
            ledger.payUsd(minute, employer, employees.get(e), amount, format, Transaction.BENIGN));
      }
    }
    return rows;
  }

  private boolean isPayday(Schedule schedule, LocalDate date, LocalDate anchor) {
    return switch (schedule) {
      case MONTHLY -> date.equals(workday(date.withDayOfMonth(25)));
      case BIWEEKLY -> !date.isBefore(anchor) && ChronoUnit.DAYS.between(anchor, date) % 14 == 0;
      case SEMIMONTHLY ->
          date.equals(workday(date.withDayOfMonth(15)))
              || date.equals(workday(date.withDayOfMonth(date.lengthOfMonth())));
    };
  }

  private LocalDate firstFriday() {
    LocalDate day = Clock.FIRST_DAY;
    while (day.getDayOfWeek() != DayOfWeek.FRIDAY) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** The day itself, or the Friday before when it falls on a weekend. */
  private static LocalDate workday(LocalDate day) {
    return switch (day.getDayOfWeek()) {
      case SATURDAY -> day.minusDays(1);
      case SUNDAY -> day.minusDays(2);
      default -> day;
    };
  }
}
