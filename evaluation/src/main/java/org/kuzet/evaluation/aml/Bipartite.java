package org.kuzet.evaluation.aml;

import java.util.List;

/**
 * Several accounts pay several others (AMLSim's bipartite, AMLworld's BIPARTITE): 2 to 10 senders
 * and, independently, 2 to 10 receivers, with 40% to all of the possible pairs paying.
 */
final class Bipartite implements SchemeShape {

  @Override
  public Scheme build(SchemeKit kit) {
    int senders = Draws.intIn(kit.plan().size(), 2, 10);
    int receivers = Draws.intIn(kit.plan().extra(), 2, 10);
    List<int[]> edges =
        BipartiteEdges.between(
            senders, receivers, Draws.uniform(kit.random(), 0.4, 1.0), kit.random());
    kit.openWindow(edges.size() / 2 + 1, 5);
    List<Account> from = kit.accounts(senders);
    List<Account> to = kit.accounts(receivers);
    int[] minutes = kit.scattered(edges.size(), kit.start(), kit.end());
    double[] amounts = kit.amounts().around(edges.size());
    for (int e = 0; e < edges.size(); e++) {
      int[] edge = edges.get(e);
      kit.pay(minutes[e], from.get(edge[0]), to.get(edge[1]), amounts[e]);
    }
    return kit.finish("", senders + ">" + receivers);
  }
}
