package org.kuzet.evaluation.aml;

import java.util.List;

/**
 * One account pays many (AMLSim's fan-out, AMLworld's FAN-OUT). Degree 2 to 30, three schemes in
 * four at most 16. In half the schemes the money reaching the hub is part of the scheme.
 */
final class FanOut implements SchemeShape {

  @Override
  public Scheme build(SchemeKit kit) {
    int degree = FanIn.degree(kit.plan().size());
    boolean funded = kit.plan().paysOnward();
    kit.openWindow(degree / 2 + 1, 5);
    Account hub = kit.account();
    List<Account> receivers = kit.accounts(degree);
    double[] amounts = kit.amounts().around(degree);
    int scatterStart = kit.start();
    if (funded) {
      double total = 0;
      for (double amount : amounts) {
        total += amount;
      }
      Account source = kit.account();
      kit.pay(kit.start(), source, hub, total * Draws.uniform(kit.random(), 1.0, 1.05));
      scatterStart = Math.min(kit.end(), Math.max(kit.start() + 1, kit.at(0.1)));
    }
    int[] minutes = kit.scattered(degree, scatterStart, kit.end());
    for (int i = 0; i < degree; i++) {
      kit.pay(minutes[i], hub, receivers.get(i), amounts[i]);
    }
    return kit.finish("Max " + degree + "-degree Fan-Out", Integer.toString(degree));
  }
}
