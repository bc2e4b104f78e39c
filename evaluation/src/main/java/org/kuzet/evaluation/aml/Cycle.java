package org.kuzet.evaluation.aml;

import java.util.List;

/**
 * Money leaves an account and comes back to it through 1 to 11 others, 2 to 12 hops in all, each
 * hop after the one before (AMLSim's cycle, AMLworld's CYCLE).
 */
final class Cycle implements SchemeShape {

  @Override
  public Scheme build(SchemeKit kit) {
    int hops = Draws.intIn(kit.plan().size(), 2, 12);
    kit.openWindow(hops, 2 * hops);
    List<Account> ring = kit.accounts(hops);
    int[] minutes = kit.sequence(hops, kit.start(), kit.end());
    double amount = kit.amounts().around(1)[0];
    for (int i = 0; i < hops; i++) {
      Transaction row = kit.pay(minutes[i], ring.get(i), ring.get((i + 1) % hops), amount);
      amount = kit.amounts().onward(SchemeKit.receivedUsd(row));
    }
    return kit.finish("Max " + hops + " hops", Integer.toString(hops));
  }
}
