package org.kuzet.engine.finintel.synth;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.PaymentType;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.Typology;
import org.kuzet.engine.finintel.io.Label;

/**
 * Generates a month (or more) of bank transactions in time order: persons who shop by card, get
 * paid, pay rent and bills, save and send small remittances; shops that bank their cash takings and
 * pay suppliers; employers paid by clients who run a payroll; landlords; utilities. Among them it
 * plants laundering schemes of every typology, labelled with scheme id and typology.
 *
 * <p>The benign traffic includes the look-alikes each detector must not fire on: payroll fan-out,
 * card fan-in at shops, rent fan-in, cash takings, monthly transfers to savings, small remittances
 * to high-risk countries, households paying several utilities, payroll-day spikes. The same seed
 * and size always give the same transactions. Amounts are in USD, timestamps whole minutes (so the
 * output survives the IBM CSV format), ids count from 1 in output order.
 */
public final class SyntheticGenerator {

  /** Receives the transactions in time order with their labels. */
  public interface Sink {
    void accept(Transaction tx, Label label) throws IOException;
  }

  static final long START_MINUTE = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond() / 60;
  private static final int DAY = 24 * 60;
  private static final String[] BANKS = {
    "KZ01", "KZ02", "KZ03", "KZ04", "KZ05", "KZ06", "KZ07", "KZ08"
  };
  private static final String[] HIGH_RISK = {"IR", "KP", "MM"};

  private final GeneratorSettings settings;
  private final SplittableRandom rnd;
  private final int persons;
  private final int shops;
  private final int employers;
  private final int landlords;
  private final int utilities = 6;
  private final int velocityAccounts;
  private final int estimatedDays = 30;
  private final List<PlantedScheme> schemes = new ArrayList<>();
  private final PriorityQueue<Draft> queue = new PriorityQueue<>();
  private final List<List<Draft>> schemeDrafts = new ArrayList<>();
  private long serial;
  private long emitted;
  private final double[] salary;

  public SyntheticGenerator(GeneratorSettings settings) {
    this.settings = settings;
    this.rnd = new SplittableRandom(settings.seed());
    long perDay = settings.transactions() / estimatedDays;
    this.persons = (int) Math.max(500, perDay / 1.45);
    this.shops = Math.max(20, persons / 40);
    this.employers = Math.max(10, persons / 60);
    this.landlords = Math.max(10, persons / 40);
    this.velocityAccounts = settings.schemesPerTypology();
    this.salary = new double[persons];
    for (int p = 0; p < persons; p++) {
      salary[p] = round(1_500 + rnd.nextDouble() * 4_500);
    }
  }

  /** The schemes whose transactions were all generated, available after {@link #generate}. */
  public List<PlantedScheme> schemes() {
    return Collections.unmodifiableList(schemes);
  }

  private record Draft(
      long minute,
      long serial,
      AccountRef from,
      AccountRef to,
      double amount,
      PaymentType type,
      @Nullable String fromCountry,
      @Nullable String toCountry,
      @Nullable PlantedScheme scheme)
      implements Comparable<Draft> {
    @Override
    public int compareTo(Draft o) {
      int c = Long.compare(minute, o.minute);
      return c != 0 ? c : Long.compare(serial, o.serial);
    }
  }

