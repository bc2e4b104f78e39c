package org.kuzet.engine.finintel.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.Alert;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.Typology;
import org.kuzet.engine.finintel.io.Label;

/**
 * Scores alerts against per-transaction labels (IBM's {@code Is Laundering}, AMLSim's {@code
 * is_sar}). A transaction is predicted when it is evidence of an alert; an account when it is named
 * by one; an account is truly involved when it sends or receives a laundering transaction. Per
 * typology, the alerts of that typology alone are scored against all labels, so their recall shows
 * how much of the laundering that typology finds. Memory holds only positives.
 */
public final class LabelledEvaluation {
  private final Set<String> positiveTx = new HashSet<>();
  private final Set<AccountRef> positiveAccounts = new HashSet<>();
  private final Set<String> predictedTx = new HashSet<>();
  private final Set<AccountRef> predictedAccounts = new HashSet<>();
  private final Map<Typology, Set<String>> txByTypology = new EnumMap<>(Typology.class);
  private final Map<Typology, Set<AccountRef>> accountsByTypology = new EnumMap<>(Typology.class);
  private final Set<AccountRef> accounts = new HashSet<>();
  private final Map<AccountRef, Double> accountScore = new HashMap<>();
  private long transactions;

  /** Records one transaction and its label (null label counts as benign). */
  public void transaction(Transaction t, @Nullable Label label) {
    transactions++;
    accounts.add(t.from());
    accounts.add(t.to());
    if (label != null && label.laundering()) {
      positiveTx.add(t.id());
      positiveAccounts.add(t.from());
      positiveAccounts.add(t.to());
    }
  }

  public void alert(Alert a) {
    predictedTx.addAll(a.transactionIds());
    predictedAccounts.addAll(a.accounts());
    txByTypology.computeIfAbsent(a.typology(), k -> new HashSet<>()).addAll(a.transactionIds());
    accountsByTypology.computeIfAbsent(a.typology(), k -> new HashSet<>()).addAll(a.accounts());
    for (AccountRef r : a.accounts()) {
      accountScore.merge(r, a.score(), Math::max);
    }
  }

  /**
   * What an investigator working the queue from the top finds when there is time for {@code
   * fraction} of all accounts: the accounts ranked by their highest alert score (ties by key, so
   * the figure is reproducible), the first {@code ceil(fraction × accounts)} of them taken.
   */
  public Budget budget(double fraction) {
    int k = (int) Math.ceil(fraction * accounts.size());
    List<Map.Entry<AccountRef, Double>> ranked = new ArrayList<>(accountScore.entrySet());
    ranked.sort(
        Map.Entry.<AccountRef, Double>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    int taken = Math.min(k, ranked.size());
    long tp = 0;
    for (int i = 0; i < taken; i++) {
      if (positiveAccounts.contains(ranked.get(i).getKey())) {
        tp++;
      }
    }
    return new Budget(fraction, k, taken, tp, positiveAccounts.size());
  }

  /**
   * The top {@code k} accounts (of which {@code taken} had an alert at all): {@code tp} of them
   * truly involved, out of {@code positives}.
   */
  public record Budget(double fraction, int k, int taken, long tp, long positives) {
    public double precision() {
      return taken == 0 ? 0 : (double) tp / taken;
    }

    public double recall() {
      return positives == 0 ? 0 : (double) tp / positives;
    }
  }

  public int accounts() {
    return accounts.size();
  }

  /** Ids of every transaction that is evidence of some alert. */
  public Set<String> covered() {
    return predictedTx;
  }

  public long transactions() {
    return transactions;
  }

  public long positives() {
    return positiveTx.size();
  }

  public Score byTransaction() {
    return score(predictedTx, positiveTx);
  }

  public Score byAccount() {
    return score(predictedAccounts, positiveAccounts);
  }

  public Map<Typology, Score[]> byTypology() {
    Map<Typology, Score[]> out = new LinkedHashMap<>();
    for (Typology t : Typology.values()) {
      Set<String> tx = txByTypology.getOrDefault(t, Set.of());
      Set<AccountRef> ac = accountsByTypology.getOrDefault(t, Set.of());
      out.put(t, new Score[] {score(tx, positiveTx), score(ac, positiveAccounts)});
    }
    return out;
  }

  private static <T> Score score(Set<T> predicted, Set<T> positive) {
    long tp = 0;
    for (T x : predicted) {
      if (positive.contains(x)) {
        tp++;
      }
    }
    return new Score(tp, predicted.size() - tp, positive.size() - tp);
  }
}
