package org.kuzet.evaluation.aml;

import java.util.List;

/**
 * Many accounts pay one (AMLSim's fan-in, AMLworld's FAN-IN). Degree 2 to 30, three schemes in four
 * at most 16. In half the schemes the hub moves the money on inside the scheme; in the other half,
 * as in many AMLworld fan-ins, the onward payment is not part of it.
 */
final class FanIn implements SchemeShape {

  static int degree(double u) {
    return Draws.kneed(u, 2, 16, 30, 0.75);
  }

  @Override
  public Scheme build(SchemeKit kit) {
    int degree = degree(kit.plan().size());
    boolean onward = kit.plan().paysOnward();
    kit.openWindow(degree / 2 + 1, 5);
    Account hub = kit.account();
    List<Account> senders = kit.accounts(degree);
    double[] amounts = kit.amounts().around(degree);
    int gatherEnd = onward ? kit.at(0.8) : kit.end();
    int[] minutes = kit.scattered(degree, kit.start(), gatherEnd);
    double collected = 0;
    for (int i = 0; i < degree; i++) {
      collected += SchemeKit.receivedUsd(kit.pay(minutes[i], senders.get(i), hub, amounts[i]));
    }
    if (onward) {
      kit.passOn(hub, kit.account(), collected, gatherEnd + 1, kit.end());
    }
    return kit.finish("Max " + degree + "-degree Fan-In", Integer.toString(degree));
  }
}
