package org.kuzet.engine.finintel.detect;

import java.util.List;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.Transaction;

/**
 * Graph features of each transaction, computed as the stream passes, in the spirit of IBM's Graph
 * Feature Preprocessor: windowed in- and out-degrees of both ends, fan counts, amount dispersion,
 * how usual the amount and timing are for each end and for payments of its kind, whether the pair
 * or the reverse pair has met before, and a short-cycle hint (the payee's money reached the payer
 * within the last days, over any number of hops, as a 64-bit sketch).
 *
 * <p>Every feature uses only what came before the transaction (and the transaction itself), so a
 * model trained on these features scores a live stream exactly as it scored its training file. The
 * names are part of the model file: a model trained on other features is refused.
 *
 * <p>Transactions must be offered in the engine's processing order (event time, then input order);
 * the in-process engine does so, which makes the features reproducible.
 */
public final class TransactionFeatures {
  /** Feature names in vector order; a model file lists the same names in the same order. */
  public static final List<String> NAMES =
      List.of(
          "log_amount",
          "format",
          "cross_currency",
          "same_bank",
          "self",
          "hour_of_day",
          "src_out_deg_1d",
          "src_out_deg_5d",
          "src_out_cnt_5d",
          "src_in_deg_1d",
          "src_in_deg_5d",
          "src_in_share_5d",
          "src_hours_since_in",
          "src_hours_since_out",
          "src_amount_z",
          "src_log_events",
          "src_age_days",
          "src_out_spread_5d",
          "src_upstream_bits",
          "dst_in_deg_1d",
          "dst_in_deg_5d",
          "dst_in_cnt_5d",
          "dst_out_deg_1d",
          "dst_out_deg_5d",
          "dst_hours_since_in",
          "dst_hours_since_out",
          "dst_amount_z",
          "dst_log_events",
          "dst_age_days",
          "dst_in_spread_5d",
          "dst_in_sum_ratio_5d",
          "repeat_pair",
          "reverse_pair",
          "cycle_hint",
          "format_amount_z",
          "round_amount");

  public static final int COUNT = NAMES.size();

  private static final long HOUR = 3_600_000L;
  private static final long DAY = 24 * HOUR;
  private static final long WINDOW = 5 * DAY;

  /** The upstream sketch holds who paid into an account over two such epochs (5 to 10 days). */
  private static final long EPOCH = 5 * DAY;

  private static final long IDLE = 11 * DAY;

  private final UnitRates units;
  private final AccountTable<State> accounts = new AccountTable<>();

  /** Running mean and variance of log amounts per payment type: the peers of a payment. */
  private final double[] typeMean = new double[16];

  private final double[] typeVar = new double[16];
  private final long[] typeCount = new long[16];
  private long lastSweep = Long.MIN_VALUE;

  public TransactionFeatures(Parameters.UnitValues units) {
    this.units = new UnitRates(units);
  }

  /** Accounts with feature state held now. */
  public int accounts() {
    return accounts.size();
  }

  /**
   * Writes the features of {@code tx} into {@code out} (length {@link #COUNT}), then records {@code
   * tx} in both ends' state. Missing values (no history yet) are NaN.
   */
  public void next(Transaction tx, float[] out) {
    long t = tx.epochMillis();
    double paid = tx.amountPaid().doubleValue();
    double usd = units.value(paid, tx.paymentCurrency());
    float la = (float) Math.log10(usd + 1);
    State s = state(tx.from(), t);
    State d = state(tx.to(), t);
    int srcHash = hash(tx.from());
    int dstHash = hash(tx.to());
    int type = tx.paymentType().ordinal();

    out[0] = la;
    out[1] = type;
    out[2] = tx.paymentCurrency().equals(tx.receivingCurrency()) ? 0 : 1;
    out[3] = tx.from().bank().equals(tx.to().bank()) ? 1 : 0;
    out[4] = s == d ? 1 : 0;
    out[5] = (float) ((t % DAY) / (double) HOUR);

    long dayAgo = t - DAY;
    long windowAgo = t - WINDOW;
    // One pass over each of the four recent-payment rings.
    s.out.scan(dayAgo, windowAgo);
    s.in.scan(dayAgo, windowAgo);
    d.in.scan(dayAgo, windowAgo);
    d.out.scan(dayAgo, windowAgo);
    long dst = bit(dstHash);
    long src = bit(srcHash);
    out[6] = Long.bitCount(s.out.bits1 | dst);
    out[7] = Long.bitCount(s.out.bits5 | dst);
    out[8] = s.out.count5 + 1;
    out[9] = Long.bitCount(s.in.bits1);
    out[10] = Long.bitCount(s.in.bits5);
    out[11] = s.in.sum5 > 0 ? (float) Math.min(10, usd / s.in.sum5) : Float.NaN;
    out[12] = hoursSince(t, s.in.last());
    out[13] = hoursSince(t, s.out.last());
    out[14] = s.out.z(la);
    out[15] = (float) Math.log1p(s.in.total + s.out.total);
    out[16] = (float) ((t - s.firstSeen) / (double) DAY);
    out[17] = s.out.spread(la);
    long upstream = s.upstream(t);
    out[18] = Long.bitCount(upstream);

    out[19] = Long.bitCount(d.in.bits1 | src);
    out[20] = Long.bitCount(d.in.bits5 | src);
    out[21] = d.in.count5 + 1;
    out[22] = Long.bitCount(d.out.bits1);
    out[23] = Long.bitCount(d.out.bits5);
    out[24] = hoursSince(t, d.in.last());
    out[25] = hoursSince(t, d.out.last());
    out[26] = d.in.z(la);
    out[27] = (float) Math.log1p(d.in.total + d.out.total);
    out[28] = (float) ((t - d.firstSeen) / (double) DAY);
    out[29] = d.in.spread(la);
    out[30] = (float) Math.log10((d.in.sum5 + usd + 1) / (usd + 1));
    out[31] = s.out.contains(dstHash) ? 1 : 0;
    out[32] = s.in.contains(dstHash) ? 1 : 0;
    out[33] = (upstream & dst) != 0 ? 1 : 0;
    long n = typeCount[type];
    out[34] =
        n < 30 ? Float.NaN : (float) ((la - typeMean[type]) / Math.sqrt(typeVar[type] / n + 1e-6));
    out[35] = paid >= 100 && paid % 100 == 0 ? 1 : 0;

    // Record the transaction at both ends (after computing: features use only the past).
    s.out.add(t, dstHash, la, usd);
    d.in.add(t, srcHash, la, usd);
    d.receive(t, src | upstream);
    n = ++typeCount[type];
    double delta = la - typeMean[type];
    typeMean[type] += delta / n;
    typeVar[type] += delta * (la - typeMean[type]);
    sweep(t);
  }