  public void generate(Sink sink) throws IOException {
    planSchemes();
    List<PlantedScheme> all = new ArrayList<>(schemes);
    schemes.clear();
    int[] remaining = new int[all.size()];
    for (int i = 0; i < all.size(); i++) {
      remaining[i] = schemeDrafts.get(i).size();
    }
    Map<PlantedScheme, Integer> index = new IdentityHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      index.put(all.get(i), i);
    }
    for (int day = 0; emitted < settings.transactions(); day++) {
      benignDay(day);
      long end = START_MINUTE + (long) (day + 1) * DAY;
      while (!queue.isEmpty() && queue.peek().minute < end && emitted < settings.transactions()) {
        Draft d = queue.poll();
        emitted++;
        String id = Long.toString(emitted);
        BigDecimal a = BigDecimal.valueOf(d.amount).setScale(2, RoundingMode.HALF_EVEN);
        Transaction t =
            new Transaction(
                id,
                Instant.ofEpochSecond(d.minute * 60),
                d.from,
                d.to,
                a,
                "USD",
                a,
                "USD",
                d.type,
                d.fromCountry,
                d.toCountry);
        Label label = Label.BENIGN;
        if (d.scheme != null) {
          d.scheme.transactionIds().add(id);
          label = new Label(true, d.scheme.id(), d.scheme.typology().name());
          int i = Objects.requireNonNull(index.get(d.scheme)); // every planned scheme is indexed
          if (--remaining[i] == 0) {
            schemes.add(d.scheme);
          }
        }
        sink.accept(t, label);
      }
    }
  }

  // ---------------------------------------------------------------- benign traffic

  // One AccountRef per account, as a reader that interns accounts hands them out: the
  // transactions of one account share it instead of each carrying a fresh copy.
  private final Map<Integer, AccountRef> personRefs = new HashMap<>();
  private final Map<String, AccountRef> namedRefs = new HashMap<>();

  private AccountRef person(int p) {
    return personRefs.computeIfAbsent(
        p, k -> new AccountRef(BANKS[k % BANKS.length], String.format("P%07d", k)));
  }

  private AccountRef named(String prefix, int i) {
    return namedRefs.computeIfAbsent(
        prefix + i, k -> new AccountRef(BANKS[(i * 7 + prefix.length()) % BANKS.length], k));
  }

  private void add(
      long minute,
      AccountRef from,
      AccountRef to,
      double amount,
      PaymentType type,
      @Nullable String fromCountry,
      @Nullable String toCountry,
      @Nullable PlantedScheme s) {
    queue.add(
        new Draft(minute, serial++, from, to, round(amount), type, fromCountry, toCountry, s));
  }

  private void add(long minute, AccountRef from, AccountRef to, double amount, PaymentType type) {
    add(minute, from, to, amount, type, null, null, null);
  }

  private long at(int day, int fromHour, int toHour) {
    return START_MINUTE + (long) day * DAY + fromHour * 60L + rnd.nextInt((toHour - fromHour) * 60);
  }

  private double logNormal(double median, double sigma) {
    return median * Math.exp(sigma * gaussian());
  }

  private double gaussian() {
    double u = Math.max(1e-12, rnd.nextDouble());
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd.nextDouble());
  }

  private void benignDay(int day) {
    int dom = day % 30;
    for (int p = 0; p < persons; p++) {
      AccountRef me = person(p);
      int purchases = rnd.nextInt(100) < 35 ? 0 : (rnd.nextInt(100) < 60 ? 1 : 2);
      for (int k = 0; k < purchases; k++) {
        add(
            at(day, 8, 22),
            me,
            named("SHOP", rnd.nextInt(shops)),
            Math.max(1, logNormal(35, 0.9)),
            PaymentType.CARD);
      }
      if (rnd.nextInt(100) < 3) {
        add(
            at(day, 8, 23),
            me,
            person(rnd.nextInt(persons)),
            20 + rnd.nextDouble() * 780,
            PaymentType.WIRE);
      }
      if (dom == 1 && p % 3 == 0) {
        add(
            at(day, 7, 12),
            me,
            named("LANDLORD", p % landlords),
            700 + (p % 8) * 90,
            PaymentType.ACH);
      }
      if (dom == 5 + p % 4) {
        for (int u = 0; u < 3; u++) {
          add(
              at(day, 9, 20),
              me,
              named("UTILITY", (p + u) % utilities),
              30 + rnd.nextDouble() * 170,
              PaymentType.ACH);
        }
      }
      if (dom == 10 && p % 50 == 0) {
        add(
            at(day, 10, 18),
            me,
            named("FAMILY", p),
            100 + rnd.nextDouble() * 400,
            PaymentType.WIRE,
            null,
            HIGH_RISK[p % 3 == 0 ? 0 : 1 + p % 2],
            null);
      }
    }
    for (int e = 0; e < employers; e++) {
      AccountRef employer = named("EMPLOYER", e);
      int clients = 1 + rnd.nextInt(4);
      for (int k = 0; k < clients; k++) {
        add(
            at(day, 8, 18),
            named("CLIENT", rnd.nextInt(employers * 20)),
            employer,
            1_000 + rnd.nextDouble() * 9_000,
            PaymentType.WIRE);
      }
      if (day % 7 == e % 7) {
        add(
            at(day, 9, 17),
            employer,
            named("SUPPLIER", e % 97),
            2_000 + rnd.nextDouble() * 6_000,
            PaymentType.WIRE);
      }
    }
    if (dom == 24) {
      // Payroll: every employer pays its staff in one morning run.
      for (int p = 0; p < persons; p++) {
        long when = START_MINUTE + (long) day * DAY + 9 * 60 + (p % employers);
        add(when, named("EMPLOYER", p % employers), person(p), salary[p], PaymentType.ACH);
        if (p % 5 == 0) {
          // Savers move most of the salary to savings the same day, once a month.
          add(
              when + 60 + rnd.nextInt(300),
              person(p),
              named("SAVINGS", p),
              salary[p] * (0.8 + rnd.nextDouble() * 0.15),
              PaymentType.WIRE);
        }
      }
    }
    for (int s = 0; s < shops; s++) {
      AccountRef shop = named("SHOP", s);
      add(
          at(day, 19, 22),
          named("TILL", s),
          shop,
          Math.max(200, logNormal(6_000, 0.6)),
          PaymentType.CASH);
      if (day % 7 == s % 7) {
        add(
            at(day, 9, 17),
            shop,
            named("SUPPLIER", s % 97),
            5_000 + rnd.nextDouble() * 25_000,
            PaymentType.WIRE);
      }
    }
    for (int l = 0; l < landlords; l++) {
      if (dom == 4) {
        add(
            at(day, 9, 17),
            named("LANDLORD", l),
            named("MORTGAGE", l),
            (persons / 3.0 / landlords) * 1_000 * (0.4 + rnd.nextDouble() * 0.2),
            PaymentType.ACH);
      }
    }
    for (int v = 0; v < velocityAccounts; v++) {
      // Quiet accounts some of which a velocity scheme will later take over.
      AccountRef quiet = named("QUIET", v);
      add(
          at(day, 8, 12),
          person(rnd.nextInt(persons)),
          quiet,
          100 + rnd.nextDouble() * 200,
          PaymentType.WIRE);
      add(
          at(day, 13, 20),
          quiet,
          named("SHOP", rnd.nextInt(shops)),
          50 + rnd.nextDouble() * 200,
          PaymentType.CARD);
    }
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  // ---------------------------------------------------------------- planted schemes

  private void planSchemes() {
    int n = settings.schemesPerTypology();
    for (Typology t : Typology.values()) {
      if (t == Typology.LEARNED) {
        continue; // a way of finding, not a pattern one can plant
      }
      for (int j = 0; j < n; j++) {
        PlantedScheme s = new PlantedScheme(t.code() + "-" + j, t);
        int first = t == Typology.VELOCITY_CHANGE ? 16 : 1;
        int day = first + rnd.nextInt(estimatedDays - 3 - first);
        List<Draft> drafts = new ArrayList<>();
        plant(s, j, day, drafts);
        schemes.add(s);
        schemeDrafts.add(drafts);
        queue.addAll(drafts);
      }
    }
  }

  private AccountRef mule(PlantedScheme s, String role, int i) {
    return new AccountRef(
        BANKS[Math.floorMod((s.id() + role + i).hashCode(), BANKS.length)],
        "L" + s.id() + "-" + role + i);
  }

  private void plant(PlantedScheme s, int j, int day, List<Draft> out) {
    long t0 = START_MINUTE + (long) day * DAY + 8 * 60 + rnd.nextInt(6 * 60);
    switch (s.typology()) {
      case STRUCTURING -> {
        int k = 3 + rnd.nextInt(3);
        boolean onePayer = j % 2 == 1;
        for (int i = 0; i < k; i++) {
          AccountRef from = onePayer ? mule(s, "payer", 0) : mule(s, "smurf", i);
          AccountRef to = onePayer ? mule(s, "acct", i) : mule(s, "acct", 0);
          d(
              out,
              s,
              t0 + i * (300 + rnd.nextInt(900)),
              from,
              to,
              9_000 + rnd.nextDouble() * 990,
              PaymentType.CASH);
        }
      }
      case FAN_IN -> {
        int k = 5 + rnd.nextInt(4);
        double base = 3_000 + rnd.nextDouble() * 6_000;
        double sum = 0;
        long t = t0;
        for (int i = 0; i < k; i++) {
          double a = base * (0.95 + rnd.nextDouble() * 0.1);
          sum += a;
          t += 30 + rnd.nextInt(300);
          d(out, s, t, mule(s, "sender", i), mule(s, "collector", 0), a, PaymentType.WIRE);
        }
        d(
            out,
            s,
            t + 60 + rnd.nextInt(600),
            mule(s, "collector", 0),
            mule(s, "sink", 0),
            sum * (0.85 + rnd.nextDouble() * 0.1),
            PaymentType.WIRE);
      }
      case FAN_OUT -> {
        int k = 6 + rnd.nextInt(4);
        double total = 20_000 + rnd.nextDouble() * 60_000;
        d(out, s, t0, mule(s, "funder", 0), mule(s, "disperser", 0), total, PaymentType.WIRE);
        double share = total * (0.85 + rnd.nextDouble() * 0.1) / k;
        long t = t0;
        for (int i = 0; i < k; i++) {
          t += 20 + rnd.nextInt(240);
          d(
              out,
              s,
              t,
              mule(s, "disperser", 0),
              mule(s, "beneficiary", i),
              share * (0.97 + rnd.nextDouble() * 0.06),
              PaymentType.WIRE);
        }
      }
      case GATHER_SCATTER -> {
        int in = 4 + rnd.nextInt(3);
        int outN = 4 + rnd.nextInt(3);
        double base = 2_000 + rnd.nextDouble() * 5_000;
        double sum = 0;
        long t = t0;
        for (int i = 0; i < in; i++) {
          double a = base * (0.9 + rnd.nextDouble() * 0.2);
          sum += a;
          t += 20 + rnd.nextInt(240);
          d(out, s, t, mule(s, "sender", i), mule(s, "hub", 0), a, PaymentType.WIRE);
        }
        double share = sum * (0.88 + rnd.nextDouble() * 0.1) / outN;
        for (int i = 0; i < outN; i++) {
          t += 20 + rnd.nextInt(240);
          d(out, s, t, mule(s, "hub", 0), mule(s, "beneficiary", i), share, PaymentType.WIRE);
        }
      }
      case SCATTER_GATHER -> {
        int k = 3 + rnd.nextInt(3);
        double a = 3_000 + rnd.nextDouble() * 10_000;
        for (int i = 0; i < k; i++) {
          long t = t0 + i * (10 + rnd.nextInt(60));
          d(out, s, t, mule(s, "source", 0), mule(s, "via", i), a, PaymentType.WIRE);
          d(
              out,
              s,
              t + 60 + rnd.nextInt(1_200),
              mule(s, "via", i),
              mule(s, "target", 0),
              a * (0.92 + rnd.nextDouble() * 0.07),
              PaymentType.WIRE);
        }
      }
      case BIPARTITE -> {
        int sources = 3 + rnd.nextInt(2);
        int sinks = 3 + rnd.nextInt(3);
        double base = 2_000 + rnd.nextDouble() * 6_000;
        long t = t0;
        for (int a = 0; a < sources; a++) {
          for (int b = 0; b < sinks; b++) {
            t += 10 + rnd.nextInt(120);
            d(
                out,
                s,
                t,
                mule(s, "src", a),
                mule(s, "dst", b),
                base * (0.93 + rnd.nextDouble() * 0.14),
                PaymentType.WIRE);
          }
        }
      }
      case CYCLE -> {
        int k = 3 + rnd.nextInt(4);
        double a = 5_000 + rnd.nextDouble() * 45_000;
        long t = t0;
        for (int i = 0; i < k; i++) {
          d(out, s, t, mule(s, "node", i), mule(s, "node", (i + 1) % k), a, PaymentType.WIRE);
          a *= 0.9 + rnd.nextDouble() * 0.09;
          t += 60 + rnd.nextInt(11 * 60);
        }
      }
      case LAYERING_CHAIN -> {
        int k = 4 + rnd.nextInt(3);
        double a = 5_000 + rnd.nextDouble() * 45_000;
        long t = t0;
        for (int i = 0; i < k; i++) {
          d(out, s, t, mule(s, "hop", i), mule(s, "hop", i + 1), a, PaymentType.WIRE);
          a *= 0.93 + rnd.nextDouble() * 0.06;
          t += 60 + rnd.nextInt(11 * 60);
        }
      }
      case LAYERING_STACK -> {
        int paths = 2 + rnd.nextInt(2);
        double a = 5_000 + rnd.nextDouble() * 20_000;
        for (int pth = 0; pth < paths; pth++) {
          long t = t0 + pth * (10 + rnd.nextInt(120));
          double x = a;
          AccountRef prev = mule(s, "source", 0);
          for (int h = 0; h < 3; h++) {
            AccountRef next = h == 2 ? mule(s, "target", 0) : mule(s, "p" + pth + "h", h);
            d(out, s, t, prev, next, x, PaymentType.WIRE);
            x *= 0.95 + rnd.nextDouble() * 0.04;
            t += 60 + rnd.nextInt(8 * 60);
            prev = next;
          }
        }
      }
      case RAPID_PASS_THROUGH -> {
        int k = 3 + rnd.nextInt(3);
        long t = t0;
        for (int i = 0; i < k; i++) {
          double a = 2_000 + rnd.nextDouble() * 15_000;
          d(out, s, t, mule(s, "payer", i), mule(s, "mule", 0), a, PaymentType.WIRE);
          d(
              out,
              s,
              t + 60 + rnd.nextInt(11 * 60),
              mule(s, "mule", 0),
              mule(s, "payee", i),
              a * (0.9 + rnd.nextDouble() * 0.09),
              PaymentType.WIRE);
          t += 12 * 60 + rnd.nextInt(24 * 60);
        }
      }
      case VELOCITY_CHANGE -> {
        AccountRef quiet = named("QUIET", j % velocityAccounts);
        int k = 8 + rnd.nextInt(5);
        long t = t0 - 8 * 60 + 60;
        for (int i = 0; i < k; i++) {
          t += 10 + rnd.nextInt(40);
          d(out, s, t, mule(s, "in", i), quiet, 1_000 + rnd.nextDouble() * 2_000, PaymentType.WIRE);
          d(
              out,
              s,
              t + 5 + rnd.nextInt(20),
              quiet,
              mule(s, "out", i),
              800 + rnd.nextDouble() * 1_600,
              PaymentType.WIRE);
        }
      }
      case HIGH_RISK_JURISDICTION -> {
        int k = 1 + rnd.nextInt(3);
        String c = HIGH_RISK[j % HIGH_RISK.length];
        boolean outgoing = j % 2 == 0;
        for (int i = 0; i < k; i++) {
          double a = 12_000.0 / k + rnd.nextDouble() * 20_000;
          long t = t0 + i * (60 + rnd.nextInt(24 * 60));
          if (outgoing) {
            out.add(
                new Draft(
                    t,
                    serial++,
                    mule(s, "local", 0),
                    mule(s, "foreign", i),
                    round(a),
                    PaymentType.WIRE,
                    null,
                    c,
                    s));
          } else {
            out.add(
                new Draft(
                    t,
                    serial++,
                    mule(s, "foreign", i),
                    mule(s, "local", 0),
                    round(a),
                    PaymentType.WIRE,
                    c,
                    null,
                    s));
          }
        }
      }
      default -> throw new IllegalStateException("no plan for " + s.typology());
    }
  }

  private void d(
      List<Draft> out,
      PlantedScheme s,
      long minute,
      AccountRef from,
      AccountRef to,
      double amount,
      PaymentType type) {
    out.add(new Draft(minute, serial++, from, to, round(amount), type, null, null, s));
  }
}
