package org.kuzet.evaluation.aml;

import java.util.List;

/**
 * Many accounts pay one, which then pays many others (AMLSim's gather-scatter, AMLworld's
 * GATHER-SCATTER): 2 to 16 in and, independently, 2 to 16 out. The hub keeps a margin of 1 to 10%
 * and scatters only after the last payment in.
 */
final class GatherScatter implements SchemeShape {

  @Override
  public Scheme build(SchemeKit kit) {
    int in = Draws.intIn(kit.plan().size(), 2, 16);
    int out = Draws.intIn(kit.plan().extra(), 2, 16);
    kit.openWindow((in + out) / 2 + 2, 10);
    Account hub = kit.account();
    List<Account> senders = kit.accounts(in);
    List<Account> receivers = kit.accounts(out);
    int middle = kit.at(0.5);
    int[] gatherMinutes = kit.scattered(in, kit.start(), middle);
    double[] gatherAmounts = kit.amounts().around(in);
    double collected = 0;
    for (int i = 0; i < in; i++) {
      collected +=
          SchemeKit.receivedUsd(kit.pay(gatherMinutes[i], senders.get(i), hub, gatherAmounts[i]));
    }
    double margin = Draws.uniform(kit.random(), 0.01, 0.10);
    double[] scatterAmounts = kit.amounts().split(collected * (1 - margin), out);
    int[] scatterMinutes = kit.scattered(out, middle + 1, Math.max(middle + 1, kit.end()));
    for (int i = 0; i < out; i++) {
      kit.pay(scatterMinutes[i], hub, receivers.get(i), scatterAmounts[i]);
    }
    return kit.finish("", in + ">1>" + out);
  }
}
