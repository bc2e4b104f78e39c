package org.kuzet.evaluation.aml;

import java.util.ArrayList;
import java.util.List;

/**
 * Money passed along intermediaries, 3 to 10 hops on its longest path (AMLSim's random typology,
 * AMLworld's RANDOM). Half the schemes are plain chains; in the other half some intermediaries also
 * send part of what they received down side branches of one or two hops, which makes a tree.
 */
final class RandomWalk implements SchemeShape {

  @Override
  public Scheme build(SchemeKit kit) {
    int hops = Draws.intIn(kit.plan().size(), 3, 10);
    boolean tree = kit.plan().extra() >= 0.5;
    kit.openWindow(hops + 2, 2 * hops);
    List<Account> path = kit.accounts(hops + 1);
    int[] minutes = kit.sequence(hops, kit.start(), kit.at(tree ? 0.85 : 1.0));
    List<Double> receivedUsd = new ArrayList<>();
    double amount = kit.amounts().around(1)[0];
    for (int i = 0; i < hops; i++) {
      Transaction row = kit.pay(minutes[i], path.get(i), path.get(i + 1), amount);
      receivedUsd.add(SchemeKit.receivedUsd(row));
      amount = kit.amounts().onward(receivedUsd.get(i));
    }
    if (tree) {
      int branches = 1 + kit.random().nextInt(3);
      for (int b = 0; b < branches; b++) {
        int node = 1 + kit.random().nextInt(hops - 1);
        branch(kit, path.get(node), minutes[node - 1], receivedUsd.get(node - 1));
      }
    }
    return kit.finish("Max " + hops + " hops", Integer.toString(hops));
  }

  /** A side branch of one or two hops from an intermediary, after it was paid. */
  private static void branch(SchemeKit kit, Account from, int paidAt, double receivedUsd) {
    int length = 1 + kit.random().nextInt(2);
    int[] minutes = kit.sequence(length, paidAt + 1, Math.max(paidAt + 1, kit.end()));
    double amount = receivedUsd * Draws.uniform(kit.random(), 0.2, 0.5);
    Account payer = from;
    for (int i = 0; i < length; i++) {
      Account payee = kit.account();
      Transaction row = kit.pay(minutes[i], payer, payee, amount);
      amount = kit.amounts().onward(SchemeKit.receivedUsd(row));
      payer = payee;
    }
  }
}
