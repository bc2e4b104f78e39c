package org.kuzet.engine.finintel.detect;

import java.io.Serializable;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kuzet.engine.finintel.PaymentType;

/** The configurable parameters of every detector, one record each, with documented defaults. */
public final class Parameters {
  private Parameters() {}

  static void positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + d);
    }
  }

  static void atLeast(double v, double min, String name) {
    if (!(v >= min)) {
      throw new IllegalArgumentException(name + " must be at least " + min + ": " + v);
    }
  }

  /**
   * Structuring: at least {@code minDeposits} payments of a type in {@code types} within {@code
   * window}, into one account or from one payer to at least two accounts, none reaching the
   * threshold: either each in [threshold × (1 − margin), threshold) and at least {@code
   * minNearShare} of the account's payments of those types, or together passing the threshold.
   * Takings look alike but cross the threshold now and then, which nobody structuring does.
   */
  public record Structuring(
      double threshold,
      double margin,
      int minDeposits,
      Duration window,
      double minNearShare,
      Set<PaymentType> types)
      implements Serializable {
    public Structuring {
      atLeast(threshold, 1, "threshold");
      if (!(margin > 0 && margin < 1)) {
        throw new IllegalArgumentException("margin must be in (0,1): " + margin);
      }
      atLeast(minDeposits, 2, "minDeposits");
      positive(window, "window");
      types = Set.copyOf(types);
    }

    public static Structuring defaults() {
      return new Structuring(10_000, 0.10, 3, Duration.ofDays(10), 0.6, Set.of(PaymentType.CASH));
    }
  }

  /**
   * Fan-in: at least {@code minSenders} distinct senders within {@code window}, amounts alike
   * (coefficient of variation at most {@code maxAmountCv}), and the collected money moving on to at
   * most {@code maxOnwardBeneficiaries} accounts (share at least {@code minOnwardShare}). Shops fan
   * in too, but by card, with varied amounts, and keep the money: card payments are ignored and
   * onward movement is required.
   */
  public record FanIn(
      int minSenders,
      Duration window,
      double maxAmountCv,
      double minOnwardShare,
      int maxOnwardBeneficiaries,
      double minAmount)
      implements Serializable {
    public FanIn {
      atLeast(minSenders, 2, "minSenders");
      positive(window, "window");
    }

    public static FanIn defaults() {
      return new FanIn(5, Duration.ofDays(3), 0.12, 0.7, 2, 500);
    }
  }

  /**
   * Fan-out: at least {@code minBeneficiaries} distinct beneficiaries within {@code window}, the
   * outflow funded (at least {@code minFundedShare}) by money received within the window from at
   * most {@code maxFundingSources} senders who also sent that share of all the account received,
   * and at least {@code minDispersedShare} of that money paid out again. Payroll fans out too, but
   * is funded by many customers over time, not by one deposit just before; a business paying
   * suppliers spends a part of what came in.
   */
  public record FanOut(
      int minBeneficiaries,
      Duration window,
      int maxFundingSources,
      double minFundedShare,
      double minDispersedShare,
      double minAmount)
      implements Serializable {
    public FanOut {
      atLeast(minBeneficiaries, 2, "minBeneficiaries");
      positive(window, "window");
    }

    public static FanOut defaults() {
      return new FanOut(5, Duration.ofDays(3), 1, 0.7, 0.7, 500);
    }
  }

  /**
   * Gather-scatter: within {@code window} at least {@code minSenders} distinct senders in and
   * {@code minBeneficiaries} distinct beneficiaries out, the outflow between {@code minBalance} and
   * {@code maxBalance} of the inflow, the incoming amounts alike (coefficient of variation at most
   * {@code maxInAmountCv}). A business gathers and scatters too, but its clients pay what their
   * invoices say, and its payroll has nothing to do with the last days' takings.
   */
  public record GatherScatter(
      int minSenders,
      int minBeneficiaries,
      Duration window,
      double minBalance,
      double maxBalance,
      double maxInAmountCv,
      double minAmount)
      implements Serializable {
    public GatherScatter {
      atLeast(minSenders, 2, "minSenders");
      atLeast(minBeneficiaries, 2, "minBeneficiaries");
      positive(window, "window");
    }

    public static GatherScatter defaults() {
      return new GatherScatter(4, 4, Duration.ofDays(2), 0.8, 1.05, 0.2, 500);
    }
  }

  /**
   * Rapid pass-through: an incoming payment of at least {@code minAmount} followed within {@code
   * maxDelay} by an outgoing one of {@code minShare}..{@code maxShare} of it; at least {@code
   * minEpisodes} such episodes within {@code window}, making up at least {@code minOutflowShare} of
   * what left the account. Someone moving a salary to savings does it once a month, a mule several
   * times a week; an employer whose salary payments happen to match client payments makes many more
   * payments besides.
   */
  public record PassThrough(
      Duration maxDelay,
      double minShare,
      double maxShare,
      double minAmount,
      int minEpisodes,
      double minOutflowShare,
      Duration window)
      implements Serializable {
    public PassThrough {
      positive(maxDelay, "maxDelay");
      positive(window, "window");
      atLeast(minEpisodes, 1, "minEpisodes");
    }

    public static PassThrough defaults() {
      return new PassThrough(Duration.ofHours(24), 0.85, 1.0, 1000, 3, 0.5, Duration.ofDays(7));
    }
  }

  /**
   * Velocity change: on one day at least {@code minDailyTransactions} transactions and both inflow
   * and outflow at least {@code factor} times the daily mean of the previous {@code historyDays}
   * days, of which at least {@code minActiveDays} had activity. An employer's payroll day
   * multiplies the outflow only; a reactivated mule both.
   */
  public record Velocity(
      int historyDays, int minActiveDays, double factor, int minDailyTransactions)
      implements Serializable {
    public Velocity {
      atLeast(historyDays, 2, "historyDays");
      atLeast(minActiveDays, 1, "minActiveDays");
      atLeast(factor, 1, "factor");
    }

    public static Velocity defaults() {
      return new Velocity(14, 5, 5.0, 8);
    }
  }

  /**
   * High-risk jurisdictions: payments to or from {@code countries} adding up to at least {@code
   * minTotal} per account within {@code window} (small family remittances stay below). Countries
   * come from the transaction or, for formats without them, from {@code bankCountries}.
   */
  public record HighRisk(
      Set<String> countries, double minTotal, Duration window, Map<String, String> bankCountries)
      implements Serializable {
    public HighRisk {
      countries = Set.copyOf(countries);
      bankCountries = Map.copyOf(bankCountries);
      positive(window, "window");
    }

    /** FATF's "call for action" list (February 2025): DPRK, Iran, Myanmar. */
    public static HighRisk defaults() {
      return new HighRisk(Set.of("KP", "IR", "MM"), 10_000, Duration.ofDays(7), Map.of());
    }
  }

  /**
   * Bipartite: at least {@code minSources} senders, each paying at least {@code minSinks}
   * beneficiaries (at most {@code maxSinks}, so payroll is out) of alike amounts (coefficient of
   * variation at most {@code maxAmountCv}, each at least {@code minAmount}) within {@code window},
   * pay one beneficiary alike amounts too. Households pay several utilities, but small bills;
   * clients of several firms pay each what its invoice says.
   */
  public record Bipartite(
      int minSources,
      int minSinks,
      int maxSinks,
      Duration window,
      double maxAmountCv,
      double minAmount)
      implements Serializable {
    public Bipartite {
      atLeast(minSources, 2, "minSources");
      atLeast(minSinks, 2, "minSinks");
      positive(window, "window");
    }

    public static Bipartite defaults() {
      return new Bipartite(3, 3, 12, Duration.ofDays(3), 0.2, 1000);
    }
  }

  /**
   * What one unit of each currency is worth in the currency the amount parameters are written in
   * (US dollars by default, at September 2022 rates), so that a minimum amount or a reporting
   * threshold means the same in yen, pounds or bitcoin. A currency not listed is taken at face
   * value.
   */
  public record UnitValues(Map<String, Double> perUnit) implements Serializable {
    public UnitValues {
      perUnit = Map.copyOf(perUnit);
    }

    public static UnitValues defaults() {
      return new UnitValues(
          Map.ofEntries(
              Map.entry("USD", 1.0),
              Map.entry("EUR", 1.0),
              Map.entry("GBP", 1.14),
              Map.entry("CHF", 1.03),
              Map.entry("CAD", 0.76),
              Map.entry("AUD", 0.68),
              Map.entry("JPY", 0.0070),
              Map.entry("CNY", 0.144),
              Map.entry("INR", 0.0125),
              Map.entry("RUB", 0.0165),
              Map.entry("ILS", 0.29),
              Map.entry("SAR", 0.266),
              Map.entry("MXN", 0.050),
              Map.entry("BRL", 0.19),
              Map.entry("XBT", 20_000.0)));
    }

    /** The amount in the parameters' currency. */
    public double value(double amount, String currency) {
      Double v = perUnit.get(currency);
      return v == null ? amount : amount * v;
    }
  }

  /**
   * Fan-in and fan-out against the account's own history: at least {@code minCounterparties}
   * distinct counterparties (payments of at least {@code minAmount}) within a window ending now of
   * at most {@code window}, where the account's usual rate makes that count a chance of at most
   * 10^-{@code minSurprise}. The usual rate is its payment count fading with {@code halfLife}, over
   * the time it has been watched (as sure as {@code maxShape} payments at most, for activity varies
   * from day to day), blended with {@code priorPerDay} weighted as {@code priorWeight} of history;
   * a window is never taken shorter than {@code minSpan}, and is judged only when the account was
   * watched at least {@code minHistory} before it. A finding fires again when its degree grows by
   * {@code regrowth}. Only first contacts count: counterparties the account dealt with before the
   * window (up to {@code maxContacts} relations, each remembered while used within {@code
   * contactHorizon}) are ordinary life. A window with less than {@code minHistory} before it is
   * judged on the prior alone, counting only payments of at least {@code largeAmount}.
   */
  public record Burst(
      int minCounterparties,
      Duration window,
      Duration minSpan,
      Duration minHistory,
      double minSurprise,
      double priorPerDay,
      Duration priorWeight,
      Duration halfLife,
      double maxShape,
      double minAmount,
      double regrowth,
      int maxContacts,
      Duration contactHorizon,
      double largeAmount)
      implements Serializable {
    public Burst {
      atLeast(minCounterparties, 2, "minCounterparties");
      positive(window, "window");
      positive(minSpan, "minSpan");
      positive(minHistory, "minHistory");
      positive(priorWeight, "priorWeight");
      positive(halfLife, "halfLife");
      atLeast(priorPerDay, 0.0001, "priorPerDay");
      atLeast(regrowth, 1, "regrowth");
    }

    public static Burst defaults() {
      return new Burst(
          4,
          Duration.ofDays(5),
          Duration.ofDays(1),
          Duration.ofDays(2),
          4,
          1.0,
          Duration.ofDays(2),
          Duration.ofDays(14),
          8,
          0,
          1.25,
          1024,
          Duration.ofDays(45),
          3_000);
    }
  }

  /**
   * Money trails, the base of cycles, chains, scatter-gather and stacks: a hop extends a trail when
   * it leaves the account at most {@code maxHopGap} after the money arrived, in the same currency,
   * carrying {@code minRatio}..{@code maxRatio} of it and at least {@code minAmount}; the whole
   * trail lies within {@code window}, has at most {@code maxLength} hops and visits no account
   * twice (except the start, which closes a cycle). A trail starts only with an arrival at least
   * {@code minUnusual} spreads above the receiving account's usual arrivals (log scale; an account
   * with little history is taken to receive about {@code usualAmount}). Each account keeps at most
   * {@code maxTrailsPerAccount} trails per length, so state stays bounded. Ordinary payments rarely
   * pass most of what arrived on within hours, hop after hop.
   */
  public record Trails(
      Duration maxHopGap,
      Duration window,
      double minRatio,
      double maxRatio,
      double minAmount,
      int maxLength,
      int maxTrailsPerAccount,
      int minCycleLength,
      int minChainLength,
      int minScatterIntermediates,
      int minStackPaths,
      double minUnusual,
      double usualAmount)
      implements Serializable {
    public Trails {
      positive(maxHopGap, "maxHopGap");
      positive(window, "window");
      if (maxLength < 2 || maxLength > 8) {
        throw new IllegalArgumentException("maxLength must be in 2..8: " + maxLength);
      }
      if (minCycleLength < 2 || minCycleLength > maxLength) {
        throw new IllegalArgumentException("minCycleLength must be in 2..maxLength");
      }
      if (minChainLength < 2 || minChainLength > maxLength) {
        throw new IllegalArgumentException("minChainLength must be in 2..maxLength");
      }
      atLeast(maxTrailsPerAccount, 1, "maxTrailsPerAccount");
      atLeast(minScatterIntermediates, 2, "minScatterIntermediates");
      atLeast(minStackPaths, 2, "minStackPaths");
    }

    public static Trails defaults() {
      return new Trails(
          Duration.ofDays(5), Duration.ofDays(10), 0.85, 1.0, 100, 6, 16, 2, 4, 3, 2, 1.0, 300);
    }
  }
}