  private static float hoursSince(long now, long then) {
    return then == Long.MIN_VALUE ? Float.NaN : (float) Math.min(240, (now - then) / (double) HOUR);
  }

  private static int hash(AccountRef a) {
    int h = a.hashCode() * 0x9E3779B9;
    return h == 0 ? 1 : h;
  }

  private static long bit(int hash) {
    return 1L << (hash >>> 26);
  }

  private State state(AccountRef a, long t) {
    State s = accounts.get(a);
    if (s == null) {
      s = new State(t);
      accounts.add(a, s);
    }
    s.lastSeen = t;
    return s;
  }

  private void sweep(long t) {
    if (lastSweep == Long.MIN_VALUE) {
      lastSweep = t;
    } else if (t - lastSweep > DAY) {
      accounts.removeIf(s -> t - s.lastSeen > IDLE);
      lastSweep = t;
    }
  }

  /** One account: its recent payments each way and a sketch of whose money reached it. */
  static final class State {
    final Side in = new Side();
    final Side out = new Side();
    final long firstSeen;
    long lastSeen;
    long upstreamNow;
    long upstreamBefore;
    long epoch;

    State(long t) {
      firstSeen = t;
      lastSeen = t;
      epoch = t / EPOCH;
    }

    long upstream(long t) {
      roll(t);
      return upstreamNow | upstreamBefore;
    }

    void receive(long t, long bits) {
      roll(t);
      upstreamNow |= bits;
    }

    private void roll(long t) {
      long e = t / EPOCH;
      if (e != epoch) {
        upstreamBefore = e == epoch + 1 ? upstreamNow : 0;
        upstreamNow = 0;
        epoch = e;
      }
    }
  }

  /** The last 32 payments one way (time, counterparty hash, log amount) and usual amounts. */
  static final class Side {
    private static final int CAP = 32;
    final long[] time = new long[CAP];
    final int[] party = new int[CAP];
    final float[] amount = new float[CAP];
    final double[] value = new double[CAP];
    int size;
    int head;
    long total;
    double mean;
    double m2;

    void add(long t, int p, float la, double usd) {
      time[head] = t;
      party[head] = p;
      amount[head] = la;
      value[head] = usd;
      head = (head + 1) & (CAP - 1);
      if (size < CAP) {
        size++;
      }
      total++;
      double delta = la - mean;
      mean += delta / total;
      m2 += delta * (la - mean);
    }

    long last() {
      return size == 0 ? Long.MIN_VALUE : time[(head - 1) & (CAP - 1)];
    }

    // What the last scan found: counterparties (a 64-bit sketch) within a day and within the
    // window, payments and their value within the window, sums of log amounts for the spread.
    long bits1;
    long bits5;
    int count5;
    double sum5;
    double logSum5;
    double logSquares5;

    /** One pass back from the newest payment, stopping at the window's start. */
    void scan(long dayFrom, long windowFrom) {
      long b1 = 0;
      long b5 = 0;
      int c = 0;
      double sum = 0;
      double ls = 0;
      double lss = 0;
      for (int i = 1; i <= size; i++) {
        int j = (head - i) & (CAP - 1);
        long tj = time[j];
        if (tj < windowFrom) {
          break;
        }
        long b = bit(party[j]);
        b5 |= b;
        if (tj >= dayFrom) {
          b1 |= b;
        }
        c++;
        sum += value[j];
        float a = amount[j];
        ls += a;
        lss += (double) a * a;
      }
      bits1 = b1;
      bits5 = b5;
      count5 = c;
      sum5 = sum;
      logSum5 = ls;
      logSquares5 = lss;
    }

    /** Standard deviation of the log amounts of the last scan's window and {@code la}. */
    float spread(float la) {
      int n = count5 + 1;
      if (n < 2) {
        return Float.NaN;
      }
      double m = (logSum5 + la) / n;
      return (float) Math.sqrt(Math.max(0, (logSquares5 + (double) la * la) / n - m * m));
    }

    boolean contains(int p) {
      for (int i = 0; i < size; i++) {
        if (party[i] == p) {
          return true;
        }
      }
      return false;
    }

    /** How many usual spreads {@code la} lies from this side's usual log amount. */
    float z(float la) {
      if (total < 3) {
        return Float.NaN;
      }
      double sd = Math.sqrt(m2 / total) + 0.05;
      return (float) ((la - mean) / sd);
    }
  }
}
