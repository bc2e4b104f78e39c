package org.kuzet.evaluation.aml;

import java.util.List;

/**
 * One account pays 2 to 16 intermediaries, each of which passes the money on to one final account
 * (AMLSim's scatter-gather, AMLworld's SCATTER-GATHER). Each intermediary pays only after it was
 * paid.
 */
final class ScatterGather implements SchemeShape {

  @Override
  public Scheme build(SchemeKit kit) {
    int width = Draws.intIn(kit.plan().size(), 2, 16);
    kit.openWindow(width + 2, 10);
    Account source = kit.account();
    List<Account> middle = kit.accounts(width);
    Account sink = kit.account();
    int half = kit.at(0.5);
    int[] scatterMinutes = kit.scattered(width, kit.start(), half);
    double[] amounts = kit.amounts().around(width);
    for (int i = 0; i < width; i++) {
      Transaction in = kit.pay(scatterMinutes[i], source, middle.get(i), amounts[i]);
      int earliest = Math.max(half, scatterMinutes[i] + 1);
      int minute = earliest + kit.random().nextInt(Math.max(1, kit.end() - earliest + 1));
      kit.pay(minute, middle.get(i), sink, kit.amounts().onward(SchemeKit.receivedUsd(in)));
    }
    return kit.finish("", "1>" + width + ">1");
  }
}
