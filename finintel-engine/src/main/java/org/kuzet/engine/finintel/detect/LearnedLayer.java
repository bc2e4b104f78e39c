package org.kuzet.engine.finintel.detect;

import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.Alert;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.Typology;

/**
 * The learned layer beside the rules: every transaction gets its {@link TransactionFeatures} and
 * the model's laundering probability. A transaction at or above the model's threshold raises a
 * {@link Typology#LEARNED} alert whose evidence is that payment and the other flagged payments of
 * its two accounts within the last five days (a fan, a pass-through, a layer seen so far); its
 * score is the probability, its reason names the figures that decided it. A rule alert's score
 * becomes the mean of the rule's score and the highest probability among its evidence, so rule and
 * model findings rank in one queue and the model can lower a rule finding it finds ordinary; a rule
 * alert none of whose payments reaches {@code ruleFloor} is set aside (counted, not raised): the
 * model finds every payment in it ordinary.
 */
public final class LearnedLayer {
  /**
   * Default rule floor: a rule alert all of whose payments the model gives under 5 % is set aside.
   */
  public static final double DEFAULT_RULE_FLOOR = 0.05;

  /** Without a rule floor, probabilities below this are not remembered (counted as zero). */
  private static final double REMEMBER = 0.01;

  private static final long WINDOW = 5 * 86_400_000L;
  private static final int FLAGGED_PER_ACCOUNT = 32;

  private final LaunderingModel model;
  private final TransactionFeatures features;
  private final long horizon;
  private final double ruleFloor;

  /** Below the rule floor a probability changes nothing, so it need not be remembered. */
  private final double remember;

  private final float[] x = new float[TransactionFeatures.COUNT];
  private final Map<String, Float> remembered = new HashMap<>();
  private final ArrayDeque<Remembered> byTime = new ArrayDeque<>();
  private final Map<AccountRef, ArrayDeque<Flagged>> flagged = new HashMap<>();
  private long scored;
  private long raised;
  private long setAside;

  private record Remembered(long time, String id) {}

  private record Flagged(long time, Transaction tx) {}

  /**
   * {@code horizon}: how long after a payment a rule alert may still name it; {@code ruleFloor}:
   * the probability at least one payment of a rule alert must reach for it to be raised (0 keeps
   * them all).
   */
  public LearnedLayer(
      LaunderingModel model, Parameters.UnitValues units, long horizon, double ruleFloor) {
    if (!(ruleFloor >= 0 && ruleFloor < 1)) {
      throw new IllegalArgumentException("rule floor must be in [0, 1): " + ruleFloor);
    }
    this.ruleFloor = ruleFloor;
    this.remember = ruleFloor > 0 ? ruleFloor : REMEMBER;
    this.model = model;
    this.features = new TransactionFeatures(units);
    this.horizon = horizon;
  }

  /** Scores the next transaction in processing order; raises a learned alert when flagged. */
  public void score(Transaction tx, StageOutput out) {
    features.next(tx, x);
    double p = model.probability(x);
    scored++;
    long t = tx.epochMillis();
    forget(t);
    if (p >= remember) {
      remembered.put(tx.id(), (float) p);
      byTime.add(new Remembered(t, tx.id()));
    }
    if (p >= model.threshold()) {
      raise(tx, t, p, out);
    }
  }

  private void raise(Transaction tx, long t, double p, StageOutput out) {
    Set<AccountRef> accounts = new LinkedHashSet<>();
    List<String> ids = new ArrayList<>();
    accounts.add(tx.from());
    accounts.add(tx.to());
    ids.add(tx.id());
    int others = 0;
    for (AccountRef a : new AccountRef[] {tx.from(), tx.to()}) {
      ArrayDeque<Flagged> q = flagged.get(a);
      if (q == null) {
        continue;
      }
      for (Flagged f : q) {
        if (f.time >= t - WINDOW && !ids.contains(f.tx.id())) {
          ids.add(f.tx.id());
          accounts.add(f.tx.from());
          accounts.add(f.tx.to());
          others++;
        }
      }
    }
    for (AccountRef a : new AccountRef[] {tx.from(), tx.to()}) {
      ArrayDeque<Flagged> q = flagged.computeIfAbsent(a, k -> new ArrayDeque<>());
      while (!q.isEmpty() && (q.size() >= FLAGGED_PER_ACCOUNT || q.peekFirst().time < t - WINDOW)) {
        q.pollFirst();
      }
      q.addLast(new Flagged(t, tx));
    }
    raised++;
    out.alert(
        Alert.of(
            Typology.LEARNED,
            p,
            new ArrayList<>(accounts),
            ids,
            Instant.ofEpochMilli(t),
            reason(tx, p, others)));
  }

  private String reason(Transaction tx, double p, int others) {
    double[] g = model.decidingGain(x);
    StringBuilder why = new StringBuilder();
    for (int k = 0; k < 3; k++) {
      int best = -1;
      for (int f = 0; f < g.length; f++) {
        if (g[f] > 0 && (best < 0 || g[f] > g[best])) {
          best = f;
        }
      }
      if (best < 0) {
        break;
      }
      why.append(k == 0 ? "" : ", ")
          .append(TransactionFeatures.NAMES.get(best))
          .append(" = ")
          .append(Float.isNaN(x[best]) ? "none" : String.format(Locale.ROOT, "%.2f", x[best]));
      g[best] = 0;
    }
    return String.format(
        Locale.ROOT,
        "learned model scored payment %s (%s -> %s, %s %s by %s) %.3f, at or above its threshold "
            + "%.3f; the figures that decided it most: %s%s",
        tx.id(),
        tx.from().key(),
        tx.to().key(),
        tx.amountPaid().setScale(2, RoundingMode.HALF_UP).toPlainString(),
        tx.paymentCurrency(),
        tx.paymentType().name().toLowerCase(Locale.ROOT),
        p,
        model.threshold(),
        why,
        others == 0
            ? ""
            : "; with " + others + " more flagged payments of these accounts within " + "5 days");
  }

  /**
   * A rule alert re-scored: the mean of its score and the strongest evidence probability; null when
   * that probability is below the rule floor.
   */
  public @Nullable Alert combine(Alert a) {
    double best = 0;
    for (String id : a.transactionIds()) {
      Float p = remembered.get(id);
      if (p != null && p > best) {
        best = p;
      }
    }
    if (best < ruleFloor) {
      setAside++;
      return null;
    }
    double s = Math.max(0.01, (a.score() + best) / 2);
    return new Alert(
        a.id(),
        a.typology(),
        s,
        a.accounts(),
        a.transactionIds(),
        a.detectedAt(),
        a.reason()
            + String.format(
                Locale.ROOT,
                "; rule score %.3f, learned model %.3f for its strongest payment",
                a.score(),
                best));
  }

  private void forget(long t) {
    while (!byTime.isEmpty() && byTime.peekFirst().time < t - horizon) {
      remembered.remove(byTime.pollFirst().id);
    }
    if (flagged.size() > 4096 && (scored & 0xFFFF) == 0) {
      flagged.values().removeIf(q -> q.isEmpty() || q.peekLast().time < t - WINDOW);
    }
  }

  public long scored() {
    return scored;
  }

  public long raised() {
    return raised;
  }

  /** Rule alerts not raised because the model found every payment in them ordinary. */
  public long setAside() {
    return setAside;
  }
}
