package org.kuzet.engine.finintel.eval;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.Alert;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.Typology;
import org.kuzet.engine.finintel.io.Label;

/**
 * Scores alerts against per-transaction labels (IBM's {@code Is Laundering}, AMLSim's {@code
 * is_sar}). A transaction is predicted when it is evidence of an alert; an account when it is
 * named by one; an account is truly involved when it sends or receives a laundering transaction.
 * Per typology, the alerts of that typology alone are scored against all labels, so their recall
 * shows how much of the laundering that typology finds. Memory holds only positives.
 */
public final class LabelledEvaluation {
  private final Set<String> positiveTx = new HashSet<>();
  private final Set<AccountRef> positiveAccounts = new HashSet<>();
  private final Set<String> predictedTx = new HashSet<>();
  private final Set<AccountRef> predictedAccounts = new HashSet<>();
  private final Map<Typology, Set<String>> txByTypology = new EnumMap<>(Typology.class);
  private final Map<Typology, Set<AccountRef>> accountsByTypology = new EnumMap<>(Typology.class);
  private long transactions;

  /** Records one transaction and its label (null label counts as benign). */
  public void transaction(Transaction t, Label label) {
    transactions++;
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
